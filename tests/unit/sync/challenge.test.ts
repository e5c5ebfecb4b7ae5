// The sync server's signed statements: what a signature, a key and a time window admit. The
// nonce (issued, unused) is the server's state and is tested with the server in tests/server.
import { beforeAll, describe, expect, it } from 'vitest';
import { createMessage, sign } from 'openpgp';
import { generateIdentity, revokeIdentity, type IdentityKeyPair } from '@shared/exchange';
import {
  checkStatement,
  MAX_STATEMENT_BYTES,
  publicKeyFingerprint,
  readClaim,
  signStatement,
  STATEMENT_WINDOW_MS,
  type SyncStatementInput,
} from '@shared/sync/challenge';
import { readPrivate } from '@shared/exchange/keys';

const NOW = new Date('2026-03-29T00:30:00.000Z');
const NONCE = 'A'.repeat(43);

let lead: IdentityKeyPair;
let other: IdentityKeyPair;

beforeAll(async () => {
  [lead, other] = await Promise.all([
    generateIdentity({ name: 'Lea Leitung', agency: 'Stadt Essen', function: 'Einsatzleitung' }),
    generateIdentity({ name: 'Vera Verbindung', agency: 'Hauptzollamt', function: '' }),
  ]);
});

const connect = (signer: IdentityKeyPair, time = NOW): SyncStatementInput => ({
  kind: 'connect',
  nonce: NONCE,
  time: time.toISOString(),
  operationId: 'op-1',
  signer: signer.fingerprint,
});

describe('sync statements', () => {
  it('a statement signed by the stated key passes and reads back unchanged', async () => {
    const token = await signStatement(connect(lead), lead.privateKey);
    const check = await checkStatement(token, lead.publicKey, NOW);
    expect(check).toEqual({
      ok: true,
      statement: { format: 'verbundplaner-sync-statement', version: 1, ...connect(lead) },
    });
    expect((await readClaim(token))?.signer).toBe(lead.fingerprint);
  });

  it('a member statement carries the member key card fields and the lead key', async () => {
    const token = await signStatement(
      {
        kind: 'member_add',
        nonce: NONCE,
        time: NOW.toISOString(),
        operationId: 'op-1',
        signer: lead.fingerprint,
        signerKey: lead.publicKey,
        member: { fingerprint: other.fingerprint, publicKey: other.publicKey, rights: 'agency' },
      },
      lead.privateKey,
    );
    const check = await checkStatement(token, lead.publicKey, NOW);
    expect(check.ok && check.statement.kind === 'member_add' && check.statement.member.rights).toBe(
      'agency',
    );
  });

  it('refuses a statement checked against another key, or with no key known', async () => {
    const token = await signStatement(connect(lead), lead.privateKey);
    expect(await checkStatement(token, other.publicKey, NOW)).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
    expect(await checkStatement(token, null, NOW)).toEqual({
      ok: false,
      reason: 'unknown_signer',
    });
  });

  it('refuses a statement that names one signer and is signed by another', async () => {
    // The other key signs a statement claiming to be the lead: checked with the lead key, the
    // signature is not the lead's; checked with the other key, the fingerprint is not the claim.
    const forged = await signStatement(connect(lead), other.privateKey);
    expect((await checkStatement(forged, lead.publicKey, NOW)).ok).toBe(false);
    expect(await checkStatement(forged, other.publicKey, NOW)).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
  });

  it('refuses an unsigned message, garbage, a tampered one and an oversized token', async () => {
    const statement = JSON.stringify({
      format: 'verbundplaner-sync-statement',
      version: 1,
      ...connect(lead),
    });
    const unsigned = (await createMessage({ text: statement, format: 'utf8' })).armor();
    expect(await checkStatement(unsigned, lead.publicKey, NOW)).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
    expect(await checkStatement('nonsense', lead.publicKey, NOW)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    // A foreign statement, properly signed, is not one of ours.
    const foreign = await sign({
      message: await createMessage({ text: '{"hello":1}', format: 'utf8' }),
      signingKeys: await readPrivate(lead.privateKey),
      format: 'armored',
    });
    expect(await checkStatement(foreign, lead.publicKey, NOW)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    const token = await signStatement(connect(lead), lead.privateKey);
    expect(
      await checkStatement(token + ' '.repeat(MAX_STATEMENT_BYTES), lead.publicKey, NOW),
    ).toEqual({ ok: false, reason: 'malformed' });
  });

  it('refuses a time outside the window either way, and accepts its edge', async () => {
    const early = new Date(NOW.getTime() - STATEMENT_WINDOW_MS - 1000);
    const late = new Date(NOW.getTime() + STATEMENT_WINDOW_MS + 1000);
    const edge = new Date(NOW.getTime() - STATEMENT_WINDOW_MS);
    for (const [time, ok] of [
      [early, false],
      [late, false],
      [edge, true],
    ] as const) {
      const token = await signStatement(connect(lead, time), lead.privateKey);
      const check = await checkStatement(token, lead.publicKey, NOW);
      expect(check.ok ? 'ok' : check.reason).toBe(ok ? 'ok' : 'expired');
    }
  });

  it('refuses a revoked key', async () => {
    const revoked = await revokeIdentity(lead, new Date(NOW.getTime() - 60_000));
    const token = await signStatement(connect(lead), lead.privateKey);
    expect(await checkStatement(token, revoked, NOW)).toEqual({
      ok: false,
      reason: 'revoked_key',
    });
  });

  it('refuses to sign what is not a statement (bad operation id)', async () => {
    await expect(
      signStatement({ ...connect(lead), operationId: '../etc' }, lead.privateKey),
    ).rejects.toThrow();
  });

  it('reads the fingerprint of a public key and nothing of a private one', async () => {
    expect(await publicKeyFingerprint(lead.publicKey)).toBe(lead.fingerprint);
    expect(await publicKeyFingerprint(lead.privateKey)).toBeNull();
    expect(await publicKeyFingerprint('x')).toBeNull();
  });
});
