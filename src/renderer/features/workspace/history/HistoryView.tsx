// Verlauf: the operation's audit entries — who changed what and when — filterable. Approvals
// show what they recorded (who, revision, open items with reasons); facts recorded after
// approval carry the mark "Nachtrag nach Freigabe".
import {
  Badge,
  Button,
  Center,
  Collapse,
  Group,
  Loader,
  Paper,
  Select,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTION_LABELS, AUDITED_ENTITY_LABELS } from '@shared/catalog';
import {
  approvalSchema,
  AUDITED_ENTITIES,
  LATE_FACT_AUDIT_PREFIX,
  type Approval,
  type AuditEntry,
} from '@shared/domain';
import { useRepos } from '../../../data/session';
import { formatDateTime } from '../../../ui/format';
import { useLabel } from '../../../ui/useLabel';
import { ChangeLines, useChangeText } from '../core/ChangeLines';
import { auditSummary, changeLabel, readableChanges } from '../core/change-format';
import { ApprovalNote } from '../core/ApprovalNote';
import { useWorkspace } from '../core/context';

/** A fact recorded after approval: its summary starts with the mark (post-approval.ts). */
const isLate = (e: AuditEntry) => e.summary.startsWith(LATE_FACT_AUDIT_PREFIX);
const withoutMark = (e: AuditEntry): AuditEntry =>
  isLate(e) ? { ...e, summary: e.summary.slice(LATE_FACT_AUDIT_PREFIX.length) } : e;

/** The approval an `approve` entry recorded (the whole value is one change). */
function recordedApproval(e: AuditEntry): Approval | null {
  if (e.action !== 'approve') return null;
  const change = e.changes.find((c) => c.path === 'approval');
  const parsed = approvalSchema.safeParse(change?.after);
  return parsed.success ? parsed.data : null;
}

export function HistoryView() {
  const { t, i18n } = useTranslation('workspace');
  const change = useChangeText();
  const label = useLabel();
  const repos = useRepos();
  const { plan, agencies, premises } = useWorkspace();
  const entries = useLiveQuery(
    () => repos.audit.forOperation(plan.operation.id),
    [repos, plan.operation.id],
  );
  const [entity, setEntity] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  // What the search looks through, built once per list (not per keystroke): who, what, and
  // each change by its path and by the label it is shown with ("Rückmeldung › Status").
  const targetPremises = useMemo(
    () => new Map(plan.targets.map((x) => [x.id, x.premisesId])),
    [plan.targets],
  );
  // The changes as shown (opened up, without keys and bookkeeping): counted and searched.
  const readable = useMemo(
    () => new Map((entries ?? []).map((e) => [e.id, readableChanges(e.entity, e.changes)])),
    [entries],
  );
  const approvals = useMemo(
    () => new Map((entries ?? []).map((e) => [e.id, recordedApproval(e)])),
    [entries],
  );
  const searchText = useMemo(
    () =>
      new Map(
        (entries ?? []).map((e) => [
          e.id,
          [
            e.actor,
            auditSummary(withoutMark(e), agencies, premises, targetPremises),
            isLate(e) ? t('history.late') : '',
            ...(readable.get(e.id) ?? []).map(
              (c) => `${c.path} ${changeLabel(e.entity, c.path, change.t, change.lang)}`,
            ),
          ]
            .join(' ')
            .toLowerCase(),
        ]),
      ),
    [entries, readable, agencies, premises, targetPremises, change.t, change.lang, t],
  );
  if (!entries) {
    return (
      <Center py="xl" aria-busy="true">
        <Loader aria-label={t('history.loading')} />
      </Center>
    );
  }
  const q = text.trim().toLowerCase();
  const shown = entries.filter(
    (e: AuditEntry) =>
      (!entity || e.entity === entity) && (!q || (searchText.get(e.id) ?? '').includes(q)),
  );
  return (
    <Paper withBorder p="md" data-testid="history">
      <Group mb="sm" align="flex-end">
        <Select
          label={t('history.filterEntity')}
          data={[
            { value: '', label: t('history.all') },
            ...AUDITED_ENTITIES.map((x) => ({ value: x, label: label(AUDITED_ENTITY_LABELS[x]) })),
          ]}
          value={entity ?? ''}
          onChange={(v) => setEntity(v || null)}
          w={220}
        />
        <TextInput
          label={t('history.filterText')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          w={260}
        />
        <Text size="sm" c="dimmed">
          {t('history.count', { count: shown.length })}
        </Text>
      </Group>
      {shown.length === 0 ? (
        <Text c="dimmed">{t('history.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={480} type="native">
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('history.when')}</Table.Th>
                <Table.Th>{t('history.who')}</Table.Th>
                <Table.Th>{t('history.what')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('history.detailsColumn')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((e) => (
                <Fragment key={e.id}>
                  <Table.Tr data-testid="history-row">
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(e.at, i18n.language)}
                    </Table.Td>
                    <Table.Td>{e.actor || t('history.unknownActor')}</Table.Td>
                    <Table.Td>
                      {isLate(e) && (
                        <Badge
                          color="grape"
                          variant="outline"
                          radius="sm"
                          mr={6}
                          data-testid="history-late"
                        >
                          {t('history.late')}
                        </Badge>
                      )}
                      {label(AUDIT_ACTION_LABELS[e.action])} ·{' '}
                      {label(AUDITED_ENTITY_LABELS[e.entity])}:{' '}
                      {auditSummary(withoutMark(e), agencies, premises, targetPremises)}
                      {approvals.get(e.id) && <ApprovalNoteOf approval={approvals.get(e.id)} />}
                    </Table.Td>
                    <Table.Td ta="right">
                      {(readable.get(e.id)?.length ?? 0) > 0 && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => setOpen(open === e.id ? null : e.id)}
                          aria-expanded={open === e.id}
                        >
                          {t('history.details')} ({readable.get(e.id)?.length ?? 0})
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                  {open === e.id && (
                    <Table.Tr>
                      <Table.Td colSpan={4}>
                        <Collapse expanded>
                          <ChangeLines changes={e.changes} entity={e.entity} />
                        </Collapse>
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

function ApprovalNoteOf({ approval }: { approval: Approval | null | undefined }) {
  return approval ? <ApprovalNote approval={approval} /> : null;
}
