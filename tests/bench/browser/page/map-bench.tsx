// The in-page halves of the map benchmark (B6), built into /bench.js with the other in-page
// benchmarks: Karte's own map component (OverviewMap: filters, search index, text alternative,
// URL state, canvas cluster layer) over 50 000 located premises held in memory as the read
// model holds them, and the bare baseline, a plain Leaflet map filling the window with the same
// canvas cluster layer and the same points (no app around it). Each mounts over the page.
import { MantineProvider } from '@mantine/core';
import i18next from 'i18next';
import leafletCss from 'leaflet/dist/leaflet.css?url';
import { createRoot, type Root } from 'react-dom/client';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import type { Operation, OperationTarget, Premises } from '@shared/domain';
import { createAppTheme, cssVariablesResolver } from '../../../../src/renderer/app/theme';
import { OverviewMap } from '../../../../src/renderer/features/map/OverviewMap';
import { HostContext } from '../../../../src/renderer/host';
import { browserHost } from '../../../../src/renderer/host/browser';
import { initI18n } from '../../../../src/renderer/i18n';
import { L } from '../../../../src/renderer/map';
import { ClusterCanvasLayer } from '../../../../src/renderer/map/cluster';
import { MAP_BENCH_COUNT, mapPremisesDataset } from '../map-dataset';
// The gazetteer and map-extract halves (window.vpGeocodeBench) travel in /bench.js too.
import './map-geocode-bench';

export interface MapBenchApi {
  /** Mounts Karte's map over the page; resolves with the number of premises given to it. */
  mountOverview(n?: number): Promise<number>;
  unmountOverview(): void;
  /** Mounts the bare map over the page; resolves with the number of points on it. */
  mountBareMap(n?: number): Promise<number>;
}

const overlay = (id: string): HTMLDivElement => {
  const el = document.createElement('div');
  el.id = id;
  el.style.cssText = 'position:fixed;inset:0;z-index:10000;background:#fff;overflow:auto';
  document.body.appendChild(el);
  return el;
};

/** Leaflet's stylesheet: this entry has no HTML page that would link the CSS it imports. */
let styled: Promise<void> | null = null;
const leafletStyles = (): Promise<void> =>
  (styled ??= new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = leafletCss;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error('Leaflet-CSS nicht geladen'));
    document.head.appendChild(link);
  }));

const table = <T extends { id: string }>(rows: readonly T[]) => ({
  ready: true,
  rows: new Map(rows.map((r) => [r.id, r])),
});

let overviewRoot: Root | null = null;

const api: MapBenchApi = {
  async mountOverview(n = MAP_BENCH_COUNT) {
    await leafletStyles();
    if (!i18next.isInitialized) await initI18n('de');
    const premises = mapPremisesDataset(n, new Date().toISOString());
    const data = {
      premises: table<Premises>(premises),
      targets: table<OperationTarget>([]),
      operations: table<Operation>([]),
    };
    // A memory router: the map writes its view into this router's URL, not the page's.
    const router = createMemoryRouter([{ path: '*', element: <OverviewMap data={data} /> }], {
      initialEntries: ['/map?c=51.47000,7.20000&z=10'],
    });
    overviewRoot = createRoot(overlay('overview-map'));
    overviewRoot.render(
      <MantineProvider
        theme={createAppTheme({ showPassphrase: '' })}
        cssVariablesResolver={cssVariablesResolver}
      >
        <HostContext.Provider value={browserHost()}>
          <RouterProvider router={router} />
        </HostContext.Provider>
      </MantineProvider>,
    );
    return premises.length;
  },
  unmountOverview() {
    overviewRoot?.unmount();
    overviewRoot = null;
    document.getElementById('overview-map')?.remove();
  },
  async mountBareMap(n = MAP_BENCH_COUNT) {
    await leafletStyles();
    const el = overlay('bare-map');
    const map = L.map(el, { center: [51.47, 7.2], zoom: 10, preferCanvas: true });
    const layer = new ClusterCanvasLayer({ onSelect: () => {} });
    const points = mapPremisesDataset(n, new Date().toISOString()).map((p) => ({
      id: p.id,
      lat: p.location?.lat ?? 0,
      lng: p.location?.lng ?? 0,
      color: '#1971c2',
      label: p.name,
      emphasis: false,
    }));
    layer.setPoints(points);
    layer.addTo(map);
    return points.length;
  },
};

(window as unknown as { vpMapBench: MapBenchApi }).vpMapBench = api;
