// The neutral grid follows a language switch while the map stays open, and a grid that comes
// back after a basemap starts in the current language. (What the labels read in each language is
// degree-label.test.ts; the drawing itself needs Chromium's canvas: tests/e2e/map-filters.spec.ts.)
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { useEffect, useRef } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { i18n as I18n } from 'i18next';
import { initI18n } from '../../../src/renderer/i18n';
import { L } from '../../../src/renderer/map/leaflet-setup';
import { useLeafletMap, type LeafletMapHandle } from '../../../src/renderer/map/useLeafletMap';

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('de');
});
afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('de');
});

let handle: LeafletMapHandle | null = null;

function MapProbe() {
  const ref = useRef<HTMLDivElement>(null);
  const h = useLeafletMap(ref, { center: [51.45, 7.01], zoom: 12 });
  useEffect(() => {
    handle = h;
  }, [h]);
  return <div ref={ref} style={{ width: 400, height: 300 }} />;
}

const gridLanguage = (root: HTMLElement) =>
  root.querySelector<HTMLCanvasElement>('canvas.vp-neutral-basemap')?.lang ?? null;

describe('neutral grid language', () => {
  it('switches with the UI language and comes back in it after a basemap', async () => {
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <MapProbe />
      </I18nextProvider>,
    );
    await waitFor(() => expect(gridLanguage(container)).toBe('de'));
    await act(() => i18n.changeLanguage('en'));
    await waitFor(() => expect(gridLanguage(container)).toBe('en'));

    act(() => handle?.setBasemap(L.layerGroup()));
    expect(gridLanguage(container)).toBeNull();
    await act(() => i18n.changeLanguage('de'));
    await act(() => i18n.changeLanguage('en'));
    act(() => handle?.setBasemap(null));
    expect(gridLanguage(container)).toBe('en');
    await act(() => i18n.changeLanguage('de'));
    await waitFor(() => expect(gridLanguage(container)).toBe('de'));
  });
});
