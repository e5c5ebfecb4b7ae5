// Which drawing Auswertung's sections use. Only the results bench changes it (through session
// storage, read when a section mounts), to time @mantine/charts against the plain bar drawing
// in one run on the same data; the app draws the plain bars.
export type DrawingKind = 'chart' | 'bars';

export const DRAWING_KIND_KEY = 'vp-bench-results-drawing';

export function drawingKind(): DrawingKind {
  try {
    return sessionStorage.getItem(DRAWING_KIND_KEY) === 'chart' ? 'chart' : 'bars';
  } catch {
    // Storage refused (e.g. a sandboxed frame): the app's default.
    return 'bars';
  }
}
