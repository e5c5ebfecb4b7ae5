// Posteingang (liaison): open a package, see who signed it (trusted or not, fingerprint), read the
// request, answer it; requests and answers stay in this vault with their history.
import {
  Alert,
  Badge,
  Button,
  FileButton,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PACKAGE_BYTES, type ExchangeError, type ReceivedRecord } from '@shared/exchange';
import { useHost } from '../../host';
import { formatDateTime } from '../../ui/format';
import { notifyError, notifySuccess } from '../../ui/notify';
import { AnswerForm } from './AnswerForm';
import { ApprovalRequestReview } from './ApprovalRequestReview';
import { FingerprintText } from './FingerprintText';
import { openIncoming, receivedFrom, sealAnswer, storedEnvelope } from './liaison-flow';
import { RequestView } from './RequestView';
import { PACKAGE_FILTER, saveText } from './save';
import { readFiles, type ExchangeHandle } from './useExchange';

export function InboxPanel({ handle }: { handle: ExchangeHandle }) {
  const { t, i18n } = useTranslation('exchange');
  const [passphrase, setPassphrase] = useState('');
  const [pending, setPending] = useState<Uint8Array | null>(null);
  const [error, setError] = useState<ExchangeError | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const state = handle.state;
  if (!state?.identity) {
    return (
      <Alert color="yellow" title={t('lead.noKeyTitle')}>
        {t('inbox.noKey')}
      </Alert>
    );
  }
  // Newest package per request: an update replaces the request shown, a cancellation ends it.
  const latest = new Map<string, ReceivedRecord>();
  for (const r of state.received) latest.set(r.requestId, r);
  const entries = [...latest.values()].reverse();
  const current = entries.find((r) => r.id === selected) ?? null;

  const open = async (data: Uint8Array) => {
    const r = await openIncoming(data, state, passphrase.trim());
    if (!r.ok) {
      setError(r.error);
      if (r.error.code === 'needs_passphrase' || r.error.code === 'wrong_passphrase')
        setPending(data);
      return;
    }
    setError(null);
    setPending(null);
    const record = await handle.store.receive(receivedFrom(r.opened));
    await handle.reload();
    setSelected(record.id);
    notifySuccess(t('inbox.opened'));
  };
  const pick = async (file: File | null) => {
    if (!file) return;
    const [read] = await readFiles([file], MAX_PACKAGE_BYTES);
    if (read) await open(read.data);
  };

  return (
    <Stack>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="xs">
          {t('inbox.title')}
        </Title>
        <Text size="sm" mb="sm">
          {t('inbox.intro')}
        </Text>
        <Group align="flex-end">
          <PasswordInput
            label={t('inbox.passphrase')}
            description={t('inbox.passphraseHint')}
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
            w={320}
            data-testid="inbox-passphrase"
          />
          <FileButton onChange={(f) => void pick(f)} accept=".asc,.pgp,.gpg">
            {(props) => (
              <Button {...props} data-testid="inbox-open">
                {t('inbox.open')}
              </Button>
            )}
          </FileButton>
          {pending && (
            <Button variant="default" onClick={() => void open(pending)} data-testid="inbox-retry">
              {t('inbox.retry')}
            </Button>
          )}
        </Group>
        {error && (
          <Alert color="red" mt="sm" role="alert" data-testid="inbox-error">
            {t(`errors.${error.code}`, { defaultValue: error.message })}
          </Alert>
        )}
      </Paper>
      {entries.length > 0 && (
        <Paper withBorder p="md">
          <Table data-testid="inbox-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('inbox.operation')}</Table.Th>
                <Table.Th>{t('inbox.kind')}</Table.Th>
                <Table.Th>{t('inbox.from')}</Table.Th>
                <Table.Th>{t('inbox.received')}</Table.Th>
                <Table.Th>{t('inbox.answered')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((r) => {
                const s = storedEnvelope(r);
                return (
                  <Table.Tr
                    key={r.id}
                    bg={r.id === selected ? 'var(--mantine-color-blue-light)' : undefined}
                  >
                    <Table.Td>
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        onClick={() => setSelected(r.id)}
                        data-testid="inbox-select"
                      >
                        {s && (s.envelope.kind === 'request' || s.envelope.kind === 'update')
                          ? s.envelope.payload.operation.codeName
                          : s?.envelope.kind === 'approval_request'
                            ? s.envelope.payload.codeName
                            : s?.envelope.kind === 'template'
                              ? s.envelope.payload.name
                              : r.planId.slice(0, 8)}
                      </Button>
                    </Table.Td>
                    <Table.Td>{t(`kinds.${r.kind}`)}</Table.Td>
                    <Table.Td>{s?.envelope.sender.name}</Table.Td>
                    <Table.Td>{formatDateTime(r.createdAt, i18n.language)}</Table.Td>
                    <Table.Td>
                      {r.answers.length > 0
                        ? formatDateTime(r.answers.at(-1)?.at ?? '', i18n.language)
                        : '–'}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {current && <InboxEntry key={current.id} record={current} handle={handle} />}
    </Stack>
  );
}

function InboxEntry({ record, handle }: { record: ReceivedRecord; handle: ExchangeHandle }) {
  const { t, i18n } = useTranslation('exchange');
  const host = useHost();
  const stored = storedEnvelope(record);
  const state = handle.state;
  const identity = state?.identity;
  if (!stored || !state || !identity) return null;
  const env = stored.envelope;
  const trust = state.trusted.find((x) => x.fingerprint === record.signerFingerprint);
  const trustSender = async () => {
    try {
      const card = {
        format: 'verbundplaner-key-card' as const,
        version: 1 as const,
        name: env.sender.name,
        agency: env.sender.agency,
        function: '',
        fingerprint: record.signerFingerprint,
        publicKey: stored.signerKey,
      };
      const added = await handle.store.attachCard(card, null, null);
      await handle.store.markVerified(added, handle.userName);
      await handle.reload();
      notifySuccess(t('trust.verifiedDone'));
    } catch (e) {
      notifyError(t('trust.listTitle'), e);
    }
  };

  return (
    <Paper withBorder p="md" data-testid="inbox-entry">
      <Stack>
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Text size="sm">
              {t('inbox.signedBy', { name: env.sender.name, agency: env.sender.agency })}
            </Text>
            <FingerprintText
              fingerprint={record.signerFingerprint}
              testId="inbox-signer-fingerprint"
            />
          </Stack>
          {trust?.revoked ? (
            <Badge variant="light" color="red">
              {t('trust.stateRevoked')}
            </Badge>
          ) : trust?.verified ? (
            <Badge variant="light" color="green" data-testid="inbox-signer-trusted">
              {t('inbox.trusted')}
            </Badge>
          ) : (
            <Group gap="xs">
              <Badge variant="light" color="orange" data-testid="inbox-signer-unknown">
                {trust ? t('trust.stateUnverified') : t('inbox.unknownKey')}
              </Badge>
              <Button
                size="xs"
                variant="default"
                onClick={() => void trustSender()}
                data-testid="inbox-trust-sender"
              >
                {t('inbox.trustSender')}
              </Button>
            </Group>
          )}
        </Group>
        {env.kind === 'cancellation' && (
          <Alert color="red" title={t('inbox.cancelled')}>
            {env.payload.reason || '–'}
          </Alert>
        )}
        {env.kind === 'approval_request' && (
          <ApprovalRequestReview
            request={env}
            identity={identity}
            drafterKey={trust && !trust.revoked ? trust.publicKey : stored.signerKey}
          />
        )}
        {(env.kind === 'request' || env.kind === 'update') && (
          <>
            {env.kind === 'update' && (
              <Alert color="orange">{t('inbox.updated', { revision: env.planRevision })}</Alert>
            )}
            <RequestView payload={env.payload} />
            {record.answers.length > 0 && (
              <Stack gap={2}>
                <Text size="sm" fw={600}>
                  {t('inbox.history')}
                </Text>
                {record.answers.map((a) => (
                  <Text key={a.id} size="sm" data-testid="inbox-answer-history">
                    {formatDateTime(a.at, i18n.language)}: {t(`statuses.${a.payload.status}`)} ·{' '}
                    {a.payload.confirmedStrength}
                  </Text>
                ))}
              </Stack>
            )}
            <Title order={3} size="h5">
              {t('answer.title')}
            </Title>
            <AnswerForm
              request={env.payload}
              answeredBy={{ name: identity.name, function: identity.function }}
              onSubmit={async (payload) => {
                try {
                  const leadKey = trust && !trust.revoked ? trust.publicKey : stored.signerKey;
                  const sealed = await sealAnswer({
                    identity,
                    request: env,
                    leadKey,
                    payload,
                    now: new Date(),
                  });
                  if (
                    !(await saveText(
                      host,
                      sealed.fileName,
                      sealed.data,
                      PACKAGE_FILTER,
                      t('answer.title'),
                    ))
                  )
                    return;
                  await handle.store.addAnswer(record, {
                    id: sealed.id,
                    at: new Date().toISOString(),
                    payload,
                  });
                  await handle.reload();
                  notifySuccess(t('answer.saved'));
                } catch (e) {
                  notifyError(t('answer.title'), e);
                }
              }}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}
