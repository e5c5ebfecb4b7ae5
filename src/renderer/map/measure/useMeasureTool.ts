// Adds the measure tool to a map for the life of a component, in the interface language.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { L } from '../leaflet-setup';
import { addMeasureTool } from './measure-control';

export function useMeasureTool(map: L.Map | null): void {
  const { t, i18n } = useTranslation('map');
  const lang = i18n.language.startsWith('en') ? 'en' : 'de';
  useEffect(() => {
    if (!map) return;
    const tool = addMeasureTool(
      map,
      {
        start: t('measure.start'),
        stop: t('measure.stop'),
        clear: t('measure.clear'),
        hint: t('measure.hint'),
        distance: t('measure.distance'),
        area: t('measure.area'),
      },
      lang,
    );
    return () => tool.remove();
  }, [map, t, lang]);
}
