// The whole Einsatzbefehl export in Chromium (window.vpBriefingExportBench, driven by
// briefing-export.bench.spec.ts): 100 targets, every map extract drawn by the app's own path
// (extracts.ts → renderMapExtract, the raster fixture basemap), the model on the page, the docx
// packed in the briefing worker — what "Einsatzbefehl speichern" does before the save dialog.
// Progress steps are counted as the screen would show them; long tasks are recorded so the
// spec can read their main-thread CPU time from a trace.
import { CLASSIFICATION_MARKINGS } from '@shared/catalog/enum-labels';
import { briefingModel, type BriefingInput } from '@shared/documents/briefing';
import type { Premises } from '@shared/domain';
import { packBriefing } from '../../../../src/renderer/features/documents/briefing-client';
import { renderBriefingImages } from '../../../../src/renderer/features/workspace/briefing/extracts';
import type { ExtractBasemap } from '../../../../src/renderer/map/extract';
import { hundredTargetBriefing } from '../../briefing-dataset';
import { fixtureBasemap } from './map-geocode-bench';

export interface BriefingExportRun {
  totalMs: number;
  mapsMs: number;
  docxMs: number;
  bytes: number;
  extracts: number;
  /** Progress reports seen (done/total), in order. */
  progress: { done: number; total: number }[];
  longTasks: { start: number; end: number }[];
  /** Page time of the mark 'vp-export-start' (to place the tasks in a trace). */
  markAt: number;
}

export interface BriefingExportBenchApi {
  prepare(): Promise<void>;
  exportOnce(): Promise<BriefingExportRun>;
}

let input: BriefingInput | null = null;
let basemap: ExtractBasemap | null = null;

const api: BriefingExportBenchApi = {
  async prepare() {
    input = hundredTargetBriefing();
    basemap = await fixtureBasemap();
  },
  exportOnce() {
    const ready = input;
    if (!ready) throw new Error('prepare() zuerst');
    const plan = ready.source.plan;
    const premises = new Map<string, Premises>(ready.source.premises.map((p) => [p.id, p]));
    const longTasks: { start: number; end: number }[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
    });
    observer.observe({ type: 'longtask' });
    const progress: { done: number; total: number }[] = [];
    // Started from a timer, as a click would: work inside Playwright's evaluate runs in a
    // DevTools task the Long Tasks API does not report (see briefing-bench.ts).
    return new Promise<BriefingExportRun>((resolve, reject) => {
      setTimeout(() => {
        const markAt = performance.mark('vp-export-start').startTime;
        const t0 = performance.now();
        void (async () => {
          const images = await renderBriefingImages(plan, premises, {
            basemap,
            marking: CLASSIFICATION_MARKINGS[plan.operation.classification],
            legend: { language: 'de', title: 'Legende', target: 'Objekt', kinds: {} },
            targetIds: null,
            redacted: false,
            onProgress: (p) => progress.push({ ...p }),
          });
          const t1 = performance.now();
          const bytes = await packBriefing(briefingModel({ ...ready, images }));
          const t2 = performance.now();
          await new Promise((r) => setTimeout(r, 50));
          observer.disconnect();
          resolve({
            totalMs: t2 - t0,
            mapsMs: t1 - t0,
            docxMs: t2 - t1,
            bytes: bytes.byteLength,
            extracts: images.objectMaps.size,
            progress,
            longTasks,
            markAt,
          });
        })().catch(reject);
      }, 0);
    });
  },
};

(window as Window & { vpBriefingExportBench?: BriefingExportBenchApi }).vpBriefingExportBench = api;
