// A planned key change is an ordinary OpenPGP signed message: Debian's GnuPG 2.2 verifies it
// against the old key and prints the statement with the new key card. Needs /usr/bin/gpg.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  generateIdentity,
  keyCardOf,
  makeKeyTransition,
  type IdentityKeyPair,
} from '@shared/exchange';

const hasGpg = spawnSync('gpg', ['--version']).status === 0;
if (!hasGpg) console.warn('key-transition-gpg: skipped, no gpg on PATH (Debian package gnupg)');

describe.skipIf(!hasGpg)('key change read by gpg', () => {
  let home: string;
  let old: IdentityKeyPair;
  let next: IdentityKeyPair;
  const info = { name: 'Vera Verbindung', agency: 'Hauptzollamt', function: 'VB' };
  const gpg = (args: string[], input?: string) =>
    spawnSync('gpg', ['--homedir', home, '--batch', '--no-tty', ...args], {
      input,
      timeout: 60_000,
    });

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'vp-gnupg-kt-'));
    [old, next] = await Promise.all([generateIdentity(info), generateIdentity(info)]);
  }, 30_000);
  afterAll(() => {
    spawnSync('gpgconf', ['--homedir', home, '--kill', 'all']);
    rmSync(home, { recursive: true, force: true });
  });

  it('verifies the statement with the old key and shows the new card', async () => {
    expect(gpg(['--import'], old.publicKey).status).toBe(0);
    const file = join(home, 'schluesselwechsel.asc');
    writeFileSync(file, await makeKeyTransition(old, keyCardOf(next, info), new Date()));
    const r = gpg(['--status-fd', '2', '--trust-model', 'always', '--decrypt', file]);
    const status = r.stderr.toString();
    expect(r.status, status).toBe(0);
    expect(status).toContain(`VALIDSIG ${old.fingerprint.toUpperCase()}`);
    const statement: unknown = JSON.parse(r.stdout.toString());
    expect(statement).toMatchObject({
      oldFingerprint: old.fingerprint,
      card: { fingerprint: next.fingerprint, publicKey: next.publicKey },
    });
  }, 60_000);
});
