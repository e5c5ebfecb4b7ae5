// The briefing's pictures: one map extract per object sheet and the Lagekarte, drawn from the
// same tile source as the live map. The canvas work runs on the main thread, one extract at a
// time with a yield in between, so the window stays responsive and progress can be shown.
import type { BriefingImages, PngImage } from '@shared/documents/briefing';
import { orderedTargets } from '@shared/documents/briefing';
import type { PlanSnapshot, Premises } from '@shared/domain';
import { featurePoints } from '@shared/maps/features';
import {
  boundsOf,
  renderMapExtract,
  type ExtractBasemap,
  type ExtractInput,
  type ExtractTarget,
} from '../../../map';

/** Pixels of an object sheet's map (printed at half: sharp on paper) and of the Lagekarte. */
const SHEET = { width: 900, height: 600 };
const SITUATION = { width: 1240, height: 868 };

export interface ExtractProgress {
  done: number;
  total: number;
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function png(
  input: ExtractInput,
  basemap: ExtractBasemap | null,
  signal?: AbortSignal,
): Promise<PngImage> {
  const extract = await renderMapExtract(input, basemap, signal);
  return {
    png: new Uint8Array(await extract.png.arrayBuffer()),
    width: input.width,
    height: input.height,
  };
}

export interface ExtractOptions {
  basemap: ExtractBasemap | null;
  marking: string;
  legend: ExtractInput['legend'];
  /** Only these targets get a sheet map (a need-to-know copy); all when null. */
  targetIds: readonly string[] | null;
  /** A redacted copy gets no map at all (it would show where the targets are). */
  redacted: boolean;
  onProgress(p: ExtractProgress): void;
  signal?: AbortSignal;
}

/** Renders every picture the briefing needs; targets without a location get none. */
export async function renderBriefingImages(
  plan: PlanSnapshot,
  premises: ReadonlyMap<string, Premises>,
  opts: ExtractOptions,
): Promise<BriefingImages> {
  const objectMaps = new Map<string, PngImage>();
  if (opts.redacted) return { objectMaps, photos: new Map(), situationMap: null };
  const features = plan.operation.map?.features ?? [];
  const located: (ExtractTarget & { id: string })[] = orderedTargets(plan).flatMap((t, i) => {
    const at = premises.get(t.premisesId)?.location;
    return at
      ? [{ id: t.id, number: i + 1, label: premises.get(t.premisesId)?.name ?? '', at }]
      : [];
  });
  const wanted = located.filter((t) => opts.targetIds === null || opts.targetIds.includes(t.id));
  const total = wanted.length + 1;
  let done = 0;
  opts.onProgress({ done, total });
  const base = { features, marking: opts.marking, legend: opts.legend, targets: located };
  for (const t of wanted) {
    opts.signal?.throwIfAborted();
    const area = boundsOf([t.at]);
    if (area)
      objectMaps.set(
        t.id,
        await png({ ...base, ...SHEET, area, maxZoom: 17 }, opts.basemap, opts.signal),
      );
    opts.onProgress({ done: ++done, total });
    await yieldToPage();
  }
  const area = boundsOf([...located.map((t) => t.at), ...features.flatMap(featurePoints)]);
  const situationMap = area
    ? await png({ ...base, ...SITUATION, area }, opts.basemap, opts.signal)
    : null;
  opts.onProgress({ done: total, total });
  return { objectMaps, photos: new Map(), situationMap };
}

/** Photos per object sheet: at most this many, so a sheet stays readable. */
const PHOTOS_PER_TARGET = 2;

/**
 * The premises' photos (PNG or JPEG attachments) for the targets in the copy; none for a
 * redacted copy. The size comes from decoding the picture once.
 */
export async function loadPhotos(
  plan: PlanSnapshot,
  premises: ReadonlyMap<string, Premises>,
  targetIds: readonly string[] | null,
  read: (attachmentId: string) => Promise<Uint8Array>,
): Promise<Map<string, PngImage[]>> {
  const out = new Map<string, PngImage[]>();
  for (const t of orderedTargets(plan)) {
    if (targetIds !== null && !targetIds.includes(t.id)) continue;
    const refs = (premises.get(t.premisesId)?.attachments ?? [])
      .filter((a) => a.kind === 'photo' && a.mime !== 'application/pdf')
      .slice(0, PHOTOS_PER_TARGET);
    const photos: PngImage[] = [];
    for (const ref of refs) {
      const bytes = await read(ref.id);
      const bitmap = await createImageBitmap(new Blob([bytes.slice()], { type: ref.mime }));
      photos.push({
        png: bytes,
        format: ref.mime === 'image/jpeg' ? 'jpg' : 'png',
        width: bitmap.width,
        height: bitmap.height,
      });
      bitmap.close();
    }
    if (photos.length > 0) out.set(t.id, photos);
  }
  return out;
}
