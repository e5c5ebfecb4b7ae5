// The measure tool's control: the button switches measuring on and off, map clicks add points
// only while it is on, and the readout gives geodesic distance and area in the user's language.
import { afterEach, describe, expect, it } from 'vitest';
import { L } from '../../../src/renderer/map/leaflet-setup';
import { addMeasureTool, isMeasuring } from '../../../src/renderer/map/measure';

const LABELS = {
  start: 'Messen',
  stop: 'Messen beenden',
  clear: 'Messung löschen',
  hint: 'Punkte anklicken',
  distance: 'Strecke',
  area: 'Fläche',
};

let map: L.Map | null = null;
afterEach(() => {
  map?.remove();
  map = null;
  document.body.innerHTML = '';
});

function setup() {
  const el = document.createElement('div');
  document.body.appendChild(el);
  map = L.map(el, { center: [51.45, 7.01], zoom: 15 });
  return { map, tool: addMeasureTool(map, LABELS, 'de'), el };
}

const click = (m: L.Map, lat: number, lng: number) =>
  m.fire('click', { latlng: L.latLng(lat, lng) });

describe('measure tool', () => {
  it('switches on by its button, measures while on, and off again', () => {
    const { map: m, tool, el } = setup();
    const toggle = el.querySelector<HTMLButtonElement>('.vp-measure-toggle');
    const readout = el.querySelector('[data-testid="map-measure-readout"]');
    expect(toggle?.textContent).toBe('Messen');
    click(m, 51.45, 7.01);
    expect(tool.points()).toEqual([]);

    toggle?.click();
    expect(toggle?.getAttribute('aria-pressed')).toBe('true');
    expect(toggle?.textContent).toBe('Messen beenden');
    expect(isMeasuring(m)).toBe(true);
    click(m, 51.45, 7.01);
    click(m, 51.45, 7.02);
    expect(readout?.textContent).toBe('Strecke: 695 m');
    click(m, 51.46, 7.02);
    expect(readout?.textContent).toMatch(/^Strecke: 1,81 km · Fläche: \d+,?\d* ha$/);

    toggle?.click();
    expect(isMeasuring(m)).toBe(false);
    click(m, 51.47, 7.03);
    expect(tool.points()).toHaveLength(3);
  });
});
