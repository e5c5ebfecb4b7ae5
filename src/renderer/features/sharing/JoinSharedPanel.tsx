// Joining an operation another agency's lead shares: the lead's trusted key card (Austausch ›
// Vertrauen) and the operation's id, which the lead reads from their "Gemeinsam" part. The plan
// then arrives in this installation's store and appears in Einsätze like any other. Without an
// own key or a trusted key card there is nothing to choose: it says where to get them instead.
import {
  Alert,
  Badge,
  Button,
  Divider,
  Group,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { operationIdSchema } from '@shared/sync/challenge';
import type { ReadModelSnapshot } from '../../data/read-model/read-model';
import { useReadModel } from '../../data/read-model/useReadModel';
import { useDataSession } from '../../data/session';
import { registerShare, useShare } from '../../sync/open-shares';
import { parseSyncServer } from '../../sync/server-url';
import { endShareHere, openKeptShare, reportSaveProblems } from '../../sync/share-keeping';
import { useExchange } from '../exchange/useExchange';
import { ShareFailure } from './ShareFailure';

const selectOperations = ({ tables }: ReadModelSnapshot) => tables.operations;

export function JoinSharedPanel() {
  const { t } = useTranslation('sync');
  const session = useDataSession();
  const settings = useLiveQuery(() => session.repos.settings.get(), [session]);
  const exchange = useExchange();
  const [leadFp, setLeadFp] = useState<string | null>(null);
  const [opId, setOpId] = useState('');
  const [joined, setJoined] = useState('');
  // A sentence of this panel, or a failed join whose cause is named in the UI's language.
  const [error, setError] = useState<{ text: string } | { error: unknown } | null>(null);
  const [busy, setBusy] = useState(false);
  const open = useShare(joined);
  /** The id the server refused this device for (the panel says what to do). */
  const [refused, setRefused] = useState<string | null>(null);
  // The joined plan arrives with the first sync: then the way to it, not only "Verbunden".
  const operations = useReadModel(selectOperations);
  const arrived = joined !== '' && operations.rows.has(joined);
  const server = settings?.syncServer;
  const address = server?.enabled ? parseSyncServer(server.url) : null;
  const identity = exchange.state?.identity ?? null;
  const cards = (exchange.state?.trusted ?? []).filter((c) => !c.revoked);
  if (!address?.ok) return null;
  // While the exchange state loads, neither the form nor an empty state that would flash and go.
  const missing = !exchange.state
    ? null
    : !identity
      ? ({ text: t('join.noKey'), tab: 'key', action: t('join.toKey') } as const)
      : cards.length === 0
        ? ({ text: t('join.noCards'), tab: 'trust', action: t('join.toTrust') } as const)
        : null;

  const join = async () => {
    const lead = cards.find((c) => c.fingerprint === leadFp);
    const id = operationIdSchema.safeParse(opId.trim());
    if (!identity) return setError({ text: t('part.noKey') });
    if (!lead || !id.success) return setError({ text: t('join.incomplete') });
    setBusy(true);
    setError(null);
    setRefused(null);
    try {
      // Kept on this machine: it reopens after a restart or an unlock by itself.
      const share = await openKeptShare({
        ...reportSaveProblems(id.data),
        server: address,
        operationId: id.data,
        repo: session.context,
        identity,
        lead: { fingerprint: lead.fingerprint, publicKey: lead.publicKey },
      });
      registerShare(id.data, share);
      setJoined(id.data);
      // Refused by the server (not a member, a mistyped id): nothing to keep — a kept share of
      // that id would reopen after every unlock, refused again, with no Gemeinsam part to end
      // it in (there is no such operation here). The panel says what to do instead.
      const refuse = () => {
        stop();
        setRefused(id.data);
        setJoined('');
        endShareHere(session.context, id.data).catch((e: unknown) =>
          console.warn('Nicht zugelassene Freigabe nicht entfernt', id.data, e),
        );
      };
      const stop = share.subscribe((s) => {
        if (s.phase === 'notAdmitted') refuse();
      });
      if (share.status.phase === 'notAdmitted') refuse();
    } catch (e) {
      console.warn('Beitritt fehlgeschlagen', e);
      setError({ error: e });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs" data-testid="sync-join">
      <Divider mt="xs" mb={4} />
      <Title order={3} size="h5">
        {t('join.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('join.hint')}
      </Text>
      {!exchange.state ? null : missing ? (
        <Alert color="blue" variant="light" data-testid="sync-join-missing">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{missing.text}</Text>
            <Button
              component={Link}
              to={`/exchange?tab=${missing.tab}`}
              size="xs"
              variant="light"
              rightSection={<IconArrowRight size={14} />}
              data-testid="sync-join-to-exchange"
            >
              {missing.action}
            </Button>
          </Stack>
        </Alert>
      ) : (
        // A form: Enter in the id field joins, as in every other form of the app.
        <Stack
          component="form"
          gap="xs"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            void join();
          }}
        >
          <Select
            label={t('join.lead')}
            data={cards.map((c) => ({ value: c.fingerprint, label: `${c.name}, ${c.agency}` }))}
            value={leadFp}
            onChange={setLeadFp}
            data-testid="sync-join-lead"
          />
          <TextInput
            label={t('join.operationId')}
            value={opId}
            onChange={(e) => setOpId(e.currentTarget.value)}
            maxLength={100}
            data-testid="sync-join-id"
          />
          {error && (
            <Alert color="red" role="alert" data-testid="sync-join-error">
              {'text' in error ? (
                <Text size="sm">{error.text}</Text>
              ) : (
                <Stack gap={4}>
                  <ShareFailure error={error.error} />
                </Stack>
              )}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={busy} data-testid="sync-join-start">
              {t('join.start')}
            </Button>
            {open && (
              <Badge variant="light" data-testid="sync-join-status">
                {t(`status.${open.status.phase}`)}
              </Badge>
            )}
            {open && arrived && (
              <Button
                component={Link}
                to={`/operations/${joined}`}
                variant="light"
                rightSection={<IconArrowRight size={14} />}
                data-testid="sync-join-open"
              >
                {t('join.open')}
              </Button>
            )}
          </Group>
          {refused !== null && (
            <Text size="sm" c="red" data-testid="sync-join-not-admitted">
              {t('status.notAdmittedHint')}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
