// Einsatzunterstützung: assembly point, staging area, vehicles, equipment, interpreters,
// medical, catering and routes.
import { Paper, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProseField } from '../core/fields';
import { PlaceFields } from '../core/PlaceFields';

const PROSE = ['vehicles', 'equipment', 'interpreters', 'medical', 'catering', 'routes'] as const;

export function SupportView() {
  const { t } = useTranslation('workspace');
  return (
    <Stack maw={960}>
      <PlaceFields title={t('support.assemblyPoint')} place="framework.support.assemblyPoint" />
      <PlaceFields title={t('support.stagingArea')} place="framework.support.stagingArea" />
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {PROSE.map((key) => (
            <ProseField
              key={key}
              path={`framework.support.${key}`}
              minRows={2}
              data-testid={`field-support-${key}`}
            />
          ))}
        </SimpleGrid>
      </Paper>
    </Stack>
  );
}
