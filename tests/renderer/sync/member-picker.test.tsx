// Choosing co-planners: with no trusted card the picker says so and leads to Austausch, without a
// start button that could never work; once every trusted card is a member it says that instead
// of "no cards yet"; a revoked card is never offered.
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TrustRecord } from '@shared/exchange/records';
import type { SyncMember } from '@shared/sync/types';
import { MemberPicker } from '../../../src/renderer/features/workspace/sharing/MemberPicker';
import { initI18n } from '../../../src/renderer/i18n';

beforeAll(async () => {
  await initI18n('de');
});
afterEach(cleanup);

const AT = '2026-11-16T09:00:00.000Z';
const card = (n: number, over: Partial<TrustRecord> = {}): TrustRecord => ({
  id: `trust-${n}`,
  rev: 1,
  createdAt: AT,
  updatedAt: AT,
  type: 'trust',
  agencyId: null,
  contactId: null,
  name: `Person ${n}`,
  agency: `Behörde ${n}`,
  function: 'Verbindung',
  fingerprint: String(n).repeat(40).slice(0, 40),
  publicKey: 'KEY',
  verified: null,
  revoked: false,
  ...over,
});
const member = (c: TrustRecord): SyncMember => ({
  fingerprint: c.fingerprint,
  publicKey: c.publicKey,
  name: c.name,
  agency: c.agency,
  agencyId: null,
  rights: 'edit',
});

function show(
  trusted: TrustRecord[],
  members: SyncMember[] = [],
  action: 'start' | 'add' = 'start',
) {
  const shared: SyncMember[][] = [];
  render(
    <MantineProvider env="test">
      <MemoryRouter>
        <MemberPicker
          trusted={trusted}
          members={members}
          busy={false}
          action={action}
          onShare={(m) => shared.push(m)}
        />
      </MemoryRouter>
    </MantineProvider>,
  );
  return shared;
}

describe('member picker', () => {
  it('without trusted cards: what to do, the way there, no dead start button', () => {
    show([card(1, { revoked: true })]);
    expect(screen.getByTestId('sharing-picker-empty').textContent).toContain(
      'Noch keine vertrauten Schlüsselkarten',
    );
    expect(
      screen.getByRole('link', { name: /Zu Austausch › Vertraute Schlüssel/ }).getAttribute('href'),
    ).toBe('/exchange?tab=trust');
    expect(screen.queryByTestId('sharing-start')).toBeNull();
    expect(screen.queryByText('Person 1')).toBeNull();
  });

  it('once every trusted card is a member it says so, not "no cards yet"', () => {
    const cards = [card(1), card(2)];
    show(cards, cards.map(member), 'add');
    expect(screen.getByTestId('sharing-picker-empty').textContent).toContain(
      'Alle vertrauten Schlüssel sind bereits Mitglied',
    );
    expect(screen.queryByTestId('sharing-add')).toBeNull();
  });

  it('offers the cards not yet members and shares the chosen ones', () => {
    const cards = [card(1), card(2)];
    const shared = show(cards, [member(card(1))], 'add');
    expect(screen.queryByRole('checkbox', { name: 'Person 1' })).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Person 2' }));
    fireEvent.click(screen.getByTestId('sharing-add'));
    expect(shared).toEqual([[{ ...member(card(2)), rights: 'edit' }]]);
  });
});
