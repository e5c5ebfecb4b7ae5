// Status actions: the lifecycle's allowed next steps, each confirmed; before "Zur Freigabe" and
// "Freigeben" the readiness check warns (it never blocks).
import { Alert, Button, Group, List, Menu, Stack, Text } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OPERATION_STATUS_LABELS } from '@shared/catalog';
import { allowedTransitions, type OperationStatus, type ReadinessIssue } from '@shared/domain';
import { useRepos } from '../../../data/session';
import { AppModal } from '../../../ui/AppModal';
import { errorMessage } from '../../../ui/errors';
import { notifySuccess } from '../../../ui/notify';
import { useLabel } from '../../../ui/useLabel';
import { useWorkspace } from '../core/context';
import { ReadinessMessage } from '../core/ReadinessMessage';

export function StatusMenu({ issues }: { issues: readonly ReadinessIssue[] }) {
  const { t } = useTranslation('workspace');
  const label = useLabel();
  const repos = useRepos();
  const { draft } = useWorkspace();
  const [target, setTarget] = useState<OperationStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const op = draft.operation;
  if (!op) return null;
  const next = allowedTransitions(op.status);
  if (next.length === 0) return null;

  const warnReadiness = target === 'in_review' || target === 'approved';
  const confirm = async () => {
    if (!target) return;
    setBusy(true);
    setError(null);
    try {
      await draft.flush();
      if (target === 'approved' && (await repos.settings.get()).userName.trim() === '') {
        setError(t('status.nameMissing'));
        return;
      }
      await repos.operations.transition(op.id, target);
      notifySuccess(t('status.changed', { status: label(OPERATION_STATUS_LABELS[target]) }));
      setTarget(null);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button rightSection={<IconChevronDown size={14} />} size="sm" data-testid="status-menu">
            {t('status.actions')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {next.map((s) => (
            <Menu.Item
              key={s}
              onClick={() => setTarget(s)}
              color={s === 'cancelled' ? 'red' : undefined}
              data-testid={`status-to-${s}`}
            >
              {t(`status.to.${s}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <AppModal
        opened={target !== null}
        onClose={() => {
          setTarget(null);
          setError(null);
        }}
        title={
          target ? t('status.confirmTitle', { status: label(OPERATION_STATUS_LABELS[target]) }) : ''
        }
        size="lg"
      >
        <Stack>
          {op.status === 'approved' && target === 'planning' && (
            <Text size="sm">
              {t('status.confirmRevision', { revision: op.revision, next: op.revision + 1 })}
            </Text>
          )}
          {target === 'approved' && <Text size="sm">{t('status.confirmApprove')}</Text>}
          {target === 'cancelled' && <Text size="sm">{t('status.confirmCancel')}</Text>}
          {warnReadiness &&
            (issues.length === 0 ? (
              <Alert color="green" variant="light">
                {t('status.readinessOk')}
              </Alert>
            ) : (
              <Alert color="orange" variant="light" data-testid="status-readiness-warning">
                <Text size="sm" mb={4}>
                  {t('status.readinessWarning', { count: issues.length })}
                </Text>
                <List size="sm" spacing={2}>
                  {issues.slice(0, 8).map((i, n) => (
                    <List.Item key={`${i.code}-${i.subjectId ?? n}`}>
                      <ReadinessMessage issue={i} />
                    </List.Item>
                  ))}
                  {issues.length > 8 && <List.Item>…</List.Item>}
                </List>
              </Alert>
            ))}
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            {/* "Abbrechen" would read as "cancel the operation" in the Absagen dialog. */}
            <Button variant="default" onClick={() => setTarget(null)}>
              {t('actions.back', { ns: 'common' })}
            </Button>
            <Button
              onClick={() => void confirm()}
              loading={busy}
              color={target === 'cancelled' ? 'red' : undefined}
              data-testid="status-confirm"
            >
              {warnReadiness && issues.length > 0
                ? t('status.proceedAnyway')
                : target
                  ? t(`status.to.${target}`)
                  : t('status.confirm')}
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </>
  );
}
