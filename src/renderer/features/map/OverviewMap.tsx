// Karte's map with its filters, search, legend and text alternative. All premises go into one
// canvas cluster layer (map/cluster); the view and the filters live in the URL.
import { Box, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { memo, startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { instantToWall } from '@shared/time/zoned';
import { L, useLeafletMap, useMapBasemap, useMeasureTool } from '../../map';
import { ClusterCanvasLayer } from '../../map/cluster';
import { useSearchIndex } from '../../search/useSearchIndex';
import { MapFilters } from './MapFilters';
import { buildOverview, CATEGORY_COLORS, type OverviewPoint } from './overview-model';
import { useFilterUrl } from './useFilterUrl';
import { useMapSearchDocs, type OverviewData } from './useOverviewData';
import { hasFilters, readMapUrl } from './view-url';
import { formatAddress, LIST_LIMIT, VisibleList } from './VisibleList';

/** The cooperation's area (Ruhr) when nothing is located yet. */
const DEFAULT_VIEW = { lat: 51.47, lng: 7.2, zoom: 10 };
const FLY_ZOOM = 17;
const SEARCH_RESULTS = 8;
const collator = new Intl.Collator('de');

interface ViewBox {
  south: number;
  west: number;
  north: number;
  east: number;
}

export function OverviewMap({ data }: { data: OverviewData }) {
  const { t } = useTranslation('map');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // The URL's view places the map once; later the map writes the URL, not the other way round.
  const [initialView] = useState(() => readMapUrl(params).view);
  // One writer for filters and view (useFilterUrl says why); its functions are stable, so the
  // layer's effect does not re-run on a move (that removed and re-added the layer — a new
  // canvas, a second redraw and a second list update, B6).
  const { filters, setFilters, resetFilters, setView } = useFilterUrl();
  const container = useRef<HTMLDivElement>(null);
  const start = initialView ?? DEFAULT_VIEW;
  const handle = useLeafletMap(container, { center: [start.lat, start.lng], zoom: start.zoom });
  // The basemap of Einstellungen › Karte; without one the map itself says where to add it.
  useMapBasemap(handle);
  useMeasureTool(handle?.map ?? null);

  // Rebuilt when the filters change, not on every pan (the URL changes then too): the filters
  // keep their identity while only the view in the URL moves, so nothing below re-renders.
  const today = useMemo(() => instantToWall(new Date().toISOString()).date, []);
  const overview = useMemo(
    () =>
      buildOverview(
        data.premises.rows.values(),
        data.targets.rows.values(),
        data.operations.rows,
        filters,
        today,
      ),
    [data, filters, today],
  );

  // The router's navigate keeps its identity, so the layer made once may hold it.
  const open = useCallback(
    (id: string) => navigate(`/premises?open=${encodeURIComponent(id)}`),
    [navigate],
  );
  // The view the text alternative lists. Set as a transition after each redraw: the list and
  // its 50 000-point scan render without holding up the frames of the next pan (B6).
  const [viewBox, setViewBox] = useState<ViewBox | null>(null);
  const [layer] = useState(
    () =>
      new ClusterCanvasLayer({
        onSelect: open,
        emphasisColor: CATEGORY_COLORS.target,
        onRedraw: (map) => {
          const b = map.getBounds();
          const box = {
            south: b.getSouth(),
            west: b.getWest(),
            north: b.getNorth(),
            east: b.getEast(),
          };
          startTransition(() => setViewBox(box));
        },
      }),
  );

  useEffect(() => {
    if (!handle) return;
    const map = handle.map;
    layer.addTo(map);
    // The view goes to the URL (replace: panning is not a history step).
    const keep = () => {
      const c = map.getCenter();
      // A transition: the URL follows the view without an urgent re-render after every move.
      startTransition(() => setView({ lat: c.lat, lng: c.lng, zoom: Math.round(map.getZoom()) }));
    };
    map.on('moveend', keep);
    return () => {
      map.off('moveend', keep);
      layer.remove();
    };
  }, [handle, layer, setView]);

  useEffect(() => {
    layer.setPoints(
      overview.points.map((p) => ({
        id: p.id,
        lat: p.lat,
        lng: p.lng,
        color: CATEGORY_COLORS[p.category],
        label: p.premises.name,
        emphasis: p.category === 'target',
      })),
    );
  }, [layer, overview]);

  // Without a view in the URL the map frames what there is to see, once.
  const framed = useRef(initialView !== null);
  useEffect(() => {
    if (!handle || framed.current || overview.points.length === 0) return;
    framed.current = true;
    const bounds = L.latLngBounds(overview.points.map((p) => [p.lat, p.lng] as [number, number]));
    handle.map.fitBounds(bounds, { padding: [40, 40], maxZoom: 15, animate: false });
  }, [handle, overview]);

  // Name order once per filter change, so a move only filters (no sort per pan).
  const byName = useMemo(
    () => [...overview.points].sort((a, z) => collator.compare(a.premises.name, z.premises.name)),
    [overview],
  );
  const visible = useMemo(() => {
    if (!viewBox) return { shown: [], total: 0 };
    // Plain number comparisons, no LatLng per point; only the rows the list shows are kept.
    const { south, west, north, east } = viewBox;
    const shown: OverviewPoint[] = [];
    let total = 0;
    for (const p of byName) {
      if (p.lat < south || p.lat > north || p.lng < west || p.lng > east) continue;
      total++;
      if (shown.length < LIST_LIMIT) shown.push(p);
    }
    return { shown, total };
  }, [byName, viewBox]);

  const [query, setQuery] = useState('');
  const docs = useMapSearchDocs(data.premises);
  const { hits, pending } = useSearchIndex(docs, query);
  const results = useMemo(() => {
    if (!hits) return [];
    const out: OverviewPoint['premises'][] = [];
    for (const id of hits) {
      const p = data.premises.rows.get(id);
      if (p?.location) out.push(p);
      if (out.length === SEARCH_RESULTS) break;
    }
    return out;
  }, [hits, data.premises]);
  const flyTo = useCallback(
    (lat: number, lng: number) => {
      handle?.map.flyTo([lat, lng], FLY_ZOOM);
      container.current?.focus();
    },
    [handle],
  );
  // Stable, so the list's memoised rows are not re-rendered by a move (B6).
  const showPoint = useCallback((p: OverviewPoint) => flyTo(p.lat, p.lng), [flyTo]);

  return (
    <Stack gap="sm">
      <StableFilters
        filters={filters}
        operations={data.operations.rows}
        onChange={setFilters}
        onReset={resetFilters}
        canReset={hasFilters(filters)}
      />
      <Group gap="md" align="flex-start" wrap="wrap">
        <Box w={{ base: '100%', sm: 360 }}>
          <TextInput
            leftSection={<IconSearch size={16} />}
            label={t('search.label')}
            placeholder={t('search.placeholder')}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            onKeyDown={(e) => {
              const first = results[0]?.location;
              if (e.key === 'Enter' && first) flyTo(first.lat, first.lng);
            }}
            data-testid="map-search"
          />
          {query.trim() !== '' && !pending && results.length === 0 && (
            <Text size="sm" c="dimmed" mt={4}>
              {t('search.none')}
            </Text>
          )}
          {results.length > 0 && (
            <Stack gap={2} mt={4} role="list" aria-label={t('search.results')}>
              {results.map((p) => (
                <Button
                  key={p.id}
                  role="listitem"
                  variant="subtle"
                  size="compact-sm"
                  justify="flex-start"
                  // A long name and address wrap instead of being cut off mid-word.
                  h="auto"
                  py={4}
                  styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
                  onClick={() => p.location && flyTo(p.location.lat, p.location.lng)}
                  data-testid="map-search-result"
                >
                  {p.name} · {formatAddress(p)}
                </Button>
              ))}
            </Stack>
          )}
        </Box>
        <Stack gap={4} style={{ flex: '1 1 320px' }}>
          <Text size="sm" fw={600} data-testid="map-count">
            {t('count', { count: overview.points.length })}
            {overview.unlocated > 0 && ` · ${t('unlocated', { count: overview.unlocated })}`}
          </Text>
          <StableLegend inspectedMonths={filters.inspectedMonths} />
        </Stack>
      </Group>
      <div
        ref={container}
        role="region"
        aria-label={t('mapLabel')}
        aria-describedby="map-list-description"
        data-testid="map-overview"
        style={{ height: 'clamp(360px, 62vh, 760px)', width: '100%' }}
      />
      <VisibleList
        points={visible.shown}
        total={visible.total}
        inspectedMonths={filters.inspectedMonths}
        onOpen={open}
        onShow={showPoint}
      />
    </Stack>
  );
}

function Legend({ inspectedMonths }: { inspectedMonths: number | null }) {
  const { t } = useTranslation('map');
  const items: [string, string][] = [
    [CATEGORY_COLORS.target, t('legend.target')],
    ...(inspectedMonths !== null
      ? [
          [CATEGORY_COLORS.inspected, t('legend.inspected', { count: inspectedMonths })] as [
            string,
            string,
          ],
        ]
      : []),
    [CATEGORY_COLORS.other, t('legend.other')],
  ];
  return (
    <Group gap="md" wrap="wrap" aria-label={t('legend.label')} role="group">
      {items.map(([color, text]) => (
        <Group key={color} gap={6} wrap="nowrap">
          <Box w={12} h={12} style={{ borderRadius: '50%', background: color }} aria-hidden />
          <Text size="xs">{text}</Text>
        </Group>
      ))}
    </Group>
  );
}

// Filters and legend do not change when the map moves: memoised, a pan does not re-render them.
const StableFilters = memo(MapFilters);
const StableLegend = memo(Legend);
