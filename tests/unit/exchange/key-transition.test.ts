// Planned key change: the new key card in a statement signed by the old key. Accepted only from
// a trusted, not revoked key that names itself as the old one and carries a valid other key;
// every refusal is its own test.
import { createMessage } from 'openpgp';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  generateIdentity,
  keyCardOf,
  makeKeyTransition,
  readKeyTransition,
  type IdentityKeyPair,
  type KeyCard,
} from '@shared/exchange';
import { parties, trust, type Parties } from './support';

let p: Parties;
let next: IdentityKeyPair;
let nextCard: KeyCard;
const info = { name: 'Vera Verbindung', agency: 'Hauptzollamt', function: 'Verbindungsbeamtin' };
const NOW = new Date('2026-11-20T10:00:00.000Z');

beforeAll(async () => {
  p = await parties();
  next = await generateIdentity(info);
  nextCard = keyCardOf(next, info);
}, 30_000);

const code = async (armored: string, trusted = [trust(p.liaison)]) => {
  const r = await readKeyTransition(armored, trusted);
  return r.ok ? 'accepted' : r.error.code;
};

describe('key transition', () => {
  it('carries the new card, signed by the old key', async () => {
    const armored = await makeKeyTransition(p.liaison, nextCard, NOW);
    expect(armored).toMatch(/^-----BEGIN PGP MESSAGE-----/);
    const r = await readKeyTransition(armored, [trust(p.lead), trust(p.liaison)]);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.oldFingerprint).toBe(p.liaison.fingerprint);
    expect(r.value.card).toEqual(nextCard);
  });

  it('refuses a change signed by an unknown key', async () => {
    expect(await code(await makeKeyTransition(p.stranger, nextCard, NOW))).toBe('unknown_signer');
  });

  it('refuses a change signed by a revoked key', async () => {
    const armored = await makeKeyTransition(p.liaison, nextCard, NOW);
    expect(await code(armored, [trust(p.liaison, true)])).toBe('revoked_signer');
  });

  it('refuses a change that names another key as the old one', async () => {
    // The lead's trusted key signs a change claiming to replace the liaison's key.
    const armored = await makeKeyTransition(
      { fingerprint: p.liaison.fingerprint, privateKey: p.lead.privateKey },
      nextCard,
      NOW,
    );
    expect(await code(armored, [trust(p.lead), trust(p.liaison)])).toBe('sender_mismatch');
  });

  it('refuses a new card whose stated fingerprint is not its key', async () => {
    const forged = { ...nextCard, fingerprint: p.stranger.fingerprint };
    expect(await code(await makeKeyTransition(p.liaison, forged, NOW))).toBe('invalid_content');
  });

  it('refuses a "change" to the same key', async () => {
    const same = keyCardOf(p.liaison, info);
    expect(await code(await makeKeyTransition(p.liaison, same, NOW))).toBe('invalid_content');
  });

  it('refuses a tampered statement', async () => {
    const lines = (await makeKeyTransition(p.liaison, nextCard, NOW)).split('\n');
    const mid = Math.floor(lines.length / 2);
    lines[mid] = (lines[mid] ?? '').replace(/[A-Za-z]/, (c) => (c === 'A' ? 'B' : 'A'));
    expect(await code(lines.join('\n'))).not.toBe('accepted');
  });

  it('refuses an unsigned statement and garbage', async () => {
    const unsigned = (
      await createMessage({
        text: JSON.stringify({
          format: 'verbundplaner-key-transition',
          version: 1,
          createdAt: NOW.toISOString(),
          oldFingerprint: p.liaison.fingerprint,
          card: nextCard,
        }),
      })
    ).armor();
    expect(await code(unsigned)).toBe('unsigned');
    expect(await code('kein OpenPGP')).toBe('malformed');
    expect(await code('x'.repeat(3 * 1024 * 1024))).toBe('too_large');
  });
});
