// Property: whatever bytes arrive — random, or a valid package with bytes flipped, cut or added —
// opening never throws and never yields an envelope other than the one that was sealed.
import fc from 'fast-check';
import { createMessage, encrypt } from 'openpgp';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPackage, PGP_CONFIG, readPrivate, readPublic, type Envelope } from '@shared/exchange';
import { fcRuns, fcTimeout } from '../../support/fc-runs';
import { demoRequest, parties, trust, type Parties } from './support';

let p: Parties;
let original: Envelope;
let valid: Uint8Array;
beforeAll(async () => {
  p = await parties();
  original = demoRequest(p.lead, p.liaison).envelope;
  valid = await encrypt({
    message: await createMessage({ text: JSON.stringify(original) }),
    encryptionKeys: await readPublic(p.liaison.publicKey),
    signingKeys: await readPrivate(p.lead.privateKey),
    format: 'binary',
    config: PGP_CONFIG,
  });
}, 30_000);

const opts = () => ({ privateKeys: [p.liaison.privateKey], trusted: [trust(p.lead)] });

async function neverAcceptsAChange(bytes: Uint8Array) {
  const result = await openPackage(bytes, opts());
  if (result.ok) expect(result.value.envelope).toEqual(original);
}

describe('opening hostile bytes', () => {
  it('opens the unmutated package', async () => {
    expect((await openPackage(valid, opts())).ok).toBe(true);
  });

  it(
    'never throws and never accepts arbitrary bytes',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
          const result = await openPackage(bytes, opts());
          expect(result.ok).toBe(false);
        }),
        { numRuns: fcRuns(200) },
      );
    },
    fcTimeout(200, 20_000, 50),
  );

  it(
    'never accepts a changed package after flips, cuts and insertions',
    async () => {
      const mutation = fc.oneof(
        fc.record({
          kind: fc.constant('flip' as const),
          at: fc.nat(),
          bit: fc.integer({ min: 0, max: 7 }),
        }),
        fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
        fc.record({
          kind: fc.constant('insert' as const),
          at: fc.nat(),
          byte: fc.integer({ min: 0, max: 255 }),
        }),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (ms) => {
          let bytes = Uint8Array.from(valid);
          for (const m of ms) {
            const at = m.at % bytes.length;
            if (m.kind === 'flip') bytes[at] = (bytes[at] ?? 0) ^ (1 << m.bit);
            else if (m.kind === 'cut') bytes = bytes.slice(0, at);
            else bytes = Uint8Array.from([...bytes.slice(0, at), m.byte, ...bytes.slice(at)]);
            if (bytes.length === 0) break;
          }
          await neverAcceptsAChange(bytes);
        }),
        { numRuns: fcRuns(100) },
      );
    },
    fcTimeout(100, 60_000, 200),
  );
});
