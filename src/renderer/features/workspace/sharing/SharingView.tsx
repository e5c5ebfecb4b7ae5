// Gemeinsam bearbeiten: the lead shares this operation through the agency's sync server with
// co-planners whose key cards are trusted (Austausch › Vertrauen), each with their rights, sees
// who is a member and the sync state, and revokes a member (who keeps what they already have).
import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SyncMember } from '@shared/sync/types';
import { useDataSession } from '../../../data/session';
import { registerShare, useShare, useShareProblem } from '../../../sync/open-shares';
import { parseSyncServer } from '../../../sync/server-url';
import { endShareHere, openKeptShare, reportSaveProblems } from '../../../sync/share-keeping';
import type { SharedStatus } from '../../../sync/shared-operation';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { errorMessage } from '../../../ui/errors';
import { useExchange } from '../../exchange/useExchange';
import { useWorkspace } from '../core/context';
import { MemberPicker } from './MemberPicker';

function StatusLine({ status }: { status: SharedStatus }) {
  const { t } = useTranslation('sync');
  const color = { connected: 'green', connecting: 'blue', offline: 'yellow' }[
    status.phase as string
  ];
  return (
    <Stack gap={4} data-testid="sharing-status">
      <Group gap="xs">
        <Badge color={color ?? 'red'} variant="light">
          {t(`status.${status.phase}`)}
        </Badge>
        {status.pending > 0 && (
          <Text size="sm">{t('status.pending', { count: status.pending })}</Text>
        )}
      </Group>
      {status.conflictsResolved > 0 && (
        <Text size="sm">{t('status.conflicts', { count: status.conflictsResolved })}</Text>
      )}
      {status.refused > 0 && (
        <Text size="sm" c="red">
          {t('status.refused', { count: status.refused })}
        </Text>
      )}
    </Stack>
  );
}

/** What is missing before sharing, with the way to where it is set. */
function Missing({
  testId,
  to,
  action,
  children,
}: {
  testId: string;
  to: string;
  action: string;
  children: ReactNode;
}) {
  return (
    <Alert color="yellow" data-testid={testId}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{children}</Text>
        <Button
          component={Link}
          to={to}
          size="xs"
          variant="light"
          color="dark"
          rightSection={<IconArrowRight size={14} />}
        >
          {action}
        </Button>
      </Stack>
    </Alert>
  );
}

export function SharingView() {
  const { t } = useTranslation('sync');
  const session = useDataSession();
  const { plan } = useWorkspace();
  const opId = plan.operation.id;
  const settings = useLiveQuery(() => session.repos.settings.get(), [session]);
  const exchange = useExchange();
  const open = useShare(opId);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [revoking, setRevoking] = useState<SyncMember | null>(null);
  const [ending, setEnding] = useState(false);
  const problem = useShareProblem(opId);

  const server = settings?.syncServer;
  const address = server?.enabled ? parseSyncServer(server.url) : null;
  const identity = exchange.state?.identity ?? null;
  const self: SyncMember | null = identity
    ? {
        fingerprint: identity.fingerprint,
        publicKey: identity.publicKey,
        name: identity.name,
        agency: identity.agency,
        agencyId: plan.operation.leadAgencyId,
        rights: 'edit',
      }
    : null;

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const start = (members: readonly SyncMember[]) =>
    run(async () => {
      if (!address?.ok || !identity || !self) return;
      // Kept on this machine: it reopens after a restart or an unlock by itself.
      const share = await openKeptShare({
        ...reportSaveProblems(opId),
        server: address,
        operationId: opId,
        repo: {
          store: session.store,
          actor: () => settings?.userName ?? '',
          now: () => new Date().toISOString(),
        },
        identity,
        lead: { fingerprint: identity.fingerprint, publicKey: identity.publicKey },
        firstMembers: [self, ...members],
      });
      registerShare(opId, share);
    });

  return (
    <Stack gap="md" maw={960} data-testid="sharing-view">
      <Title order={2} size="h4">
        {t('part.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('part.intro')}
      </Text>
      {!address?.ok && (
        <Missing testId="sharing-no-server" to="/settings" action={t('part.toSettings')}>
          {t('part.noServer')}
        </Missing>
      )}
      {exchange.state && !identity && (
        <Missing testId="sharing-no-key" to="/exchange?tab=key" action={t('join.toKey')}>
          {t('part.noKey')}
        </Missing>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {problem && (
        <Alert color="red" data-testid="sharing-problem">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t(`keep.${problem.kind}Failed`, { message: problem.message })}</Text>
            {!open && (
              <Button size="xs" variant="light" color="red" onClick={() => setEnding(true)}>
                {t('end.button')}
              </Button>
            )}
          </Stack>
        </Alert>
      )}
      {open ? (
        <Paper withBorder p="md">
          <Stack gap="sm">
            <StatusLine status={open.status} />
            <Text size="sm">
              {t('part.operationId')} <code data-testid="sharing-operation-id">{opId}</code>
            </Text>
            <Table data-testid="sharing-members">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('members.name')}</Table.Th>
                  <Table.Th>{t('members.agency')}</Table.Th>
                  <Table.Th>{t('members.rights')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('members.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {open.status.members.map((m) => (
                  <Table.Tr key={m.fingerprint}>
                    <Table.Td>{m.name}</Table.Td>
                    <Table.Td>{m.agency}</Table.Td>
                    <Table.Td>{t(`rights.${m.rights}`)}</Table.Td>
                    <Table.Td>
                      {open.share.isLead && m.fingerprint !== identity?.fingerprint && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          disabled={busy || open.status.phase === 'closed'}
                          onClick={() => setRevoking(m)}
                        >
                          {t('members.revoke')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Group justify="flex-end">
              <Button
                size="xs"
                variant="light"
                color="red"
                disabled={busy}
                onClick={() => setEnding(true)}
                data-testid="sharing-end-open"
              >
                {t('end.button')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : null}
      {open && open.share.isLead && exchange.state && open.status.phase === 'connected' && (
        <MemberPicker
          trusted={exchange.state.trusted}
          members={open.status.members}
          busy={busy}
          action="add"
          onShare={(added) =>
            void run(() => open.share.setMembers([...open.status.members, ...added]))
          }
        />
      )}
      {open
        ? null
        : address?.ok &&
          identity &&
          exchange.state && (
            <MemberPicker
              trusted={exchange.state.trusted}
              busy={busy}
              action="start"
              onShare={(members) => void start(members)}
            />
          )}
      <ConfirmDialog
        opened={revoking !== null}
        title={t('revoke.title', { name: revoking?.name ?? '' })}
        message={t('revoke.text', { name: revoking?.name ?? '' })}
        confirmLabel={t('revoke.confirm')}
        testId="sharing-revoke"
        onConfirm={() =>
          run(async () => {
            const gone = revoking;
            if (!open || !gone) return;
            await open.share.setMembers(
              open.status.members.filter((m) => m.fingerprint !== gone.fingerprint),
            );
          })
        }
        onClose={() => setRevoking(null)}
      />
      <ConfirmDialog
        opened={ending}
        title={t('end.title')}
        message={t(open?.share.isLead ? 'end.textLead' : 'end.text')}
        confirmLabel={t('end.confirm')}
        testId="sharing-end"
        onConfirm={() =>
          run(() =>
            endShareHere(
              {
                store: session.store,
                actor: () => settings?.userName ?? '',
                now: () => new Date().toISOString(),
              },
              opId,
            ),
          )
        }
        onClose={() => setEnding(false)}
      />
    </Stack>
  );
}
