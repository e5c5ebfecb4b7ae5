// The map's changes between two versions of the plan, in words (Revisionen).
import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanSnapshot } from '@shared/domain';
import { describeMapChanges, type MapChange } from '@shared/maps/map-diff';

function useMapChangeText(): (c: MapChange) => string {
  const { t, i18n } = useTranslation('workspace');
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (c) => {
    const kind = t(`map.kinds.${c.kind}`);
    const name = c.label || kind;
    switch (c.type) {
      case 'added':
      case 'removed':
      case 'noteChanged':
        return t(`map.changes.${c.type}`, { kind, name });
      case 'moved':
        return t('map.changes.moved', {
          name,
          distance: c.meters >= 1000 ? `${number.format(c.meters / 1000)} km` : `${c.meters} m`,
          direction: t(`map.directions.${c.direction}`),
        });
      case 'reshaped':
        return t(c.kind === 'route' ? 'map.changes.reshapedRoute' : 'map.changes.reshaped', {
          name,
          before: c.pointsBefore,
          after: c.pointsAfter,
        });
      case 'relabelled':
        return t('map.changes.relabelled', { kind, before: c.before || kind, name });
      case 'retyped':
        return t('map.changes.retyped', { name, kind, before: t(`map.kinds.${c.before}`) });
    }
  };
}

/** What changed on the map from `before` to `after`, or nothing when the map is the same. */
export function MapChangeLines({ before, after }: { before: PlanSnapshot; after: PlanSnapshot }) {
  const { t } = useTranslation('workspace');
  const text = useMapChangeText();
  const changes = describeMapChanges(before.operation.map?.features, after.operation.map?.features);
  if (changes.length === 0) return null;
  return (
    <div data-testid="revision-map-changes">
      <Text size="sm" fw={600}>
        {t('map.changes.title')}
      </Text>
      <List size="sm">
        {changes.map((c, i) => (
          <List.Item key={`${c.id}-${c.type}-${i}`}>{text(c)}</List.Item>
        ))}
      </List>
    </div>
  );
}
