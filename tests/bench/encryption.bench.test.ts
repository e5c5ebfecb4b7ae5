// Benchmarks of encryption at rest: one plan edit through the sealing codec (p95) against the
// same edit in plaintext, and a bulk import of 10k premises with and without encryption.
import { describe, it } from 'vitest';
import { deriveSessionKeys } from '@shared/crypto';
import { newId, newPremises, type Premises } from '@shared/domain';
import { loadDemo } from '../../src/renderer/data/demo';
import { sealingCodec } from '../../src/renderer/data/sealing-codec';
import { openTestData } from '../renderer/support/data';
import { report, sample, summarize } from './harness';

async function recordKey() {
  return (await deriveSessionKeys(crypto.getRandomValues(new Uint8Array(32)))).record;
}

function premisesBatch(n: number, now: string): Premises[] {
  return Array.from({ length: n }, (_, i) =>
    newPremises(
      {
        id: newId(),
        name: `Objekt ${i} Musterbetrieb`,
        kind: i % 2 ? 'kiosk' : 'shisha_bar',
        municipalityId: 'essen',
        address: {
          street: 'Beispielweg',
          houseNumber: String(i),
          postalCode: '45127',
          city: 'Essen',
          district: 'Altendorf',
        },
        operator: { name: `Betreiber ${i}`, legalForm: 'GmbH', contact: '', notes: '' },
        accessNotes: 'Hintereingang über den Hof, Klingel defekt.',
      },
      now,
    ),
  );
}

describe('encryption at rest', () => {
  it('plan edit: sealed vs plaintext', async () => {
    const runs = 200;
    const measure = async (codec?: Awaited<ReturnType<typeof sealingCodec>>) => {
      const t = openTestData(codec);
      const op = await loadDemo(t.repos, '2026-11-20T10:00:00.000Z');
      let n = 0;
      const times = await sample(
        () =>
          t.repos.operations.update(op.id, (o) => ({
            ...o,
            framework: {
              ...o.framework,
              situation: { ...o.framework.situation, background: `Lagebild Fassung ${n++}` },
            },
          })),
        runs,
        20,
      );
      await t.db.delete();
      return times;
    };
    const plain = await measure();
    const sealed = await measure(sealingCodec(await recordKey()));
    report(
      summarize(
        'plan edit, encrypted (p95 is the budget)',
        'demo operation, 1 framework field',
        sealed,
        { name: 'same edit in plaintext', times: plain },
      ),
    );
  }, 600_000);

  it('bulk import of 10k premises: sealed vs plaintext', async () => {
    const n = 10_000;
    const runs = 3;
    const importOnce = async (encrypted: boolean) => {
      const t = openTestData(encrypted ? sealingCodec(await recordKey()) : undefined);
      const list = premisesBatch(n, t.ctx.now());
      const t0 = performance.now();
      await t.repos.premises.importMany(list);
      const ms = performance.now() - t0;
      await t.db.delete();
      return ms;
    };
    const plain: number[] = [];
    const sealed: number[] = [];
    // Interleaved so both see the same machine state.
    for (let i = 0; i < runs; i++) {
      plain.push(await importOnce(false));
      sealed.push(await importOnce(true));
    }
    report(
      summarize('bulk import, encrypted', `${n} premises + audit, one transaction`, sealed, {
        name: 'same import in plaintext',
        times: plain,
      }),
    );
  }, 600_000);
});
