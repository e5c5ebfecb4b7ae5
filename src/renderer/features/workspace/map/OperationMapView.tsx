// Karte (operation map): the plan's targets numbered as in the plan with their team, the places
// every joint operation needs, cordons and approach routes, drawn on the map and listed beside
// it. The list is the map's text alternative and the keyboard route to every item; drawing a
// new shape needs the mouse. Read-only once the plan is approved.
import { Button, Grid, Group, Paper, ScrollArea, Select, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { featurePoints, MAP_PLACE_KINDS, type MapPlaceKind } from '@shared/maps/features';
import { L, useLeafletMap, useMapBasemap, useMeasureTool } from '../../../map';
import { useWorkspace } from '../core/context';
import { FeatureCard } from './FeatureCard';
import { OperationMapPrint } from './print/OperationMapPrint';
import { useFeatureLayers, type MapTarget } from './useFeatureLayers';
import { useMapFeatures } from './useMapFeatures';

// Germany as a whole, for a plan with nothing located yet.
const FALLBACK = { center: { lat: 51.16, lng: 10.45 }, zoom: 6 };

function usePlanTargets(): MapTarget[] {
  const { plan, premises, premisesName } = useWorkspace();
  return useMemo(() => {
    const teams = new Map(plan.teams.map((x) => [x.id, x.name]));
    return [...plan.targets]
      .sort((a, b) => a.order - b.order)
      .flatMap((x, i) => {
        const at = premises.get(x.premisesId)?.location;
        if (!at) return [];
        const team = x.teamId ? teams.get(x.teamId) : undefined;
        const name = premisesName(x.premisesId);
        return [{ id: x.id, number: i + 1, label: team ? `${name} – ${team}` : name, at }];
      });
  }, [plan.targets, plan.teams, premises, premisesName]);
}

export function OperationMapView() {
  const { t } = useTranslation('workspace');
  const { draft } = useWorkspace();
  const api = useMapFeatures();
  const targets = usePlanTargets();
  const container = useRef<HTMLDivElement | null>(null);
  const handle = useLeafletMap(container, FALLBACK);
  // The first view shows everything that is located; later changes leave the view alone.
  const fitted = useRef(false);
  useEffect(() => {
    if (!handle || fitted.current) return;
    fitted.current = true;
    const points = [...targets.map((x) => x.at), ...api.features.flatMap(featurePoints)];
    if (points.length === 0) return;
    // Room at the edges for a symbol, clear of the controls: the tool bars down the left side
    // are 44 px wide, the corners' controls (Messen, scale bar, basemap hint) under 48 px high.
    // More height would cost a zoom step on a laptop, where the demo's targets then overlap.
    handle.map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lng])), {
      padding: [64, 48],
      maxZoom: 16,
      animate: false,
    });
  }, [handle, targets, api.features]);
  // The basemap the user chose in Einstellungen (none by default: the neutral grid).
  useMapBasemap(handle);
  useMeasureTool(handle?.map ?? null);
  const [selected, setSelected] = useState<string | null>(null);
  const [newKind, setNewKind] = useState<MapPlaceKind>('staging');
  useFeatureLayers(handle?.map ?? null, api, targets, selected, setSelected);

  const addPlace = () => {
    if (!handle) return;
    const c = handle.map.getCenter();
    const f = api.addPlace(newKind, t(`map.kinds.${newKind}`), { lat: c.lat, lng: c.lng });
    setSelected(f.id);
  };

  return (
    <Grid data-testid="operation-map">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Stack gap="xs">
          <div
            ref={container}
            role="region"
            aria-label={t('map.mapLabel')}
            aria-describedby="operation-map-hint"
            // The map fits below the workspace header on a laptop screen.
            style={{ height: 'max(420px, calc(100vh - 380px))' }}
            data-testid="operation-map-canvas"
          />
          <Text size="xs" c="dimmed" id="operation-map-hint">
            {api.readOnly ? t('map.readOnlyHint') : t('map.hint')}
          </Text>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Paper withBorder p="sm">
          <Stack gap="sm">
            <Title order={2} size="h4" id="operation-map-list">
              {t('map.listTitle')}
            </Title>
            {!api.readOnly && (
              <Group align="end" gap="xs" wrap="nowrap">
                <Select
                  label={t('map.newPlace')}
                  data={MAP_PLACE_KINDS.map((k) => ({ value: k, label: t(`map.kinds.${k}`) }))}
                  value={newKind}
                  allowDeselect={false}
                  onChange={(v) => {
                    const kind = MAP_PLACE_KINDS.find((k) => k === v);
                    if (kind) setNewKind(kind);
                  }}
                  data-testid="map-new-kind"
                  style={{ flex: 1 }}
                />
                <Button onClick={addPlace} disabled={!handle} data-testid="map-add-place">
                  {t('map.addPlace')}
                </Button>
              </Group>
            )}
            {!api.readOnly && (
              <Button
                variant="default"
                size="xs"
                disabled={!api.canUndo}
                onClick={api.undo}
                data-testid="map-undo"
              >
                {t('map.undo')}
              </Button>
            )}
            <OperationMapPrint targets={targets} features={api.features} />
            <ScrollArea.Autosize mah="60vh" type="auto">
              <Stack gap="xs" aria-labelledby="operation-map-list" role="list">
                {api.features.length === 0 && (
                  <Text size="sm" c="dimmed">
                    {t('map.empty')}
                  </Text>
                )}
                {api.features.map((f, i) => (
                  <div role="listitem" key={f.id}>
                    <FeatureCard
                      feature={f}
                      index={i}
                      readOnly={api.readOnly}
                      selected={f.id === selected}
                      onSelect={setSelected}
                      onChange={api.update}
                      onRemove={api.remove}
                      onFlush={() => void draft.flush()}
                    />
                  </div>
                ))}
              </Stack>
            </ScrollArea.Autosize>
            <Title order={3} size="h5">
              {t('map.targetsTitle')}
            </Title>
            {targets.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('map.noTargets')}
              </Text>
            ) : (
              <Stack
                gap={2}
                component="ul"
                style={{ margin: 0, padding: 0, listStyle: 'none' }}
                data-testid="map-targets"
              >
                {targets.map((x) => (
                  <Text component="li" size="sm" key={x.id}>
                    {t('map.targetEntry', { number: x.number, label: x.label })}
                  </Text>
                ))}
              </Stack>
            )}
          </Stack>
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
