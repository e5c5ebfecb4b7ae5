// Interop with Debian's GnuPG 2.2: an agency's own tools verify and decrypt our packages, and a
// package made by gpg for the app's key opens in the app. Needs /usr/bin/gpg (CI installs gnupg).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateIdentity, openPackage, seal, type IdentityKeyPair } from '@shared/exchange';
import { demoRequest, parties, trust, type Parties } from './support';

const hasGpg = spawnSync('gpg', ['--version']).status === 0;
if (!hasGpg) console.warn('gpg-interop: skipped, no gpg on PATH (Debian package gnupg)');

describe.skipIf(!hasGpg)('OpenPGP interop with gpg', () => {
  let home: string;
  let p: Parties;
  const gpg = (args: string[], input?: string | Uint8Array) =>
    spawnSync(
      'gpg',
      ['--homedir', home, '--batch', '--no-tty', '--pinentry-mode', 'loopback', ...args],
      {
        input,
        timeout: 60_000,
      },
    );

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'vp-gnupg-'));
    p = await parties();
  }, 30_000);
  afterAll(() => {
    spawnSync('gpgconf', ['--homedir', home, '--kill', 'all']);
    rmSync(home, { recursive: true, force: true });
  });

  it('gpg verifies and decrypts a package sealed by the app', async () => {
    // gpg holds the liaison's secret key and the lead's public key, as an agency's machine would.
    for (const key of [p.lead.publicKey, p.liaison.privateKey]) {
      const r = gpg(['--import'], key);
      expect(r.status, r.stderr.toString()).toBe(0);
    }
    const { envelope } = demoRequest(p.lead, p.liaison);
    const sealed = await seal(envelope, p.lead.privateKey, { publicKeys: [p.liaison.publicKey] });
    const file = join(home, 'anfrage.asc');
    writeFileSync(file, sealed);
    const r = gpg(['--status-fd', '2', '--trust-model', 'always', '--decrypt', file]);
    const status = r.stderr.toString();
    expect(r.status, status).toBe(0);
    expect(status).toContain(`VALIDSIG ${p.lead.fingerprint.toUpperCase()}`);
    expect(JSON.parse(r.stdout.toString())).toEqual(envelope);
  }, 60_000);

  it('the app opens a package signed and encrypted by gpg', async () => {
    // A key made by gpg itself (v4, ed25519/cv25519), and the app's liaison key as recipient.
    const made = gpg([
      '--passphrase',
      '',
      '--quick-generate-key',
      'Leitstelle GPG <gpg@example.invalid>',
      'future-default',
      'default',
      'never',
    ]);
    expect(made.status, made.stderr.toString()).toBe(0);
    const pub = gpg(['--armor', '--export', 'gpg@example.invalid']).stdout.toString();
    const gpgKey: IdentityKeyPair = {
      fingerprint: '',
      privateKey: '',
      publicKey: pub,
      createdAt: '',
    };
    const fp = /fpr:+([0-9A-F]{40})/.exec(
      execFileSync(
        'gpg',
        ['--homedir', home, '--batch', '--with-colons', '--fingerprint', 'gpg@example.invalid'],
        {
          stdio: ['ignore', 'pipe', 'ignore'],
        },
      ).toString(),
    )?.[1];
    expect(fp).toBeDefined();
    gpgKey.fingerprint = (fp ?? '').toLowerCase();
    const imported = gpg(['--import'], p.liaison.publicKey);
    expect(imported.status).toBe(0);

    const { envelope } = demoRequest(gpgKey, p.liaison);
    const r = gpg(
      [
        '--armor',
        '--trust-model',
        'always',
        '--local-user',
        'gpg@example.invalid',
        '--recipient',
        p.liaison.fingerprint,
        '--sign',
        '--encrypt',
      ],
      JSON.stringify(envelope),
    );
    expect(r.status, r.stderr.toString()).toBe(0);
    const opened = await openPackage(r.stdout, {
      privateKeys: [p.liaison.privateKey],
      trusted: [trust(gpgKey)],
    });
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.envelope).toEqual(envelope);
    expect(opened.value.signer.fingerprint).toBe(gpgKey.fingerprint);
  }, 60_000);

  it('keys the app generates are v4 Curve25519 keys gpg lists', async () => {
    const id = await generateIdentity({ name: 'Prüfung', agency: 'Zoll', function: 'VB' });
    const r = gpg(['--with-colons', '--import-options', 'show-only', '--import'], id.publicKey);
    const out = r.stdout.toString();
    expect(out).toMatch(/^pub:.*:22:/m); // EdDSA primary
    expect(out).toMatch(/^sub:.*:18:.*cv25519/m); // ECDH Curve25519 subkey
    expect(out).toContain(id.fingerprint.toUpperCase());
  }, 30_000);
});
