// The Gemeinsam part's member list says per member whether their device is connected now (from
// the share's sealed presence): "verbunden" with a dot — the word, not the colour alone — or
// "nicht verbunden"; in English too.
import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncMember } from '@shared/sync/types';
import { ShareCard } from '../../../src/renderer/features/workspace/sharing/ShareCard';
import { initI18n } from '../../../src/renderer/i18n';

afterEach(cleanup);

const member = (name: string, n: string): SyncMember => ({
  fingerprint: n.repeat(40),
  publicKey: 'KEY',
  name,
  agency: 'Hauptzollamt Köln',
  agencyId: null,
  rights: 'edit',
});
const MEMBERS = [member('Lea Lenz', 'a'), member('Zoran Zeller', 'b'), member('Jana Jobst', 'c')];

function rows() {
  render(
    <MantineProvider env="test">
      <ShareCard
        status={{
          phase: 'connected',
          pending: 0,
          conflictsResolved: 0,
          refused: 0,
          members: MEMBERS,
          connected: new Set(['a'.repeat(40), 'b'.repeat(40)]),
        }}
        operationId="op-1"
        isLead
        leadFingerprint={'a'.repeat(40)}
        selfFingerprint={'a'.repeat(40)}
        busy={false}
        onRevoke={() => {}}
        onEnd={() => {}}
      />
    </MantineProvider>,
  );
  return [...screen.getByTestId('sharing-members').querySelectorAll('tbody tr')].map((tr) =>
    within(tr as HTMLElement),
  );
}

describe('who is connected in the member list', () => {
  it('marks connected members with the word, the others as not connected (German)', async () => {
    await initI18n('de');
    const [lead, customs, other] = rows();
    expect(lead?.getByTestId('member-connected').textContent).toBe('verbunden');
    expect(customs?.getByTestId('member-connected').textContent).toBe('verbunden');
    expect(other?.queryByTestId('member-connected')).toBeNull();
    expect(other?.getByText('nicht verbunden')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Verbindung' })).toBeTruthy();
  });

  it('says it in English', async () => {
    await initI18n('en');
    const [, customs, other] = rows();
    expect(customs?.getByTestId('member-connected').textContent).toBe('connected');
    expect(other?.getByText('not connected')).toBeTruthy();
  });
});
