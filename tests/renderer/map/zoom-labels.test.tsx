// Review finding 12: the map's zoom buttons are named in the UI language, not Leaflet's English,
// and follow a language switch.
import { act, render, waitFor } from '@testing-library/react';
import { useRef } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { useLeafletMap } from '../../../src/renderer/map/useLeafletMap';
import { germanBetweenTests } from '../support/language';

const i18n = germanBetweenTests();

function MapProbe() {
  const ref = useRef<HTMLDivElement>(null);
  useLeafletMap(ref, { center: [51.45, 7.01], zoom: 12 });
  return <div ref={ref} style={{ width: 400, height: 300 }} />;
}

const names = (root: HTMLElement) =>
  ['in', 'out'].map((d) => {
    const b = root.querySelector(`.leaflet-control-zoom-${d}`);
    return [b?.getAttribute('aria-label'), b?.getAttribute('title')];
  });

describe('map zoom control', () => {
  it('is named in German, then in English after a switch', async () => {
    const { container } = render(
      <I18nextProvider i18n={i18n.current}>
        <MapProbe />
      </I18nextProvider>,
    );
    await waitFor(() =>
      expect(names(container)).toEqual([
        ['Vergrößern', 'Vergrößern'],
        ['Verkleinern', 'Verkleinern'],
      ]),
    );
    await act(() => i18n.current.changeLanguage('en'));
    await waitFor(() =>
      expect(names(container)).toEqual([
        ['Zoom in', 'Zoom in'],
        ['Zoom out', 'Zoom out'],
      ]),
    );
  });
});
