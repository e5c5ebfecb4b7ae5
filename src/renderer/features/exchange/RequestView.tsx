// A received request, read-only: what is asked of the agency, when and where, whom to call.
import { Badge, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PARTICIPATION_ROLE_LABELS } from '@shared/catalog';
import type { RequestPayload } from '@shared/exchange';
import { formatDateTime } from '../../ui/format';
import { useLabel } from '../../ui/useLabel';

function Row({ label, value }: { label: string; value: string }) {
  return (
    <>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {value || '–'}
      </Text>
    </>
  );
}

export function RequestView({ payload }: { payload: RequestPayload }) {
  const { t, i18n } = useTranslation('exchange');
  const label = useLabel();
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '');
  return (
    <Stack gap="xs" data-testid="request-view">
      <Text fw={700}>
        {payload.operation.codeName} · {payload.agency.name}
        {payload.operation.exercise && (
          <Badge ml="xs" color="grape" variant="light">
            {t('request.exercise')}
          </Badge>
        )}
      </Text>
      <SimpleGrid
        cols={{ base: 1, sm: 2 }}
        spacing={4}
        verticalSpacing={4}
        style={{ gridTemplateColumns: 'max-content 1fr' }}
      >
        <Row label={t('request.role')} value={label(PARTICIPATION_ROLE_LABELS[payload.role])} />
        <Row label={t('request.tasks')} value={payload.tasks} />
        <Row label={t('request.strength')} value={String(payload.requestedStrength)} />
        <Row
          label={t('request.vehicles')}
          value={payload.vehicles.map((v) => `${v.count}× ${v.kind}`).join(', ')}
        />
        <Row label={t('request.hHour')} value={when(payload.hHour)} />
        <Row
          label={t('request.window')}
          value={
            payload.timeWindow
              ? `${when(payload.timeWindow.start)} – ${when(payload.timeWindow.end)}`
              : ''
          }
        />
        <Row
          label={t('request.briefing')}
          value={[when(payload.briefing.at), payload.briefing.place].filter(Boolean).join(', ')}
        />
        <Row
          label={t('request.lead')}
          value={[payload.lead.name, payload.lead.function, payload.lead.agency, payload.lead.phone]
            .filter(Boolean)
            .join(', ')}
        />
        <Row label={t('request.deadline')} value={when(payload.deadline)} />
      </SimpleGrid>
      <Text size="sm" fw={600}>
        {t('request.targets', { count: payload.targets.length })}
      </Text>
      {!payload.targetsReleased && (
        <Text size="xs" c="dimmed">
          {t('request.targetsNotReleased')}
        </Text>
      )}
      <List size="sm">
        {payload.targets.map((x, i) => (
          <List.Item key={i}>{[x.label, x.address].filter(Boolean).join(', ')}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
