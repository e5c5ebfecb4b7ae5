// The printed map's labels (Lagekarte, object sheets, the print view) are placed as on the live
// map: the demo's close targets (Shisha, Barbershop, Kiosk) each get a free side, and no label
// covers another label, a marker, the marking band, the north arrow or the scale bar. A label
// that fits nowhere is left out (the sheet lists every target).
import { describe, expect, it } from 'vitest';
import { DEMO_PREMISES } from '../../../src/shared/demo/objects';
import type { Box } from '../../../src/shared/maps/label-placement';
import { toCanvas } from '../../../src/shared/maps/mercator';
import { layoutPointLabels, markerRadius } from '../../../src/renderer/map/extract/draw-features';
import {
  bandHeight,
  northArrowBox,
  scaleBarBox,
} from '../../../src/renderer/map/extract/draw-frame';
import { extractUnit, extractView } from '../../../src/renderer/map/extract/render-extract';
import { boundsOf } from '../../../src/shared/maps/mercator';
import type { ExtractInput } from '../../../src/renderer/map/extract/types';

const meet = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const targets = DEMO_PREMISES.map((p, i) => ({
  number: i + 1,
  label: `${p.name} – Kontrollteam ${i + 1}`,
  at: { lat: p.lat, lng: p.lng },
}));

describe('layoutPointLabels', () => {
  // The Lagekarte's size (briefing extracts.ts) and an A4 print at 150 dpi.
  it.each([
    [1240, 868],
    [1636, 933],
  ])('keeps the demo labels apart on a %s×%s extract', (width, height) => {
    const area = boundsOf(targets.map((t) => t.at));
    if (!area) throw new Error('demo premises without location');
    const input: ExtractInput = {
      area,
      width,
      height,
      targets,
      features: [],
      marking: 'VS – NUR FÜR DEN DIENSTGEBRAUCH',
      legend: { language: 'de', title: 'Legende', target: 'Objekt', kinds: {} },
    };
    const view = extractView(input);
    const u = extractUnit(width, height);
    const band = { left: 0, top: 0, right: width, bottom: bandHeight(u) };
    const frame = {
      bounds: { left: 0, top: band.bottom, right: width, bottom: height },
      obstacles: [northArrowBox(width, u), scaleBarBox(view, u)],
    };
    // About the width of 12 px sans-serif: 7 px a character.
    const labels = layoutPointLabels(view, [], targets, u, frame, (t) => t.length * 7 * u);
    const r = markerRadius(u);
    const discs = targets.map((t) => {
      const { x, y } = toCanvas(view, t.at);
      return { left: x - r, top: y - r, right: x + r, bottom: y + r };
    });
    expect(labels.length).toBeGreaterThanOrEqual(targets.length - 1);
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) expect(meet(a.box, b.box), a.text).toBe(false);
      for (const d of [...discs, band, ...frame.obstacles])
        expect(meet(a.box, d), a.text).toBe(false);
    }
    // Long names are cut, not left to run over the map.
    expect(labels.every((l) => l.box.right - l.box.left <= 228 * u)).toBe(true);
  });
});
