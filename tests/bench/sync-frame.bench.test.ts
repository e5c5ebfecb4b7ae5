// Signing and checking one sync frame (issue 18): raw Ed25519 through WebCrypto with the identity
// key (frame version 2, frame-key.ts) against the OpenPGP detached signature of frame version 1,
// measured in the same run over the same bytes. Under the load bench every member signs 5 frames
// a second and checks 4 × 5 of the others', so this per-frame cost is the clients' largest own
// share. The new row's seal also builds the frame (copies its bytes), the old row only signs:
// the comparison favours the old way. Each sample is a batch of frames, since one signature is
// far below the timer's useful resolution on a busy machine.
import { createMessage, readSignature, sign, verify } from 'openpgp';
import { beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from '@shared/crypto/bytes';
import { readPrivate, readPublic } from '@shared/exchange/keys';
import { PGP_CONFIG } from '@shared/exchange/pgp-config';
import { FrameSigner, frameAad, parseFrame, signatureHolds, type Frame } from '@shared/sync/frame';
import { person, type Person } from '../unit/sync/support';
import { report, sample, summarize, withBudget } from './harness';

const BATCH = 20;
const RUNS = 30;
const BODY_BYTES = 400;

let author: Person;
let frame: Frame;
let signer: FrameSigner;

beforeAll(async () => {
  author = await person('Lea Leitung', 'edit');
  signer = await FrameSigner.of(author.id.privateKey);
  const header = {
    op: 'op-bench',
    epoch: 1,
    author: author.id.fingerprint,
    device: 'bench',
    seq: 1,
    prev: '',
  };
  const parsed = parseFrame(await signer.seal(frameAad('update', header), randomBytes(BODY_BYTES)));
  if (!parsed) throw new Error('Rahmen erwartet');
  frame = parsed;
});

const perFrame = (times: number[]) => times.map((t) => t / BATCH);
const workload = `one ${BODY_BYTES}-byte frame, ${BATCH} per sample, curve25519Legacy identity key`;

describe('sync frame signature', () => {
  it('signs and checks with WebCrypto Ed25519 at a fraction of the OpenPGP cost', async () => {
    const privateKey = await readPrivate(author.id.privateKey);
    const publicKey = await readPublic(author.id.publicKey);
    const aad = frame.aad;
    const body = frame.body;
    const pgpSign = async () =>
      sign({
        message: await createMessage({ binary: frame.signed }),
        signingKeys: privateKey,
        detached: true,
        format: 'binary',
        config: PGP_CONFIG,
      });
    const pgpSignature = await pgpSign();
    const pgpVerify = async () => {
      const result = await verify({
        message: await createMessage({ binary: frame.signed }),
        signature: await readSignature({ binarySignature: pgpSignature, config: PGP_CONFIG }),
        verificationKeys: publicKey,
        expectSigned: true,
        config: PGP_CONFIG,
      });
      return result.signatures.length === 1;
    };
    /** One sample: BATCH calls in a row (the first round warms up once more). */
    const timed = async (one: () => Promise<unknown>, round: number) =>
      sample(
        async () => {
          for (let i = 0; i < BATCH; i++) await one();
        },
        1,
        round === 0 ? 1 : 0,
      );
    // Interleaved, so a burst of load from elsewhere hits both sides alike.
    const edSign: number[] = [];
    const oldSign: number[] = [];
    const edVerify: number[] = [];
    const oldVerify: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      oldSign.push(...(await timed(pgpSign, r)));
      edSign.push(...(await timed(() => signer.seal(aad, body), r)));
      oldVerify.push(...(await timed(pgpVerify, r)));
      edVerify.push(...(await timed(() => signatureHolds(frame, publicKey), r)));
    }
    expect(await pgpVerify()).toBe(true);
    expect(await signatureHolds(frame, publicKey)).toBe(true);

    const signing = summarize(
      'sync frame: seal and sign (Ed25519, WebCrypto)',
      workload,
      perFrame(edSign),
      {
        name: 'OpenPGP detached signature (frame v1)',
        times: perFrame(oldSign),
      },
    );
    const checking = summarize(
      'sync frame: check signature (Ed25519, WebCrypto)',
      workload,
      perFrame(edVerify),
      {
        name: 'OpenPGP readSignature + verify (frame v1)',
        times: perFrame(oldVerify),
      },
    );
    // Relative, so the machine's speed cancels out: at most half of what OpenPGP took.
    const budget = 'median ≤ 0.5× the OpenPGP signature in the same run';
    for (const m of [signing, checking]) {
      report(withBudget(m, budget, (m.baseline?.ratio ?? Infinity) <= 0.5));
    }
  }, 300_000);
});
