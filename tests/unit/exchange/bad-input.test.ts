// Every bad input the issue names gets its own refusal with a German message, and nothing opens.
import { createMessage, enums, encrypt } from 'openpgp';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  EXCHANGE_ERRORS,
  generateIdentity,
  MAX_PACKAGE_BYTES,
  matchAnswer,
  openPackage,
  packageFileName,
  PGP_CONFIG,
  readKeyCard,
  readPrivate,
  readPublic,
  revokeIdentity,
  seal,
  keyCardOf,
  type AnswerContext,
  type ExchangeErrorCode,
  type Opened,
  type OpenedPackage,
} from '@shared/exchange';
import { answerEnvelope, bytesOf, demoRequest, parties, trust, type Parties } from './support';

let p: Parties;
beforeAll(async () => {
  p = await parties();
}, 30_000);

function expectRefused(result: Opened<unknown>, code: ExchangeErrorCode) {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe(code);
  expect(result.error.message).toBe(EXCHANGE_ERRORS[code]);
}

/** Signs and encrypts any text, bypassing our envelope types (what a hostile sender can do). */
async function sealRaw(text: string, signer: string | null, to: string, compress = false) {
  return encrypt({
    message: await createMessage({ text }),
    encryptionKeys: await readPublic(to),
    ...(signer ? { signingKeys: await readPrivate(signer) } : {}),
    format: 'binary',
    config: compress
      ? { ...PGP_CONFIG, preferredCompressionAlgorithm: enums.compression.zlib }
      : PGP_CONFIG,
  });
}

const requestFor = () => demoRequest(p.lead, p.liaison).envelope;
const atLiaison = {
  get privateKeys() {
    return [p.liaison.privateKey];
  },
  get trusted() {
    return [trust(p.lead)];
  },
};

describe('refused packages', () => {
  it('refuses a tampered byte', async () => {
    const bytes = await sealRaw(
      JSON.stringify(requestFor()),
      p.lead.privateKey,
      p.liaison.publicKey,
    );
    expect((await openPackage(bytes, atLiaison)).ok).toBe(true);
    const at = bytes.length - 60;
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    expectRefused(await openPackage(bytes, atLiaison), 'tampered');
  });

  it('refuses a package for another key', async () => {
    const sealed = await seal(requestFor(), p.lead.privateKey, {
      publicKeys: [p.stranger.publicKey],
    });
    expectRefused(await openPackage(bytesOf(sealed), atLiaison), 'wrong_recipient');
  });

  it('asks for the passphrase, and refuses a wrong one', async () => {
    const sealed = await seal(requestFor(), p.lead.privateKey, { passphrase: 'RICHTIG-1234' });
    expectRefused(await openPackage(bytesOf(sealed), atLiaison), 'needs_passphrase');
    expectRefused(
      await openPackage(bytesOf(sealed), { passphrase: 'FALSCH-9999', trusted: [trust(p.lead)] }),
      'wrong_passphrase',
    );
  });

  it('refuses an unknown signer', async () => {
    const env = {
      ...requestFor(),
      sender: { ...requestFor().sender, fingerprint: p.stranger.fingerprint },
    };
    const sealed = await seal(env, p.stranger.privateKey, { publicKeys: [p.liaison.publicKey] });
    expectRefused(await openPackage(bytesOf(sealed), atLiaison), 'unknown_signer');
  });

  it('refuses a signer marked revoked, and one whose own revocation was imported', async () => {
    const sealed = await seal(requestFor(), p.lead.privateKey, {
      publicKeys: [p.liaison.publicKey],
    });
    const opts = { privateKeys: [p.liaison.privateKey] };
    expectRefused(
      await openPackage(bytesOf(sealed), { ...opts, trusted: [trust(p.lead, true)] }),
      'revoked_signer',
    );
    const revoked = await revokeIdentity(p.lead);
    const revokedEntry = { fingerprint: p.lead.fingerprint, publicKey: revoked, revoked: false };
    expectRefused(
      await openPackage(bytesOf(sealed), { ...opts, trusted: [revokedEntry] }),
      'revoked_signer',
    );
  });

  it('refuses a sender that is not the signing key', async () => {
    const sealed = await seal(requestFor(), p.stranger.privateKey, {
      publicKeys: [p.liaison.publicKey],
    });
    expectRefused(
      await openPackage(bytesOf(sealed), {
        privateKeys: [p.liaison.privateKey],
        trusted: [trust(p.lead), trust(p.stranger)],
      }),
      'sender_mismatch',
    );
  });

  it('refuses an unsigned package', async () => {
    const bytes = await sealRaw(JSON.stringify(requestFor()), null, p.liaison.publicKey);
    expectRefused(await openPackage(bytes, atLiaison), 'unsigned');
  });

  it('refuses an oversized file before parsing it', async () => {
    const bytes = new Uint8Array(MAX_PACKAGE_BYTES + 1);
    expectRefused(await openPackage(bytes, atLiaison), 'too_large');
  });

  it('refuses a compressed bomb at the decompressed cap', async () => {
    const bomb = JSON.stringify({ ...requestFor(), padding: 'x'.repeat(16 * 1024 * 1024) });
    const bytes = await sealRaw(bomb, p.lead.privateKey, p.liaison.publicKey, true);
    expect(bytes.byteLength).toBeLessThan(MAX_PACKAGE_BYTES);
    expectRefused(await openPackage(bytes, atLiaison), 'bomb');
  }, 30_000);

  it('refuses hostile strings (bidi override, control characters) and unknown fields', async () => {
    const env = requestFor();
    for (const tasks of ['Zoll\u202Eeb', 'Zeile\u0007', 'a\u0000b']) {
      const hostile = { ...env, payload: { ...env.payload, tasks } };
      const sealed = await seal(hostile, p.lead.privateKey, { publicKeys: [p.liaison.publicKey] });
      expectRefused(await openPackage(bytesOf(sealed), atLiaison), 'invalid_content');
    }
    const extra = await sealRaw(
      JSON.stringify({ ...env, script: '<img onerror>' }),
      p.lead.privateKey,
      p.liaison.publicKey,
    );
    expectRefused(await openPackage(extra, atLiaison), 'invalid_content');
  });

  it('refuses a newer format version with its own message', async () => {
    const bytes = await sealRaw(
      JSON.stringify({ ...requestFor(), version: 2 }),
      p.lead.privateKey,
      p.liaison.publicKey,
    );
    expectRefused(await openPackage(bytes, atLiaison), 'unsupported_version');
  });

  it('refuses bytes that are no OpenPGP message', async () => {
    expectRefused(await openPackage(bytesOf('Hallo, hier ist kein Paket'), atLiaison), 'malformed');
    expectRefused(
      await openPackage(
        bytesOf('-----BEGIN PGP MESSAGE-----\n\nAAAA\n-----END PGP MESSAGE-----\n'),
        atLiaison,
      ),
      'malformed',
    );
  });

  it('makes file names from our own words only', () => {
    expect(packageFileName(['../../etc/passwd', 'Zoll\u202Egpj.exe', 'Straße'], 'asc')).toBe(
      'etc-passwd_Zoll-gpj-exe_Strasse.asc',
    );
    expect(packageFileName(['', '..'], 'asc')).toBe('paket.asc');
  });

  it('makes no key whose identity hides direction or control characters', async () => {
    for (const info of [
      { name: 'Vera\u202Eadnil', agency: 'HZA', function: '' },
      { name: 'Vera', agency: 'HZA\u200B', function: '' },
      { name: 'Vera', agency: 'HZA', function: 'VB\u2066x\u2069' },
    ]) {
      await expect(generateIdentity(info)).rejects.toThrow(/Steuerzeichen/);
    }
  });

  it('refuses a key card whose fingerprint is not its key', async () => {
    const card = keyCardOf(p.liaison, { name: 'Vera', agency: 'HZA', function: '' });
    const forged = JSON.stringify({ ...card, publicKey: p.stranger.publicKey });
    expect(await readKeyCard(forged)).toEqual({ ok: false, reason: 'fingerprint_mismatch' });
    expect(await readKeyCard('{"format":"x"}')).toEqual({ ok: false, reason: 'invalid' });
    const good = await readKeyCard(JSON.stringify(card));
    expect(good.ok && good.revoked).toBe(false);
  });
});

describe('refused answers (lead side)', () => {
  async function openedAnswer(id = 'ans-1', signer = p.liaison): Promise<OpenedPackage> {
    const request = requestFor();
    const env = answerEnvelope(signer, p.lead, request, id);
    const sealed = await seal(env, signer.privateKey, { publicKeys: [p.lead.publicKey] });
    const opened = await openPackage(bytesOf(sealed), {
      privateKeys: [p.lead.privateKey],
      trusted: [trust(p.liaison), trust(p.stranger)],
    });
    if (!opened.ok) throw new Error(opened.error.message);
    return opened.value;
  }
  const ctx = (over: Partial<AnswerContext> = {}): AnswerContext => {
    const request = requestFor();
    return {
      planId: request.planId,
      planRevision: request.planRevision,
      requests: [
        {
          requestId: request.requestId,
          planId: request.planId,
          planRevision: request.planRevision,
          agencyId: request.payload.agency.id,
          participationId: 'part-1',
          recipient: p.liaison.fingerprint,
          cancelled: false,
        },
      ],
      importedAnswerIds: new Set(),
      liaisonKeys: new Map([[request.payload.agency.id, [p.liaison.fingerprint]]]),
      ...over,
    };
  };

  it('accepts the matching answer once, and refuses the same answer again', async () => {
    const opened = await openedAnswer();
    expect(matchAnswer(opened, ctx()).ok).toBe(true);
    expectRefused(matchAnswer(opened, ctx({ importedAnswerIds: new Set(['ans-1']) })), 'replayed');
  });

  it('refuses an answer for another plan', async () => {
    expectRefused(
      matchAnswer(await openedAnswer(), ctx({ planId: 'anderer-plan' })),
      'foreign_plan',
    );
  });

  it('refuses an answer without an open request', async () => {
    const opened = await openedAnswer();
    expectRefused(matchAnswer(opened, ctx({ requests: [] })), 'no_open_request');
    const cancelled = ctx().requests.map((r) => ({ ...r, cancelled: true }));
    expectRefused(matchAnswer(opened, ctx({ requests: cancelled })), 'no_open_request');
  });

  it('refuses an answer signed by a trusted key that is not the agency liaison', async () => {
    expectRefused(matchAnswer(await openedAnswer('ans-2', p.stranger), ctx()), 'wrong_agency');
  });

  it('refuses a request where an answer is expected', async () => {
    const sealed = await seal(requestFor(), p.lead.privateKey, { publicKeys: [p.lead.publicKey] });
    const opened = await openPackage(bytesOf(sealed), {
      privateKeys: [p.lead.privateKey],
      trusted: [trust(p.lead)],
    });
    if (!opened.ok) throw new Error(opened.error.message);
    expectRefused(matchAnswer(opened.value, ctx()), 'wrong_kind');
  });
});
