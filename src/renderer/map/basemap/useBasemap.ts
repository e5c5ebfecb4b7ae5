// The current basemap for a map component: the host's basemap state, re-read when Einstellungen
// changes it, and a Leaflet layer made from it for this map (a layer belongs to one map).
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BasemapState } from '@shared/ipc/contract';
import { useHost } from '../../host';
import { L } from '../leaflet-setup';
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

/**
 * Puts the current basemap on a map made with useLeafletMap and keeps it current. Without a
 * basemap the map says where to add one (`hint: false` where the page already says so).
 */
export function useMapBasemap(
  handle: LeafletMapHandle | null,
  { hint = true }: { hint?: boolean } = {},
): BasemapState | null {
  const { t } = useTranslation('settings');
  const { state, layer } = useBasemap();
  useEffect(() => {
    handle?.setBasemap(layer);
  }, [handle, layer]);
  const none = state !== null && layer === null;
  useEffect(() => {
    if (!handle || !hint || !none) return;
    // A strip in the bottom corner, where a basemap's source would be credited: at the top it
    // covered the markers of a map fitted to them (the operation map pads its view for it).
    const control = new L.Control({ position: 'bottomright' });
    control.onAdd = () => {
      const el = L.DomUtil.create('div', 'vp-basemap-hint');
      el.textContent = t('map.mapHint');
      el.dataset.testid = 'map-basemap-hint';
      Object.assign(el.style, {
        background: 'rgba(255, 255, 255, 0.9)',
        padding: '0 6px',
        margin: '0',
        fontSize: '12px',
        lineHeight: '1.5',
        color: '#333',
      });
      return el;
    };
    control.addTo(handle.map);
    return () => {
      control.remove();
    };
  }, [handle, hint, none, t]);
  return state;
}
