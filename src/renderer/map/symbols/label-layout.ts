// Keeps the labels of a map's symbols (placeIcon, targetIcon) from overlapping each other, the
// symbols and the map's controls: after every move, zoom, resize, added or removed marker or
// control, each label is put on the free side of its symbol (label-placement.ts) or hidden.
// A hidden label shows on hover and while its item is selected; the list beside the map names
// every item anyway. Measured from the DOM, so the layout follows the labels' real widths.
import { placeLabels, type Box, type LabelledSymbol } from '@shared/maps/label-placement';
import { L } from '../leaflet-setup';

interface Entry {
  root: HTMLElement;
  symbol: LabelledSymbol;
  /** Placed first: the selected item, then targets by number, then places. */
  rank: number;
}

function rankOf(root: HTMLElement): number {
  if (root.classList.contains('vp-map-selected')) return 0;
  const number = Number(root.querySelector('.vp-map-target')?.textContent);
  return Number.isFinite(number) && number > 0 ? number : 1e6;
}

/** Lays out the labels of every labelled symbol on the map as it is shown now. */
export function layoutLabels(map: L.Map): void {
  const container = map.getContainer();
  const origin = container.getBoundingClientRect();
  const box = (r: DOMRect): Box => ({
    left: r.left - origin.left,
    top: r.top - origin.top,
    right: r.right - origin.left,
    bottom: r.bottom - origin.top,
  });
  const entries: Entry[] = [];
  map.eachLayer((layer) => {
    if (!(layer instanceof L.Marker)) return;
    const root = layer.getElement()?.querySelector<HTMLElement>('.vp-map-place');
    const sign = root?.firstElementChild;
    const label = root?.querySelector<HTMLElement>('.vp-map-label');
    if (!root || !sign || !label) return;
    const s = box(sign.getBoundingClientRect());
    entries.push({
      root,
      rank: rankOf(root),
      symbol: {
        id: String(entries.length),
        x: (s.left + s.right) / 2,
        y: (s.top + s.bottom) / 2,
        symbol: { width: s.right - s.left, height: s.bottom - s.top },
        label: { width: label.offsetWidth, height: label.offsetHeight },
      },
    });
  });
  entries.sort((a, b) => a.rank - b.rank);
  const obstacles = [...container.querySelectorAll('.leaflet-control')]
    .map((el) => box(el.getBoundingClientRect()))
    .filter((b) => b.right > b.left && b.bottom > b.top);
  const placed = placeLabels(
    entries.map((e) => e.symbol),
    { bounds: { left: 0, top: 0, right: origin.width, bottom: origin.height }, obstacles },
  );
  for (const e of entries) e.root.dataset.label = placed.get(e.symbol.id) ?? 'hidden';
}

export interface LabelWatch {
  /** Lays the labels out again on the next frame (after an icon was replaced). */
  relayout(): void;
  stop(): void;
}

/** Keeps the map's labels laid out for as long as it is shown. */
export function watchLabels(map: L.Map): LabelWatch {
  let frame = 0;
  // Many markers are added at once: one layout per frame, after the browser placed them.
  const relayout = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      layoutLabels(map);
    });
  };
  const events = 'moveend zoomend resize layeradd layerremove';
  map.on(events, relayout);
  // A control that comes or goes (the basemap hint, geoman's toolbar) changes where labels fit.
  const controls = map.getContainer().querySelector('.leaflet-control-container');
  const observer = new MutationObserver(relayout);
  if (controls) observer.observe(controls, { childList: true, subtree: true });
  relayout();
  return {
    relayout,
    stop() {
      map.off(events, relayout);
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
