// One agency in the operation: its answer at a glance, and on demand everything asked of it.
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Collapse,
  Group,
  Paper,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconFileText, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONFIRMATION_STATUS_LABELS, PARTICIPATION_ROLE_LABELS } from '@shared/catalog';
import { isLateAnswer, mayRecordFact, type Participation } from '@shared/domain';
import { requestSheetModel } from '@shared/documents';
import { confirmedStrengthOf, isOverdue, type Deconfliction } from '@shared/roster';
import { useDataSession } from '../../../data/session';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { formatDateTime } from '../../../ui/format';
import { notifySuccess } from '../../../ui/notify';
import { useLabel } from '../../../ui/useLabel';
import { requestSheetFileName, useSaveDocument } from '../../documents';
import { useWorkspace } from '../core/context';
import { ActualStrengthField } from './ActualStrengthField';
import { ConfirmationModal } from './ConfirmationModal';
import { ParticipationDetails } from './ParticipationDetails';

export const STATUS_COLORS: Record<Participation['confirmation']['status'], string> = {
  requested: 'gray',
  confirmed: 'green',
  partially_confirmed: 'yellow',
  declined: 'red',
  withdrawn: 'dark',
};

interface Props {
  participation: Participation;
  conflicts: Deconfliction[];
  codeName(operationId: string): string;
}

export function ParticipationCard({ participation: p, conflicts, codeName }: Props) {
  const { t, i18n } = useTranslation('roster');
  const label = useLabel();
  const session = useDataSession();
  const { plan, agencies, premises, draft } = useWorkspace();
  const [open, setOpen] = useState(false);
  const [answering, setAnswering] = useState(false);
  const [removing, setRemoving] = useState(false);
  const doc = useSaveDocument(t('forces.requestSheet'));
  const agency = agencies.get(p.agencyId);
  const name = agency?.name ?? '—';
  const op = plan.operation;
  const now = new Date().toISOString();
  const overdue = isOverdue(p.confirmation.status, op.responseDeadline, now);
  // A member of a shared plan with rights for one agency edits only that agency's card.
  const ro = draft.itemReadOnly('participations', p.agencyId);
  // Liaison answers are facts, not plan: they may still be recorded on an approved plan.
  const mayAnswer =
    !ro ||
    (draft.mayChange('participations', p.agencyId) && mayRecordFact(op.status, 'liaison_answer'));

  const printRequest = async () => {
    const settings = await session.repos.settings.get();
    const r = await doc.save(
      () =>
        requestSheetModel(
          {
            plan,
            agencies: [...agencies.values()],
            premises: [...premises.values()],
            issuingOffice: settings.issuingOffice,
            now: new Date().toISOString(),
          },
          p,
        ),
      requestSheetFileName(agency, op),
    );
    if (r.saved) notifySuccess(t('forces.requestSaved', { name: r.fileName }));
  };

  return (
    <Paper
      withBorder
      p="md"
      data-testid="participation-card"
      data-focus-id={p.id}
      data-agency={name}
      id={`participation-${p.id}`}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={2} size="h5">
              {name}
            </Title>
            <Badge variant="outline" radius="sm">
              {label(PARTICIPATION_ROLE_LABELS[p.role])}
            </Badge>
            <Badge
              color={STATUS_COLORS[p.confirmation.status]}
              variant="light"
              data-testid="confirmation-status"
            >
              {label(CONFIRMATION_STATUS_LABELS[p.confirmation.status])}
            </Badge>
            {isLateAnswer(p) && (
              <Badge color="grape" variant="outline" radius="sm" data-testid="late-answer">
                {t('confirmation.late')}
              </Badge>
            )}
          </Group>
          <Text size="sm">
            {p.confirmation.status === 'requested'
              ? t('forces.requestedOnly', { requested: p.requestedStrength })
              : t('forces.confirmed', {
                  confirmed: confirmedStrengthOf(p),
                  requested: p.requestedStrength,
                })}
            {p.liaison.name &&
              ` · ${t('forces.liaison')}: ${p.liaison.name}${p.liaison.phone ? `, ${p.liaison.phone}` : ''}`}
          </Text>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          {mayAnswer && (
            <Button size="xs" onClick={() => setAnswering(true)} data-testid="record-confirmation">
              {t('confirmation.record')}
            </Button>
          )}
          <Button
            size="xs"
            variant="light"
            leftSection={<IconFileText size={14} />}
            loading={doc.busy}
            onClick={() => void printRequest()}
            data-testid="request-sheet"
          >
            {t('forces.requestSheet')}
          </Button>
          <Tooltip label={t('forces.details')}>
            <ActionIcon
              variant="subtle"
              aria-label={t('forces.details')}
              aria-expanded={open}
              onClick={() => setOpen((o) => !o)}
              data-testid="participation-details"
            >
              {open ? <IconChevronUp size={16} /> : <IconChevronDown size={16} />}
            </ActionIcon>
          </Tooltip>
          {!ro && (
            <Tooltip label={t('forces.remove')}>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`${t('forces.remove')}: ${name}`}
                onClick={() => setRemoving(true)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      </Group>
      <ActualStrengthField participation={p} />
      {overdue && op.responseDeadline && (
        <Alert color="red" variant="light" mt="xs" p="xs" data-testid="overdue">
          {t('forces.overdue', { deadline: formatDateTime(op.responseDeadline, i18n.language) })}
        </Alert>
      )}
      {conflicts.map((c) => {
        const other = c.operationIds.find((id) => id !== op.id) ?? '';
        return (
          <Alert
            key={`${c.kind}-${other}`}
            color="orange"
            variant="light"
            mt="xs"
            p="xs"
            data-testid="deconfliction"
          >
            {c.kind === 'agency'
              ? t('forces.conflict', { other: codeName(other) })
              : t('forces.conflictLiaison', { name: c.liaisonName, other: codeName(other) })}
          </Alert>
        );
      })}
      <Collapse expanded={open}>{open && <ParticipationDetails participation={p} />}</Collapse>
      <ConfirmationModal
        participation={answering ? p : null}
        agencyName={name}
        late={draft.locked}
        onClose={() => setAnswering(false)}
      />
      <ConfirmDialog
        opened={removing}
        title={t('forces.remove')}
        message={t('forces.removeConfirm', { name })}
        confirmLabel={t('forces.remove')}
        onClose={() => setRemoving(false)}
        onConfirm={() => session.repos.plan.participations.remove(p.id)}
      />
    </Paper>
  );
}
