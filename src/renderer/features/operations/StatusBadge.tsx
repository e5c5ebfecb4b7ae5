// Operation status as a coloured badge, and the ÜBUNG marker for exercises.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OPERATION_STATUS_LABELS } from '@shared/catalog';
import type { OperationStatus } from '@shared/domain';
import { useLabel } from '../../ui/useLabel';

const COLORS: Record<OperationStatus, string> = {
  draft: 'gray',
  planning: 'blue',
  in_review: 'orange',
  approved: 'green',
  executed: 'teal',
  followed_up: 'cyan',
  closed: 'dark',
  cancelled: 'red',
};

export function StatusBadge({ status }: { status: OperationStatus }) {
  const label = useLabel();
  return (
    <Badge color={COLORS[status]} variant="light" radius="sm">
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
