// Operation status as a coloured badge, and the ÜBUNG marker for exercises.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OPERATION_STATUS_LABELS } from '@shared/catalog';
import type { OperationStatus } from '@shared/domain';
import { useLabel } from '../../ui/useLabel';
import { OPERATION_STATUS_COLORS } from './status-colors';

export function StatusBadge({ status }: { status: OperationStatus }) {
  const label = useLabel();
  return (
    <Badge color={OPERATION_STATUS_COLORS[status]} variant="light" radius="sm">
      {label(OPERATION_STATUS_LABELS[status])}
    </Badge>
  );
}

export function ExerciseBadge() {
  const { t } = useTranslation('operations');
  return (
    <Badge color="yellow" variant="filled" radius="sm" c="dark" data-testid="exercise-badge">
      {t('exercise')}
    </Badge>
  );
}
