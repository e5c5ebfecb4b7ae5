// Adds the measure tool to a map for the life of the map, in the interface language. The tool is
// made once per map: re-creating it when the translation function changes identity (it does,
// when i18next loads another namespace) would switch off a measurement the user just started.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { L } from '../leaflet-setup';
import { addMeasureTool, type MeasureLabels, type MeasureTool } from './measure-control';

export function useMeasureTool(map: L.Map | null): void {
  const { t, i18n } = useTranslation('map');
  const lang: 'de' | 'en' = i18n.language.startsWith('en') ? 'en' : 'de';
  const labels: MeasureLabels = {
    start: t('measure.start'),
    stop: t('measure.stop'),
    clear: t('measure.clear'),
    hint: t('measure.hint'),
    distance: t('measure.distance'),
    area: t('measure.area'),
  };
  const key = JSON.stringify(labels);
  const tool = useRef<MeasureTool | null>(null);
  const latest = useRef({ labels, lang });
  useEffect(() => {
    latest.current = { labels: JSON.parse(key) as MeasureLabels, lang };
    tool.current?.setLabels(latest.current.labels, lang);
  }, [key, lang]);
  useEffect(() => {
    if (!map) return;
    const made = addMeasureTool(map, latest.current.labels, latest.current.lang);
    tool.current = made;
    return () => {
      made.remove();
      tool.current = null;
    };
  }, [map]);
}
