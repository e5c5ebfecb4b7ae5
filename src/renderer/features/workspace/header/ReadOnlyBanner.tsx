// Explains why the plan cannot be edited and, for an approved plan, offers the new revision.
import { Alert, Button } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OPERATION_STATUS_LABELS } from '@shared/catalog';
import { useRepos } from '../../../data/session';
import { notifyError } from '../../../ui/notify';
import { useLabel } from '../../../ui/useLabel';
import { useWorkspace } from '../core/context';
import { ApprovalNote } from '../core/ApprovalNote';
import { RightsNote } from '../core/RightsNote';

export function ReadOnlyBanner() {
  const { t } = useTranslation('workspace');
  const label = useLabel();
  const repos = useRepos();
  const { draft } = useWorkspace();
  const [busy, setBusy] = useState(false);
  const op = draft.operation;
  if (!op || !draft.readOnly) return null;
  // Editable by status, read-only by the member's sharing rights: say so instead.
  if (!draft.locked) return <RightsNote />;
  const approved = op.status === 'approved';
  return (
    <Alert color={approved ? 'green' : 'gray'} icon={<IconLock />} data-testid="read-only-banner">
      {approved
        ? t('readOnly.approved')
        : t('readOnly.locked', { status: label(OPERATION_STATUS_LABELS[op.status]) })}
      {op.approval && <ApprovalNote approval={op.approval} />}
      {approved && (
        <Button
          mt="xs"
          size="xs"
          variant="light"
          loading={busy}
          data-testid="start-revision"
          onClick={() => {
            setBusy(true);
            repos.operations
              .transition(op.id, 'planning')
              .catch((e: unknown) => notifyError(t('readOnly.startRevision'), e))
              .finally(() => setBusy(false));
          }}
        >
          {t('readOnly.startRevision')}
        </Button>
      )}
    </Alert>
  );
}
