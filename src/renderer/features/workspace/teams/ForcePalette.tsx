// The agencies' people still to place: drag one onto a team to add a person of that agency.
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconGripVertical } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { placementOf } from '@shared/roster';
import { useWorkspace } from '../core/context';
import { assignedOf, DRAG_TYPE, placeable } from './team-members';

export function ForcePalette() {
  const { t } = useTranslation('roster');
  const { plan, agencies } = useWorkspace();
  // By name, so a chip does not move while people are placed.
  const items = placeable(plan)
    .map((p) => ({ p, a: agencies.get(p.agencyId) }))
    .sort((x, y) =>
      (x.a?.shortName || x.a?.name || '').localeCompare(y.a?.shortName || y.a?.name || '', 'de'),
    );
  return (
    <Paper
      withBorder
      p="sm"
      w={280}
      data-testid="force-palette"
      // Scrolls on its own: reachable by keyboard so its list can be scrolled without a mouse.
      tabIndex={0}
      role="region"
      aria-labelledby="force-palette-title"
      // Sticky and scrolling on its own, so a chip stays under the pointer while the teams scroll.
      style={{
        position: 'sticky',
        top: 60,
        maxHeight: 'calc(100dvh - 80px)',
        overflowY: 'auto',
      }}
    >
      <Title order={2} size="h5" mb={4} id="force-palette-title">
        {t('teams.palette')}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {t('teams.paletteHint')}
      </Text>
      <Stack gap={6}>
        {items.map(({ p, a }) => {
          const count = placementOf(p, assignedOf(plan, p.id));
          const free = count.free;
          return (
            <Paper
              key={p.id}
              withBorder
              p={6}
              draggable
              onDragStart={(e) => {
                e.dataTransfer.setData(DRAG_TYPE, p.id);
                e.dataTransfer.effectAllowed = 'copy';
              }}
              style={{ cursor: 'grab' }}
              data-testid="palette-item"
              data-agency={a?.name}
            >
              <Group gap={4} wrap="nowrap" justify="space-between">
                <Group gap={4} wrap="nowrap" miw={0}>
                  <IconGripVertical size={14} aria-hidden style={{ flexShrink: 0 }} />
                  {/* Long one-word names (Lebensmittelüberwachung) break rather than push the badge out. */}
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {a?.shortName || a?.name}
                  </Text>
                </Group>
                <Badge
                  size="sm"
                  variant="light"
                  color={free < 0 ? 'red' : free === 0 ? 'gray' : 'blue'}
                >
                  {free < 0 ? t('teams.tooMany', { count: -free }) : t('teams.available', { free })}
                </Badge>
              </Group>
              {/* Asked for and answered apart: an open request is no promise of people. */}
              <Text
                size="xs"
                c={count.confirmed < count.requested ? 'red.9' : 'dimmed'}
                data-testid="palette-strength"
              >
                {t('teams.strength', { requested: count.requested, confirmed: count.confirmed })}
              </Text>
            </Paper>
          );
        })}
      </Stack>
    </Paper>
  );
}
