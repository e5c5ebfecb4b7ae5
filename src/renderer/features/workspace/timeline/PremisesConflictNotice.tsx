// Bereitschaft: other plans that visit one of this plan's premises within the flagged days (an
// inspection was just done there, or one is already planned). Read across plans from the read
// model; nothing is decrypted here.
import { Alert, List } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_PREMISES_DAYS,
  findPremisesConflicts,
  premisesConflictsOf,
} from '@shared/calendar';
import type { ReadModelSnapshot } from '../../../data/read-model/read-model';
import { useReadModel } from '../../../data/read-model/useReadModel';
import { useWorkspace } from '../core/context';

const selectOperations = ({ tables }: ReadModelSnapshot) =>
  tables.operations.ready ? tables.operations : undefined;
const selectTargets = ({ tables }: ReadModelSnapshot) =>
  tables.targets.ready ? tables.targets : undefined;

export function PremisesConflictNotice() {
  const { t } = useTranslation('calendar');
  const { plan, premisesName } = useWorkspace();
  const operations = useReadModel(selectOperations);
  const targets = useReadModel(selectTargets);
  const id = plan.operation.id;
  const mine = useMemo(() => {
    if (!operations || !targets) return [];
    return premisesConflictsOf(
      id,
      findPremisesConflicts(operations.rows.values(), targets.rows.values()),
    );
  }, [operations, targets, id]);
  if (mine.length === 0) return null;
  return (
    <Alert
      color="orange"
      mt="md"
      title={t('conflicts.title', { days: DEFAULT_PREMISES_DAYS })}
      data-testid="premises-conflicts"
    >
      <List size="sm">
        {mine.map((c) => (
          <List.Item key={`${c.otherId}|${c.premisesId}`}>
            {t('conflicts.item', {
              premises: premisesName(c.premisesId),
              operation: operations?.rows.get(c.otherId)?.codeName ?? c.otherId,
              count: c.daysApart,
            })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
