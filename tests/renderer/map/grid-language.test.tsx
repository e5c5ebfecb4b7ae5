// The neutral grid follows a language switch while the map stays open, and a grid that comes
// back after a basemap starts in the current language. (What the labels read in each language is
// degree-label.test.ts; the drawing itself needs Chromium's canvas: tests/e2e/map-filters.spec.ts.)
import { act, render, waitFor } from '@testing-library/react';
import { useEffect, useRef } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { L } from '../../../src/renderer/map/leaflet-setup';
import { useLeafletMap, type LeafletMapHandle } from '../../../src/renderer/map/useLeafletMap';
import { germanBetweenTests } from '../support/language';

const i18n = germanBetweenTests();

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
      <I18nextProvider i18n={i18n.current}>
        <MapProbe />
      </I18nextProvider>,
    );
    await waitFor(() => expect(gridLanguage(container)).toBe('de'));
    await act(() => i18n.current.changeLanguage('en'));
    await waitFor(() => expect(gridLanguage(container)).toBe('en'));

    act(() => handle?.setBasemap(L.layerGroup()));
    expect(gridLanguage(container)).toBeNull();
    await act(() => i18n.current.changeLanguage('de'));
    await act(() => i18n.current.changeLanguage('en'));
    act(() => handle?.setBasemap(null));
    expect(gridLanguage(container)).toBe('en');
    await act(() => i18n.current.changeLanguage('de'));
    await waitFor(() => expect(gridLanguage(container)).toBe('de'));
  });
});
