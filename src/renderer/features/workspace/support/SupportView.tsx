// Einsatzunterstützung: assembly point, staging area, vehicles, equipment, interpreters,
// medical, catering and routes.
import { Paper, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../core/context';
import { ProseField } from '../core/fields';
import { setPartField } from '../core/lenses';
import { PlaceFields } from '../core/PlaceFields';

const PROSE = ['vehicles', 'equipment', 'interpreters', 'medical', 'catering', 'routes'] as const;

export function SupportView() {
  const { t } = useTranslation('workspace');
  const { draft } = useWorkspace();
  return (
    <Stack maw={960}>
      <PlaceFields
        title={t('support.assemblyPoint')}
        placeRef={{ part: 'support', key: 'assemblyPoint' }}
      />
      <PlaceFields
        title={t('support.stagingArea')}
        placeRef={{ part: 'support', key: 'stagingArea' }}
      />
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {PROSE.map((key) => (
            <ProseField
              key={key}
              draft={draft}
              field={`support.${key}`}
              label={t(`support.${key}`)}
              minRows={2}
              get={(o) => o.framework.support[key]}
              set={(v) => setPartField('support', key, v)}
              data-testid={`field-support-${key}`}
            />
          ))}
        </SimpleGrid>
      </Paper>
    </Stack>
  );
}
