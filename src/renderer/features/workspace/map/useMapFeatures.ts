// The operation map's features as the workspace draft holds them, and the one way to change
// them: every edit goes through the save queue under `map.features` (so the header's save
// state and the lock flush cover it) and is remembered for undo.
import { useCallback, useEffect, useRef, useState } from 'react';
import { newId } from '@shared/domain';
import type { LatLng, MapFeature, MapPlaceKind } from '@shared/maps/features';
import {
  canUndoMap,
  emptyMapUndo,
  recordMapEdit,
  undoMapEdit,
  type MapUndo,
} from '@shared/maps/features-undo';
import { useWorkspace } from '../core/context';
import { setAt } from '../core/operation-paths';

const NO_FEATURES: readonly MapFeature[] = [];

export interface MapFeaturesApi {
  features: readonly MapFeature[];
  readOnly: boolean;
  canUndo: boolean;
  /** Replaces one feature (same id); `save` writes at once (a drag, a drawn shape). */
  update(feature: MapFeature, save?: boolean): void;
  add(feature: MapFeature): void;
  addPlace(kind: MapPlaceKind, label: string, at: LatLng): MapFeature;
  remove(id: string): void;
  undo(): void;
}

export function useMapFeatures(): MapFeaturesApi {
  const { draft } = useWorkspace();
  const features = draft.operation?.map?.features ?? NO_FEATURES;
  const readOnly = draft.readOnly;
  const [undoState, setUndoState] = useState<MapUndo>(emptyMapUndo);
  // Typing a label is many edits of one field: one undo step per field, not per key.
  const lastEdit = useRef<string | null>(null);
  // The features as the last edit left them: two edits in one event (a drag that also ends an
  // outline edit) build on each other before the draft re-renders.
  const current = useRef(features);
  useEffect(() => {
    current.current = features;
  }, [features]);

  const commit = useCallback(
    (next: readonly MapFeature[], opts: { save: boolean; step: string | null }) => {
      if (readOnly) return;
      const before = current.current;
      if (opts.step === null || opts.step !== lastEdit.current) {
        setUndoState((u) => recordMapEdit(u, before, next));
      }
      lastEdit.current = opts.step;
      current.current = next;
      draft.edit('map.features', setAt('map.features', [...next]));
      if (opts.save) void draft.flush();
    },
    [draft, readOnly],
  );

  return {
    features,
    readOnly,
    canUndo: !readOnly && canUndoMap(undoState),
    update(feature, save = false) {
      const next = current.current.map((f) => (f.id === feature.id ? feature : f));
      commit(next, { save, step: save ? null : feature.id });
    },
    add(feature) {
      commit([...current.current, feature], { save: true, step: null });
    },
    addPlace(kind, label, at) {
      const feature: MapFeature = { id: newId(), kind, label, note: '', at };
      commit([...current.current, feature], { save: true, step: null });
      return feature;
    },
    remove(id) {
      commit(
        current.current.filter((f) => f.id !== id),
        { save: true, step: null },
      );
    },
    undo() {
      const r = undoMapEdit(undoState);
      if (!r || readOnly) return;
      setUndoState(r.undo);
      lastEdit.current = null;
      current.current = r.features;
      draft.edit('map.features', setAt('map.features', [...r.features]));
      void draft.flush();
    },
  };
}
