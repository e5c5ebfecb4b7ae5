// A small map in Einstellungen › Karte showing the chosen basemap over the demo area (Essen), or
// the area of the installed file, so the user sees at once what every map will draw.
import { Box } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { L, useLeafletMap, useMapBasemap } from '../../map';

/** The demo plan's area: where the first map shows something sensible. */
const DEMO_CENTER: [number, number] = [51.455, 7.015];

export function BasemapPreview() {
  const { t } = useTranslation('settings');
  const container = useRef<HTMLDivElement>(null);
  const handle = useLeafletMap(container, { center: DEMO_CENTER, zoom: 13 });
  // The panel itself explains how to add a basemap.
  const state = useMapBasemap(handle, { hint: false });
  const file = state?.settings.source === 'file' ? state.file : null;

  useEffect(() => {
    if (!handle || !file) return;
    const [west, south, east, north] = file.bounds;
    const bounds = L.latLngBounds([south, west], [north, east]);
    // Stay on the demo area when the file covers it; otherwise show the file's own area.
    if (!bounds.contains(handle.map.getCenter())) handle.map.fitBounds(bounds);
  }, [handle, file]);

  return (
    <Box
      ref={container}
      h={320}
      role="region"
      aria-label={t('map.preview')}
      data-testid="basemap-preview"
      data-basemap={state?.settings.source ?? 'loading'}
      style={{ borderRadius: 4, overflow: 'hidden' }}
    />
  );
}
