// Locating a premises: one field that takes a coordinate in any form the police use (decimal
// degrees, degrees-minutes-seconds, UTM 32N, MGRS), the point shown in all of those forms, and a
// small map where a click or dragging the marker sets the point. The typed lat/lng fields of
// the form stay the keyboard path; this is the same value seen another way.
import { Box, Stack, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAllForms, parseAnyCoordinate, type LatLng } from '@shared/geo';
import { isMeasuring, L, useLeafletMap, useMapBasemap, useMeasureTool } from '../../map';
import { useLang } from '../../ui/useLabel';

/** The cooperation's area (Ruhr) when the premises has no location yet. */
const DEFAULT_CENTER: LatLng = { lat: 51.47, lng: 7.2 };
const LOCATED_ZOOM = 17;
const CLOSE_ZOOM = 16;

interface Props {
  value: LatLng | null;
  onPick(point: LatLng): void;
}

export function LocationPicker({ value, onPick }: Props) {
  const { t } = useTranslation('premises');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const apply = () => {
    if (text.trim() === '') {
      setError(null);
      return;
    }
    const parsed = parseAnyCoordinate(text);
    if (!parsed.ok) {
      setError(tc(`geo.errors.${parsed.error === 'empty' ? 'both' : parsed.error}`));
      return;
    }
    setError(null);
    setText('');
    onPick(parsed.value);
  };

  const forms = value ? formatAllForms(value, lang) : null;
  return (
    <Stack gap="xs" data-testid="premises-locate">
      <TextInput
        label={t('locate.any')}
        description={t('locate.anyHint')}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          // The message goes as soon as the text changes, not on leaving the field: its
          // disappearing then would move the map under a click on it.
          setError(null);
        }}
        onKeyDown={(e) => {
          // Enter takes the coordinate without submitting the whole form.
          if (e.key === 'Enter') {
            e.preventDefault();
            apply();
          }
        }}
        onBlur={apply}
        error={error}
        autoComplete="off"
        maxLength={60}
        data-testid="premises-locate-any"
      />
      {forms && (
        <Table withRowBorders={false} fz="xs" captionSide="top" data-testid="premises-locate-forms">
          <Table.Caption>{t('locate.forms')}</Table.Caption>
          <Table.Tbody>
            {(
              [
                ['decimal', forms.decimal],
                ['dms', forms.dms],
                ['utm32', forms.utm32],
                ['mgrs', forms.mgrs],
              ] as const
            ).map(([key, shown]) => (
              <Table.Tr key={key}>
                <Table.Th w={140}>{t(`locate.form.${key}`)}</Table.Th>
                <Table.Td>
                  <Text size="xs" ff="monospace" data-testid={`premises-locate-${key}`}>
                    {shown}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <PickMap value={value} onPick={onPick} />
    </Stack>
  );
}

function PickMap({ value, onPick }: Props) {
  const { t } = useTranslation('premises');
  const container = useRef<HTMLDivElement>(null);
  const start = value ?? DEFAULT_CENTER;
  const handle = useLeafletMap(container, {
    center: [start.lat, start.lng],
    zoom: value ? LOCATED_ZOOM : 11,
  });
  useMapBasemap(handle, { hint: false });
  useMeasureTool(handle?.map ?? null);
  // The latest callback, so the map's handlers (bound once) never call a stale one.
  const pick = useRef(onPick);
  useEffect(() => {
    pick.current = onPick;
  });
  const marker = useRef<L.Marker | null>(null);

  useEffect(() => {
    if (!handle) return;
    const map = handle.map;
    const onClick = (e: L.LeafletMouseEvent) => {
      if (isMeasuring(map)) return;
      pick.current({ lat: e.latlng.lat, lng: e.latlng.lng });
    };
    map.on('click', onClick);
    return () => {
      map.off('click', onClick);
      marker.current?.remove();
      marker.current = null;
    };
  }, [handle]);

  // The marker follows the value (typed, picked, dragged or found by address).
  useEffect(() => {
    if (!handle) return;
    const map = handle.map;
    if (!value) {
      marker.current?.remove();
      marker.current = null;
      return;
    }
    if (!marker.current) {
      const m = L.marker([value.lat, value.lng], {
        draggable: true,
        keyboard: false,
        title: t('locate.marker'),
      }).addTo(map);
      m.on('dragend', () => {
        const at = m.getLatLng();
        pick.current({ lat: at.lat, lng: at.lng });
      });
      marker.current = m;
    } else {
      marker.current.setLatLng([value.lat, value.lng]);
    }
    // A point set from far out (a first rough click, a found address) brings the map close, so
    // dragging the marker places it on the right building.
    if (!map.getBounds().contains([value.lat, value.lng]) || map.getZoom() < CLOSE_ZOOM) {
      map.setView([value.lat, value.lng], Math.max(map.getZoom(), CLOSE_ZOOM), { animate: false });
    }
  }, [handle, value, t]);

  return (
    <Box>
      <div
        ref={container}
        role="region"
        aria-label={t('locate.mapLabel')}
        data-testid="premises-locate-map"
        style={{ height: 240, width: '100%' }}
      />
      <Text size="xs" c="dimmed" mt={4}>
        {t('locate.mapHint')}
      </Text>
    </Box>
  );
}
