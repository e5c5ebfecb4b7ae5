// B8: the Einsatzbefehl of a plan with 100 targets whose map extracts are ready (900×600 PNG
// each): plan → model → docx bytes, against the bare docx Packer packing the same document
// (built once beforehand), measured in the same run. Budget: ≤ 3 s median, ratio ≤ 1.2.
// In the app the docx part runs in a worker (features/documents/briefing.worker.ts).
import { describe, expect, it } from 'vitest';
import { Packer } from 'docx';
import { unzipSync } from 'fflate';
import { briefingModel } from '@shared/documents/briefing';
import { buildBriefingDocx, renderBriefingDocx } from '@shared/documents/briefing/render-briefing';
import { demoBriefing, testPng } from '../unit/documents/briefing-fixtures';
import { report, sample, summarize, withBudget } from './harness';

function hundredTargets() {
  const { d, input } = demoBriefing();
  const targets = Array.from({ length: 100 }, (_, i) => {
    const base = d.plan.targets[i % d.plan.targets.length];
    if (!base) throw new Error('demo has no targets');
    return { ...base, id: `t-${i}`, premisesId: `p-${i}`, order: i, label: `Objekt ${i + 1}` };
  });
  const premises = targets.map((t, i) => {
    const base = d.premises[i % d.premises.length];
    if (!base) throw new Error('demo has no premises');
    return { ...base, id: t.premisesId, name: `${base.name} ${i + 1}` };
  });
  // One extract per target, each its own picture (the same bytes would be stored once).
  const maps = new Map(targets.map((t, i) => [t.id, testPng(900, 600, [100 + i, 30, 30])]));
  return {
    ...input,
    source: { ...input.source, plan: { ...d.plan, targets }, premises },
    images: { ...input.images, objectMaps: maps },
  };
}

describe('B8 briefing', () => {
  it('100 targets with ready extracts: model + docx vs bare Packer', async () => {
    const input = hundredTargets();
    let out = new Uint8Array();
    const full = await sample(async () => {
      out = await renderBriefingDocx(briefingModel(input));
    }, 5);
    const doc = buildBriefingDocx(briefingModel(input));
    const bare = await sample(() => Packer.pack(doc, 'uint8array'), 5);
    // Every map is in the file, each its own picture.
    const media = Object.keys(unzipSync(out)).filter((p) => p.startsWith('word/media/'));
    expect(media.length).toBeGreaterThanOrEqual(100);
    const m = summarize(
      'B8 briefing 100 targets',
      '100 object sheets with 900×600 maps, annexes A–F',
      full,
      {
        name: 'bare docx Packer (same document)',
        times: bare,
      },
    );
    const ratio = m.baseline?.ratio ?? Infinity;
    report(withBudget(m, '≤ 3 s median, ratio ≤ 1.2', m.medianMs <= 3000 && ratio <= 1.2));
  }, 600_000);
});
