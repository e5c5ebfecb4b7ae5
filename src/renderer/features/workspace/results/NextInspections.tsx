// When each premises should be inspected next: stored with the results and written back to the
// premises in the same transaction, so the registry and the map's "kontrolliert" view know it.
import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OperationResults } from '@shared/results';
import { useRepos } from '../../../data/session';
import { DateTimeField } from '../../../ui/DateTimeField';
import { notifyError } from '../../../ui/notify';
import { useWorkspace } from '../core/context';

export function NextInspections({
  results,
  readOnly = false,
}: {
  results: OperationResults;
  readOnly?: boolean;
}) {
  const { t } = useTranslation('results');
  const repos = useRepos();
  const { plan, premisesName } = useWorkspace();
  const targets = [...plan.targets].sort((a, b) => a.order - b.order);
  const atOf = (targetId: string) =>
    results.nextInspections.find((n) => n.targetId === targetId)?.at ?? null;
  return (
    <Stack gap="xs" data-testid="results-next-inspections">
      <Title order={3} size="h4">
        {t('nextInspection.title')}
      </Title>
      <Text size="sm" c="dimmed" maw={760}>
        {t('nextInspection.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} maw={900}>
        {targets.map((target) => (
          <DateTimeField
            key={target.id}
            label={[target.label, premisesName(target.premisesId)].filter(Boolean).join(': ')}
            value={atOf(target.id)}
            readOnly={readOnly}
            onChange={(at) =>
              void repos.results
                .setNextInspection(plan.operation.id, target.id, at)
                .catch((e: unknown) => notifyError(t('nextInspection.error'), e))
            }
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
