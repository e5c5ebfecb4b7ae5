// Undo for the operation map: the feature lists before the latest edits, newest last. Pure, so
// the rule (what one undo restores, how deep it goes) is tested without a map.
import type { MapFeature } from './features';

/** Enough to take back a slip or two; older states are in the Verlauf and the revisions. */
export const MAP_UNDO_DEPTH = 20;

export interface MapUndo {
  readonly past: readonly (readonly MapFeature[])[];
}

export const emptyMapUndo: MapUndo = { past: [] };

/** Remembers the features as they were before an edit; an edit that changes nothing is skipped. */
export function recordMapEdit(
  undo: MapUndo,
  before: readonly MapFeature[],
  after: readonly MapFeature[],
): MapUndo {
  if (JSON.stringify(before) === JSON.stringify(after)) return undo;
  return { past: [...undo.past, before].slice(-MAP_UNDO_DEPTH) };
}

export const canUndoMap = (undo: MapUndo): boolean => undo.past.length > 0;

/** The features to restore and what is left to undo, or null when there is nothing to undo. */
export function undoMapEdit(
  undo: MapUndo,
): { features: readonly MapFeature[]; undo: MapUndo } | null {
  const features = undo.past.at(-1);
  return features ? { features, undo: { past: undo.past.slice(0, -1) } } : null;
}
