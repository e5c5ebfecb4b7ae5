// Draws the plan's targets and the map's features on a Leaflet map and turns what is done on
// the map (a drawn cordon or route, a dragged place, moved corners) into feature edits. Layers
// are kept per feature and rebuilt only when that feature changed elsewhere (the list, undo),
// so an outline being edited is not replaced under the mouse.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MAP_LIMITS, isMapPlace, type LatLng, type MapFeature } from '@shared/maps/features';
import { newId } from '@shared/domain';
import { notifyError } from '../../../ui/notify';
import { placeIcon, targetIcon, watchLabels, type LabelWatch } from '../../../map';
import { L } from './geoman';
import type { MapFeaturesApi } from './useMapFeatures';

export interface MapTarget {
  id: string;
  number: number;
  label: string;
  at: LatLng;
}

interface Held {
  layer: L.Marker | L.Polygon | L.Polyline;
  key: string;
}

const SHAPE_STYLE: Record<'cordon' | 'route', L.PathOptions> = {
  cordon: { color: '#c92a2a', weight: 3, dashArray: '8 6', fillOpacity: 0.08 },
  route: { color: '#1864ab', weight: 4 },
};

// About a centimetre: enough for a cordon, and the stored plan stays compact.
const round = (p: L.LatLng): LatLng => ({
  lat: Math.round(p.lat * 1e7) / 1e7,
  lng: Math.round(p.lng * 1e7) / 1e7,
});

function shapePoints(layer: L.Layer): LatLng[] {
  if (!(layer instanceof L.Polyline)) return [];
  const raw = layer.getLatLngs();
  // A polygon holds rings (its first is the outline); a line holds points.
  const first = Array.isArray(raw[0]) ? raw[0] : raw;
  return (first as L.LatLng[]).map(round);
}

function makeLayer(f: MapFeature, readOnly: boolean, renderer: L.Renderer): Held['layer'] {
  if (isMapPlace(f)) {
    return L.marker([f.at.lat, f.at.lng], {
      icon: placeIcon(f.kind, f.label),
      draggable: !readOnly,
      // The list beside the map is the keyboard route to every item.
      keyboard: false,
      title: f.label,
      // A label hidden for lack of room shows on hover: above its neighbours.
      riseOnHover: true,
      pmIgnore: true,
    });
  }
  const points = (f.kind === 'cordon' ? f.ring : f.line).map((p) => L.latLng(p.lat, p.lng));
  const options = { ...SHAPE_STYLE[f.kind], pmIgnore: readOnly, renderer };
  if (f.kind === 'cordon') return L.polygon(points, options);
  const line: L.Polyline = L.polyline(points, options);
  return line;
}

export function useFeatureLayers(
  map: L.Map | null,
  api: MapFeaturesApi,
  targets: readonly MapTarget[],
  selectedId: string | null,
  onSelect: (id: string) => void,
): void {
  const { t, i18n } = useTranslation('workspace');
  const held = useRef(new Map<string, Held>());
  const group = useRef<L.FeatureGroup | null>(null);
  // The map draws on canvas (thousands of premises elsewhere); the few shapes of one plan are
  // SVG, which geoman edits best and which keeps each shape a node tests and tools can find.
  const svg = useRef<L.Renderer | null>(null);
  // Map event handlers live as long as the map; they read the latest callbacks from here.
  const latest = useRef({ api, onSelect, t });
  useEffect(() => {
    latest.current = { api, onSelect, t };
  });
  // Labels kept apart (label-layout.ts): on every move by itself, after icon changes from below.
  const labels = useRef<LabelWatch | null>(null);
  useEffect(() => {
    if (!map) return;
    const watch = watchLabels(map);
    labels.current = watch;
    return () => {
      watch.stop();
      labels.current = null;
    };
  }, [map]);

  // Targets: numbered as in the plan, never edited here.
  useEffect(() => {
    if (!map) return;
    const layer = L.layerGroup(
      targets.map((x) =>
        L.marker([x.at.lat, x.at.lng], {
          icon: targetIcon(x.number, x.label),
          keyboard: false,
          title: x.label,
          riseOnHover: true,
          pmIgnore: true,
        }),
      ),
    ).addTo(map);
    return () => void layer.remove();
  }, [map, targets]);

  // The feature group, the toolbar and what is drawn with it.
  useEffect(() => {
    if (!map) return;
    const fg = L.featureGroup().addTo(map);
    group.current = fg;
    svg.current = L.svg();
    const onCreate = (e: { shape: string; layer: L.Layer }) => {
      e.layer.remove();
      const points = shapePoints(e.layer);
      const { api: a, t: tr, onSelect: select } = latest.current;
      if (points.length > MAP_LIMITS.vertices) {
        notifyError(tr('map.tooManyPoints', { max: MAP_LIMITS.vertices }), null);
        return;
      }
      const id = newId();
      if (e.shape === 'Polygon' && points.length >= 3) {
        a.add({ id, kind: 'cordon', label: tr('map.kinds.cordon'), note: '', ring: points });
      } else if (e.shape === 'Line' && points.length >= 2) {
        a.add({ id, kind: 'route', label: tr('map.kinds.route'), note: '', line: points });
      } else return;
      select(id);
    };
    map.on('pm:create', onCreate);
    const heldNow = held.current;
    return () => {
      map.off('pm:create', onCreate);
      fg.remove();
      heldNow.clear();
      group.current = null;
      svg.current?.remove();
      svg.current = null;
    };
  }, [map]);

  useEffect(() => {
    if (!map) return;
    map.pm.setLang(i18n.language === 'en' ? 'en' : 'de');
    if (api.readOnly) {
      map.pm.disableGlobalEditMode();
      map.pm.disableDraw();
      if (map.pm.controlsVisible()) map.pm.removeControls();
      return;
    }
    map.pm.addControls({
      position: 'topleft',
      drawMarker: false,
      drawCircleMarker: false,
      drawCircle: false,
      drawRectangle: false,
      drawText: false,
      cutPolygon: false,
      rotateMode: false,
      removalMode: false,
      dragMode: true,
      editMode: true,
      drawPolygon: true,
      drawPolyline: true,
    });
    // Geoman names its buttons only by a title on their wrapper: give the buttons that name.
    for (const wrap of map.getContainer().querySelectorAll<HTMLElement>('.button-container')) {
      const button = wrap.querySelector('a.leaflet-buttons-control-button');
      if (button && wrap.title) button.setAttribute('aria-label', wrap.title);
    }
  }, [map, api.readOnly, i18n.language]);

  // Features: add, replace or remove layers whose feature changed.
  useEffect(() => {
    const fg = group.current;
    const renderer = svg.current;
    if (!map || !fg || !renderer) return;
    const seen = new Set<string>();
    for (const f of api.features) {
      seen.add(f.id);
      const key = `${JSON.stringify(f)}|${api.readOnly}`;
      const old = held.current.get(f.id);
      if (old?.key === key) continue;
      old?.layer.remove();
      const layer = makeLayer(f, api.readOnly, renderer);
      const record: Held = { layer, key };
      layer.on('click', () => latest.current.onSelect(f.id));
      const changed = (next: MapFeature) => {
        // The layer already shows `next`: keep it when the edit comes back as a new feature.
        record.key = `${JSON.stringify(next)}|${api.readOnly}`;
        latest.current.api.update(next, true);
      };
      if (layer instanceof L.Marker && isMapPlace(f)) {
        layer.on('dragend', () => changed({ ...f, at: round(layer.getLatLng()) }));
      } else if (f.kind === 'cordon') {
        layer.on('pm:edit', () => changed({ ...f, ring: shapePoints(layer) }));
      } else if (f.kind === 'route') {
        layer.on('pm:edit', () => changed({ ...f, line: shapePoints(layer) }));
      }
      layer.addTo(fg);
      held.current.set(f.id, record);
    }
    for (const [id, h] of held.current) {
      if (!seen.has(id)) {
        h.layer.remove();
        held.current.delete(id);
      }
    }
  }, [map, api.features, api.readOnly]);

  // The selected item is outlined and brought into view.
  useEffect(() => {
    if (!map) return;
    for (const [id, h] of held.current) {
      const on = id === selectedId;
      if (h.layer instanceof L.Marker) {
        const f = api.features.find((x) => x.id === id);
        if (f && isMapPlace(f)) h.layer.setIcon(placeIcon(f.kind, f.label, on));
      } else {
        const base = h.layer instanceof L.Polygon ? SHAPE_STYLE.cordon : SHAPE_STYLE.route;
        h.layer.setStyle({ weight: (base.weight ?? 3) + (on ? 3 : 0) });
      }
    }
    // setIcon made new label nodes: lay them out, the selected one first.
    labels.current?.relayout();
    const layer = selectedId ? held.current.get(selectedId)?.layer : undefined;
    if (layer instanceof L.Marker) map.panTo(layer.getLatLng());
    else if (layer) {
      const bounds = layer.getBounds();
      if (!map.getBounds().contains(bounds)) map.fitBounds(bounds, { padding: [40, 40] });
    }
  }, [map, selectedId, api.features]);
}
