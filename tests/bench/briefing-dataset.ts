// The B8 workload, shared by the Node bench (docx time against the bare Packer) and the Chromium
// bench (the main thread while the worker packs): the demo briefing grown to 100 targets, each
// with its own ready 900×600 map extract.
import type { BriefingInput } from '@shared/documents/briefing';
import { demoBriefing, testPng } from '../unit/documents/briefing-fixtures';

export function hundredTargetBriefing(): BriefingInput {
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
