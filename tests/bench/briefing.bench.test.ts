// B8: the Einsatzbefehl of a plan with 100 targets whose map extracts are ready (900×600 PNG
// each): plan → model → docx bytes, against the bare docx Packer packing the same document
// (built once beforehand), measured in the same run. Budget: ≤ 3 s median, ratio ≤ 1.2.
// In the app the docx part runs in a worker (features/documents/briefing.worker.ts).
import { describe, expect, it } from 'vitest';
import { Packer } from 'docx';
import { unzipSync } from 'fflate';
import { briefingModel } from '@shared/documents/briefing';
import { buildBriefingDocx, renderBriefingDocx } from '@shared/documents/briefing/render-briefing';
import { hundredTargetBriefing } from './briefing-dataset';
import { report, sample, summarize, withBudget } from './harness';

describe('B8 briefing', () => {
  it('100 targets with ready extracts: model + docx vs bare Packer', async () => {
    const input = hundredTargetBriefing();
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
