// Status actions: the lifecycle's allowed next steps, each confirmed. Before "Zur Freigabe" the
// readiness check warns and the drafter may ask for a second person; "Freigeben" has its own
// dialog where open mandatory items block (ApproveDialog).
import { Alert, Button, Checkbox, Group, List, Menu, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { IconChevronDown } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OPERATION_STATUS_LABELS } from '@shared/catalog';
import { allowedTransitions, type OperationStatus, type ReadinessIssue } from '@shared/domain';
import { TransitionRefusedError } from '../../../data/repositories/operation-lifecycle';
import { useRepos } from '../../../data/session';
import { AppModal } from '../../../ui/AppModal';
import { errorMessage } from '../../../ui/errors';
import { notifySuccess } from '../../../ui/notify';
import { useLabel } from '../../../ui/useLabel';
import { useWorkspace } from '../core/context';
import { ReadinessMessage } from '../core/ReadinessMessage';
import { rightsAllow } from '../core/share-rights';
import { ApproveDialog } from './ApproveDialog';

export function StatusMenu({ issues }: { issues: readonly ReadinessIssue[] }) {
  const { t } = useTranslation('workspace');
  const label = useLabel();
  const repos = useRepos();
  const { draft } = useWorkspace();
  const [target, setTarget] = useState<OperationStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [twoPersons, setTwoPersons] = useState(false);
  const settings = useLiveQuery(() => repos.settings.get(), [repos]);
  const op = draft.operation;
  if (!op) return null;
  // The status is the operation record's, which only a member with `edit` rights may change in
  // a shared operation: the engine would keep anyone else's change back (the parts say why).
  if (!rightsAllow(draft.member, 'operation', null)) return null;
  const next = allowedTransitions(op.status);
  if (next.length === 0) return null;

  const warnReadiness = target === 'in_review';
  const installationTwoPersons = settings?.approvalByTwoPersons === true;
  const confirm = async () => {
    if (!target) return;
    setBusy(true);
    setError(null);
    try {
      await draft.flush();
      await repos.operations.transition(op.id, target, {
        approvalByTwoPersons: installationTwoPersons || twoPersons,
      });
      notifySuccess(t('status.changed', { status: label(OPERATION_STATUS_LABELS[target]) }));
      setTarget(null);
    } catch (e) {
      setError(
        e instanceof TransitionRefusedError ? t(`status.errors.${e.reason}`) : errorMessage(e),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {/* No focus placeholder: a role=menu may hold only menu items (axe aria-required-children). */}
      <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
        <Menu.Target>
          <Button rightSection={<IconChevronDown size={14} />} size="sm" data-testid="status-menu">
            {t('status.actions')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {next.map((s, n) => (
            <Menu.Item
              key={s}
              // Without the placeholder the focus trap starts on the first item (as menus should).
              data-autofocus={n === 0 || undefined}
              onClick={() => {
                setError(null);
                setTarget(s);
              }}
              // Shade 9: the default red is 3.3:1 on white, below the 4.5:1 text needs.
              color={s === 'cancelled' ? 'red.9' : undefined}
              data-testid={`status-to-${s}`}
            >
              {t(`status.to.${s}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <ApproveDialog
        opened={target === 'approved'}
        issues={issues}
        onClose={() => setTarget(null)}
      />
      <AppModal
        opened={target !== null && target !== 'approved'}
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
          {target === 'in_review' && (
            <Checkbox
              label={t('status.twoPersons')}
              description={
                installationTwoPersons
                  ? t('status.twoPersonsInstallation')
                  : t('status.twoPersonsHint')
              }
              checked={installationTwoPersons || twoPersons}
              disabled={installationTwoPersons}
              onChange={(e) => setTwoPersons(e.currentTarget.checked)}
              data-testid="status-two-persons"
            />
          )}
          {error && (
            <Alert color="red" role="alert" data-testid="status-error">
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
