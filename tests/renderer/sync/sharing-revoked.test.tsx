// The Gemeinsam part's share card (real Mantine in happy-dom, the real i18n): while the share
// runs it lists the members; once this device was revoked the list (the last one it could read,
// no longer true) is gone, and the card says the plan stays here as it was, nothing arrives or
// leaves, and offers Gemeinsam beenden. Waiting changes are not counted then: they never leave.
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SyncMember } from '@shared/sync/types';
import { ShareCard } from '../../../src/renderer/features/workspace/sharing/ShareCard';
import { initI18n } from '../../../src/renderer/i18n';
import type { SharedStatus } from '../../../src/renderer/sync/shared-operation';

beforeAll(async () => {
  await initI18n('de');
});
afterEach(cleanup);

const member = (name: string, n: string, rights: SyncMember['rights']): SyncMember => ({
  fingerprint: n.repeat(40),
  publicKey: 'KEY',
  name,
  agency: 'Hauptzollamt Köln',
  agencyId: null,
  rights,
});
const MEMBERS = [member('Zoran Zeller', 'a', 'edit'), member('Jana Jobst', 'b', 'agency')];

function card(phase: SharedStatus['phase'], isLead = false) {
  let ended = 0;
  render(
    <MantineProvider env="test">
      <ShareCard
        status={{
          phase,
          pending: 2,
          conflictsResolved: 0,
          refused: 0,
          members: MEMBERS,
          connected: new Set(),
        }}
        operationId="op-1"
        isLead={isLead}
        leadFingerprint={'a'.repeat(40)}
        selfFingerprint={isLead ? 'a'.repeat(40) : 'b'.repeat(40)}
        busy={false}
        onRevoke={() => {}}
        onEnd={() => ended++}
      />
    </MantineProvider>,
  );
  return { ended: () => ended };
}

describe('the share card', () => {
  it('lists the members and the changes waiting while the share runs', () => {
    card('offline');
    expect(screen.getByTestId('sharing-members').querySelectorAll('tbody tr')).toHaveLength(2);
    expect(screen.getByTestId('sharing-status').textContent).toContain('2 Änderungen warten');
    expect(screen.queryByTestId('sharing-revoked')).toBeNull();
  });

  it('marks the lead and oneself; only the lead revokes, never themself', () => {
    card('connected');
    const rows = () => [...screen.getByTestId('sharing-members').querySelectorAll('tbody tr')];
    const [lead, own] = rows();
    expect(lead?.textContent).toContain('Einsatzleitung');
    expect(lead?.textContent).not.toContain('Sie');
    expect(own?.textContent).toContain('Sie');
    expect(screen.queryByRole('button', { name: /widerrufen/i })).toBeNull();
    cleanup();
    card('connected', true);
    const [leadRow, other] = rows();
    expect(leadRow?.textContent).toContain('Sie');
    expect(leadRow?.querySelector('button')).toBeNull();
    expect(other?.textContent).toContain('Widerrufen');
    // Each row's button says whose it is.
    expect(screen.getByRole('button', { name: 'Jana Jobst widerrufen' })).toBeTruthy();
  });

  it('says what to do when the server does not admit this device', () => {
    card('notAdmitted');
    expect(screen.getByTestId('sharing-status').textContent).toContain('Nicht zugelassen');
    expect(screen.getByTestId('sharing-not-admitted').textContent).toContain(
      'Bitte die Kennung prüfen',
    );
  });

  it('says what a revocation means instead of the old member list, and offers to end', () => {
    const { ended } = card('revoked');
    expect(screen.queryByTestId('sharing-members')).toBeNull();
    expect(screen.queryByText('Jana Jobst')).toBeNull();
    expect(screen.getByTestId('sharing-status').textContent).not.toContain('warten');
    const notice = screen.getByTestId('sharing-revoked').textContent;
    expect(notice).toContain('Ihre Mitgliedschaft wurde widerrufen');
    expect(notice).toContain('Der Plan bleibt auf diesem Rechner so, wie er beim Widerruf war');
    expect(notice).toContain(
      'keine Änderungen der anderen mehr an, und Ihre Änderungen gehen nicht mehr hinaus',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Gemeinsam beenden' }));
    expect(ended()).toBe(1);
  });
});
