// Printing the operation map as A4 or A3 landscape: the map extract at print size with title,
// legend, marking and date on a sheet that only print media shows. The web edition and the
// desktop app both print through the browser's print dialog (which saves PDF too); no host
// offers print-to-PDF yet (HostApi.capabilities.printToPdf), the briefing issue adds it.
import { Button, Group, Select, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { CLASSIFICATION_MARKINGS } from '@shared/catalog/enum-labels';
import { featurePoints, MAP_FEATURE_KINDS, type MapFeature } from '@shared/maps/features';
import { useHost } from '../../../../host';
import {
  boundsOf,
  extractBasemap,
  renderMapExtract,
  type ExtractTarget,
  type ExtractView,
  useBasemapState,
} from '../../../../map';
import { useWorkspace } from '../../core/context';
import { PRINT_SHEET_CSS } from './print-css';

/** The map's box on the sheet in millimetres (landscape, 10 mm margins, room for the text). */
const SHEETS = {
  A4: { page: 'A4 landscape', mm: [277, 158] },
  A3: { page: 'A3 landscape', mm: [400, 238] },
} as const;
type SheetFormat = keyof typeof SHEETS;
const FORMATS: readonly SheetFormat[] = ['A4', 'A3'];
/** Pixels per millimetre: 150 dpi, sharp on paper and quick to draw. */
const PX_PER_MM = 150 / 25.4;

interface Printed {
  url: string;
  view: ExtractView;
  format: SheetFormat;
  at: Date;
}

export function OperationMapPrint({
  targets,
  features,
}: {
  targets: readonly ExtractTarget[];
  features: readonly MapFeature[];
}) {
  const { t, i18n } = useTranslation('map');
  const tw = useTranslation('workspace').t;
  const host = useHost();
  const { state } = useBasemapState();
  const { plan } = useWorkspace();
  const [format, setFormat] = useState<SheetFormat>('A4');
  const [busy, setBusy] = useState(false);
  const [printed, setPrinted] = useState<Printed | null>(null);
  const [error, setError] = useState<string | null>(null);
  const area = boundsOf([...targets.map((x) => x.at), ...features.flatMap(featurePoints)]);
  const marking = CLASSIFICATION_MARKINGS[plan.operation.classification];

  useEffect(
    () => () => {
      if (printed) URL.revokeObjectURL(printed.url);
    },
    [printed],
  );

  const print = async () => {
    if (!area) return;
    setBusy(true);
    setError(null);
    try {
      const [w, h] = SHEETS[format].mm;
      const extract = await renderMapExtract(
        {
          area,
          width: w * PX_PER_MM,
          height: h * PX_PER_MM,
          targets,
          features,
          marking,
          legend: {
            language: i18n.language,
            title: t('extract.legend'),
            target: t('extract.target'),
            kinds: Object.fromEntries(MAP_FEATURE_KINDS.map((k) => [k, tw(`map.kinds.${k}`)])),
          },
        },
        extractBasemap(state, host),
      );
      setPrinted({
        url: URL.createObjectURL(extract.png),
        view: extract.view,
        format,
        at: new Date(),
      });
    } catch (e) {
      setError(t('extract.error', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  const title = t('extract.sheetTitle', {
    name: plan.operation.codeName || plan.operation.title,
  });
  const date = printed
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
        printed.at,
      )
    : '';

  return (
    <>
      <Group align="end" gap="xs" wrap="nowrap">
        <Select
          label={t('extract.format')}
          data={FORMATS.map((k) => ({ value: k, label: t(`extract.formats.${k}`) }))}
          value={format}
          allowDeselect={false}
          onChange={(v) => {
            const next = FORMATS.find((k) => k === v);
            if (next) setFormat(next);
          }}
          data-testid="map-print-format"
          style={{ flex: 1 }}
        />
        <Button
          variant="default"
          onClick={() => void print()}
          loading={busy}
          disabled={!area}
          data-testid="map-print"
        >
          {t('extract.print')}
        </Button>
      </Group>
      {error && (
        <Text size="sm" c="red.9" role="alert">
          {error}
        </Text>
      )}
      {printed &&
        createPortal(
          <div
            className="vp-print-sheet"
            data-testid="map-print-sheet"
            data-format={printed.format}
          >
            <style>{PRINT_SHEET_CSS(SHEETS[printed.format].page)}</style>
            <div className="vp-print-marking">{marking}</div>
            <div className="vp-print-head">
              <h1>{title}</h1>
              <span>{t('extract.asOf', { date })}</span>
            </div>
            <img
              src={printed.url}
              alt={title}
              style={{ width: `${SHEETS[printed.format].mm[0]}mm` }}
              data-testid="map-print-image"
              data-view={JSON.stringify(printed.view)}
              onLoad={() => window.print()}
            />
            <ol className="vp-print-targets">
              {targets.map((x) => (
                <li key={x.number} value={x.number}>
                  {x.label}
                </li>
              ))}
            </ol>
            <div className="vp-print-marking">{marking}</div>
          </div>,
          document.body,
        )}
    </>
  );
}
