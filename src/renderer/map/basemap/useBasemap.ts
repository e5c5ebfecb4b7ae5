// The current basemap for a map component: the host's basemap state, re-read when Einstellungen
// changes it, and a Leaflet layer made from it for this map (a layer belongs to one map).
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { BasemapState } from '@shared/ipc/contract';
import { useHost } from '../../host';
import type { L } from '../leaflet-setup';
import type { LeafletMapHandle } from '../useLeafletMap';
import { createBasemapLayer } from './create-layer';

const listeners = new Set<() => void>();

/** Tells every mounted map that the basemap changed (called by Einstellungen › Karte). */
export function notifyBasemapChanged(): void {
  for (const listener of listeners) listener();
}

/** The host's basemap state; null while it loads (or when the host has no map files). */
export function useBasemapState(): { state: BasemapState | null; refresh: () => void } {
  const host = useHost();
  const [state, setState] = useState<BasemapState | null>(null);
  const refresh = useCallback(() => {
    if (!host.capabilities.mapFiles) return;
    void host.basemap.state().then((r) => {
      if (r.ok) setState(r.value);
      else console.warn('Basiskarte nicht lesbar:', r.error.message);
    });
  }, [host]);
  useEffect(() => {
    refresh();
    listeners.add(refresh);
    return () => {
      listeners.delete(refresh);
    };
  }, [refresh]);
  return { state, refresh };
}

/** The basemap as a layer for one map; `layer` is null for "none" (the neutral background). */
export function useBasemap(): { state: BasemapState | null; layer: L.Layer | null } {
  const host = useHost();
  const { state } = useBasemapState();
  const layer = useMemo(() => (state ? createBasemapLayer(state, host) : null), [state, host]);
  return { state, layer };
}

/** Puts the current basemap on a map made with useLeafletMap, and keeps it current. */
export function useMapBasemap(handle: LeafletMapHandle | null): BasemapState | null {
  const { state, layer } = useBasemap();
  useEffect(() => {
    handle?.setBasemap(layer);
  }, [handle, layer]);
  return state;
}
