// Bereitschaft: this plan's conflicts with other plans (the same premises within the set days,
// an agency beyond its daily capacity, the same person at the same time), in the words of the
// Kalender's "Konflikte" list. Read across plans from the read model; nothing is decrypted here.
import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReadModelSnapshot } from '../../../data/read-model/read-model';
import { useReadModel } from '../../../data/read-model/useReadModel';
import { useConflicts } from '../../calendar/useConflicts';
import { useConflictText } from '../../calendar/useConflictText';
import { useWorkspace } from '../core/context';

const selectOperations = ({ tables }: ReadModelSnapshot) => tables.operations;

export function ConflictNotice() {
  const { t } = useTranslation('calendar');
  const { plan } = useWorkspace();
  const operations = useReadModel(selectOperations);
  const { byOperation } = useConflicts();
  const text = useConflictText();
  const id = plan.operation.id;
  const mine = byOperation.get(id) ?? [];
  if (mine.length === 0) return null;
  return (
    <Alert color="orange" mt="md" title={t('conflicts.noticeTitle')} data-testid="plan-conflicts">
      <List size="sm">
        {mine.map((c, i) => {
          // A capacity conflict may name several other plans; a pair names one.
          const others = c.operationIds.filter((o) => o !== id);
          return (
            <List.Item key={i} data-kind={c.kind}>
              {t('conflicts.noticeItem', {
                kind: t(`conflicts.kinds.${c.kind}`),
                operation: others.map((o) => operations.rows.get(o)?.codeName ?? o).join(', '),
                text: text(c),
              })}
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
