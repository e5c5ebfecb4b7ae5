// The lead's side: per agency of a plan — sent, answered, overdue, reminder — send all open
// requests at once (one file per agency), an update or a cancellation after a change, and
// import answers (many files at once) for review.
import {
  Alert,
  Badge,
  Button,
  FileButton,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONFIRMATION_STATUS_LABELS } from '@shared/catalog';
import { MAX_PACKAGE_BYTES, requestStates, type RequestState } from '@shared/exchange';
import type { Participation } from '@shared/domain';
import { useHost } from '../../host';
import { useReadModel } from '../../data/read-model/useReadModel';
import type { ReadModelSnapshot } from '../../data/read-model/read-model';
import { notifyError, notifySuccess } from '../../ui/notify';
import { useLabel } from '../../ui/useLabel';
import { AnswerReview } from './AnswerReview';
import {
  liaisonKeyOf,
  openParticipations,
  prepareOutgoing,
  reviewAnswers,
  type OutgoingKind,
  type ReviewItem,
} from './lead-flow';
import { PACKAGE_FILTER, saveText } from './save';
import { readFiles, type ExchangeHandle } from './useExchange';
import { usePlan, type PlanData } from './usePlan';

const STATE_COLORS: Record<RequestState, string> = {
  not_sent: 'gray',
  sent: 'blue',
  reminder: 'yellow',
  overdue: 'red',
  answered: 'green',
  cancelled: 'gray',
  outdated: 'orange',
};

const selectOperations = (s: ReadModelSnapshot) => s.tables.operations.rows;

export function LeadPanel({
  handle,
  operationId,
}: {
  handle: ExchangeHandle;
  operationId: string | null;
}) {
  const { t } = useTranslation('exchange');
  const rows = useReadModel(selectOperations);
  const operations = useMemo(
    () =>
      [...rows.values()]
        .filter((o) => !o.deletedAt && !o.template && !o.archivedAt)
        .sort((a, b) => (b.hHour ?? '').localeCompare(a.hHour ?? '')),
    [rows],
  );
  const [selected, setSelected] = useState<string | null>(operationId);
  const { data, reload } = usePlan(selected);

  if (!handle.state?.identity) {
    return (
      <Alert color="yellow" title={t('lead.noKeyTitle')}>
        {t('lead.noKey')}
      </Alert>
    );
  }
  return (
    <Stack>
      <Select
        label={t('lead.operation')}
        searchable
        maw={480}
        value={selected}
        onChange={setSelected}
        data={operations.map((o) => ({
          value: o.id,
          label: [o.codeName, o.title].filter(Boolean).join(' – '),
        }))}
        data-testid="lead-operation"
      />
      {data && <PlanExchange handle={handle} data={data} onChanged={reload} />}
    </Stack>
  );
}

function PlanExchange({
  handle,
  data,
  onChanged,
}: {
  handle: ExchangeHandle;
  data: PlanData;
  onChanged(): void;
}) {
  const { t } = useTranslation('exchange');
  const label = useLabel();
  const host = useHost();
  const [busy, setBusy] = useState(false);
  const [sentList, setSentList] = useState<
    { agency: string; fileName: string; passphrase: string | null }[]
  >([]);
  const [review, setReview] = useState<ReviewItem[]>([]);
  const state = handle.state;
  const identity = state?.identity;
  const { plan } = data;
  const op = plan.operation;
  const states = useMemo(
    () =>
      state
        ? requestStates(
            op.id,
            op.revision,
            plan.participations.map((p) => p.agencyId),
            state.sent,
            state.imported,
            new Date(),
          )
        : [],
    [state, op, plan.participations],
  );
  const agencyName = (id: string) => data.agencies.find((a) => a.id === id)?.name ?? id;
  // Open and not yet sent (or sent and cancelled): what "send all open requests" sends.
  const open = openParticipations(plan).filter((p) => {
    const st = states.find((x) => x.agencyId === p.agencyId)?.state;
    return st === undefined || st === 'not_sent' || st === 'cancelled';
  });

  const send = async (kind: OutgoingKind, participations: readonly Participation[]) => {
    if (!state || !identity) return;
    setBusy(true);
    try {
      const packages = await prepareOutgoing({
        kind,
        participations,
        ...data,
        identity,
        state,
        now: new Date(),
      });
      const saved = [];
      for (const p of packages) {
        if (await saveText(host, p.fileName, p.data, PACKAGE_FILTER, t('lead.sendTitle')))
          saved.push(p);
      }
      await handle.store.recordSent(saved.map((p) => p.sent));
      await handle.reload();
      setSentList(
        saved.map((p) => ({
          agency: p.agencyName,
          fileName: p.fileName,
          passphrase: p.passphrase,
        })),
      );
      if (saved.length) notifySuccess(t('lead.sent', { count: saved.length }));
    } catch (e) {
      notifyError(t('lead.sendTitle'), e);
    } finally {
      setBusy(false);
    }
  };

  const importFiles = async (files: File[]) => {
    if (!state || files.length === 0) return;
    setBusy(true);
    try {
      setReview(
        await reviewAnswers(await readFiles(files.slice(0, 200), MAX_PACKAGE_BYTES), plan, state),
      );
    } catch (e) {
      notifyError(t('lead.importTitle'), e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack>
      <Paper withBorder p="md">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            {t('lead.overview', { codeName: op.codeName, revision: op.revision })}
          </Title>
          <Group>
            <Button
              onClick={() => void send('request', open)}
              disabled={open.length === 0}
              loading={busy}
              data-testid="lead-send-all"
            >
              {t('lead.sendAll', { count: open.length })}
            </Button>
            <FileButton multiple accept=".asc,.pgp,.gpg" onChange={(f) => void importFiles(f)}>
              {(props) => (
                <Button variant="default" {...props} loading={busy} data-testid="lead-import">
                  {t('lead.import')}
                </Button>
              )}
            </FileButton>
          </Group>
        </Group>
        <Table.ScrollContainer minWidth={760}>
          <Table data-testid="lead-overview">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('lead.agency')}</Table.Th>
                <Table.Th>{t('lead.confirmation')}</Table.Th>
                <Table.Th>{t('lead.requestState')}</Table.Th>
                <Table.Th>{t('lead.channel')}</Table.Th>
                <Table.Th>{t('trust.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.participations.map((p) => {
                const s = states.find((x) => x.agencyId === p.agencyId);
                const key = state ? liaisonKeyOf(state.trusted, p.agencyId) : null;
                const sentOpen = s?.sent && !s.sent.cancelled;
                return (
                  <Table.Tr key={p.id} data-testid="lead-row" data-agency={agencyName(p.agencyId)}>
                    <Table.Td>{agencyName(p.agencyId)}</Table.Td>
                    <Table.Td data-testid="lead-row-confirmation">
                      {label(CONFIRMATION_STATUS_LABELS[p.confirmation.status])}
                      {p.confirmation.confirmedStrength !== null &&
                        ` · ${p.confirmation.confirmedStrength}`}
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        variant="light"
                        color={STATE_COLORS[s?.state ?? 'not_sent']}
                        data-testid="lead-row-state"
                      >
                        {t(`states.${s?.state ?? 'not_sent'}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs">
                        {key ? t('lead.toKey', { name: key.name }) : t('lead.toPassphrase')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {sentOpen && (
                        <Group gap="xs">
                          {s.state === 'outdated' && (
                            <Button size="xs" onClick={() => void send('update', [p])}>
                              {t('lead.sendUpdate')}
                            </Button>
                          )}
                          {s.state !== 'answered' && (
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              onClick={() => void send('cancellation', [p])}
                            >
                              {t('lead.sendCancellation')}
                            </Button>
                          )}
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {sentList.length > 0 && (
        <Alert
          color="blue"
          title={t('lead.sentTitle')}
          withCloseButton
          onClose={() => setSentList([])}
          data-testid="lead-sent"
        >
          {sentList.some((x) => x.passphrase) && (
            <Text size="sm" mb="xs">
              {t('lead.passphrasesHint')}
            </Text>
          )}
          <Table>
            <Table.Tbody>
              {sentList.map((x) => (
                <Table.Tr key={x.fileName} data-testid="lead-sent-row" data-agency={x.agency}>
                  <Table.Td>{x.agency}</Table.Td>
                  <Table.Td data-testid="lead-sent-file">{x.fileName}</Table.Td>
                  <Table.Td>
                    {x.passphrase ? <code>{x.passphrase}</code> : t('lead.sealedToKey')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Alert>
      )}
      {review.length > 0 && (
        <AnswerReview
          handle={handle}
          items={review}
          agencyName={agencyName}
          onDone={() => {
            setReview([]);
            onChanged();
          }}
        />
      )}
    </Stack>
  );
}
