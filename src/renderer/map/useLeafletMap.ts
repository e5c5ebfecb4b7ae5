// One Leaflet map bound to a container element for the life of a component: created once,
// removed on unmount, with the neutral basemap and a metric scale bar. Features add their
// layers to the returned map; the basemap can be swapped with `setBasemap`. The zoom buttons
// carry translated names (Leaflet's own are English) and, with the grid's labels, follow a
// language switch.
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { L } from './leaflet-setup';
import { createNeutralLayer, type NeutralLayer } from './neutral-layer';

export interface MapOptions {
  center: L.LatLngExpression;
  zoom: number;
  /** Canvas rendering for vector layers: thousands of shapes without thousands of DOM nodes. */
  preferCanvas?: boolean;
  minZoom?: number;
  maxZoom?: number;
}

export interface LeafletMapHandle {
  map: L.Map;
  setBasemap(layer: L.Layer | null): void;
}

export function useLeafletMap(
  container: RefObject<HTMLElement | null>,
  options: MapOptions,
): LeafletMapHandle | null {
  const { t, i18n } = useTranslation('map');
  const [handle, setHandle] = useState<LeafletMapHandle | null>(null);
  // The grid shown now (null under a real basemap) and the language a new one starts in.
  const language = useRef(i18n.language);
  const grid = useRef<NeutralLayer | null>(null);
  // The first options create the map; later changes are the caller's to apply (setView …).
  const initial = useRef(options);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const o = initial.current;
    const map = L.map(el, {
      center: o.center,
      zoom: o.zoom,
      minZoom: o.minZoom ?? 3,
      maxZoom: o.maxZoom ?? 19,
      preferCanvas: o.preferCanvas ?? true,
      // Leaflet's own link to its website would be a request-free but external link; the
      // attribution control stays for basemap sources that need one.
      attributionControl: true,
      zoomControl: false,
    });
    // Added first, so the zoom buttons stay ahead of feature controls (Messen) in tab order;
    // the effect below names them in the current language once the handle exists.
    L.control.zoom().addTo(map);
    map.attributionControl.setPrefix(false);
    L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(map);
    const neutral = (): NeutralLayer => {
      grid.current = createNeutralLayer(language.current);
      return grid.current;
    };
    let basemap: L.Layer = neutral().addTo(map);
    setHandle({
      map,
      setBasemap(layer) {
        map.removeLayer(basemap);
        grid.current = null;
        basemap = (layer ?? neutral()).addTo(map);
        if ('bringToBack' in basemap && typeof basemap.bringToBack === 'function') {
          basemap.bringToBack();
        }
      },
    });
    return () => {
      map.remove();
      grid.current = null;
      setHandle(null);
    };
  }, [container]);

  useEffect(() => {
    if (!handle) return;
    const el = handle.map.getContainer();
    const name = (selector: string, text: string) => {
      const button = el.querySelector(selector);
      button?.setAttribute('title', text);
      button?.setAttribute('aria-label', text);
    };
    name('.leaflet-control-zoom-in', t('zoomIn'));
    name('.leaflet-control-zoom-out', t('zoomOut'));
  }, [handle, t]);

  useEffect(() => {
    language.current = i18n.language;
    grid.current?.setLanguage(i18n.language);
  }, [i18n.language]);

  return handle;
}
