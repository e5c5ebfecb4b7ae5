// Gemeinsam bearbeiten: the lead shares this operation through the agency's sync server with
// co-planners whose key cards are trusted (Austausch › Vertrauen), each with their rights, sees
// who is a member and the sync state, and revokes a member (who keeps what they already have).
// A revoked member sees that instead of the member list (ShareCard).
import { Alert, Button, Stack, Text, Title } from '@mantine/core';
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
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { useExchange } from '../../exchange/useExchange';
import { KeptSharesNotice } from '../../sharing/KeptSharesNotice';
import { FailureDetails, ShareFailure, useFailureReason } from '../../sharing/ShareFailure';
import { useWorkspace } from '../core/context';
import { MemberPicker } from './MemberPicker';
import { ShareCard } from './ShareCard';

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

/** What ending says stays: a revoked device has no membership left on the server. */
const endText = (revoked: boolean, lead: boolean) =>
  revoked ? 'end.textRevoked' : lead ? 'end.textLead' : 'end.text';

export function SharingView() {
  const { t } = useTranslation('sync');
  const session = useDataSession();
  const { plan } = useWorkspace();
  const opId = plan.operation.id;
  const settings = useLiveQuery(() => session.repos.settings.get(), [session]);
  const exchange = useExchange();
  const open = useShare(opId);
  // Kept as the error, not its text: the part names its cause in the UI's language.
  const [failed, setFailed] = useState<{ error: unknown } | null>(null);
  const [busy, setBusy] = useState(false);
  const [revoking, setRevoking] = useState<SyncMember | null>(null);
  const [ending, setEnding] = useState(false);
  const problem = useShareProblem(opId);
  const reasonOf = useFailureReason();

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
    setFailed(null);
    try {
      await work();
    } catch (e) {
      console.warn('Gemeinsam bearbeiten: Schritt fehlgeschlagen', e);
      setFailed({ error: e });
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
        repo: session.context,
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
      <KeptSharesNotice />
      {failed && (
        <Alert color="red" role="alert" data-testid="sharing-error">
          <Stack gap={4}>
            <ShareFailure error={failed.error} />
          </Stack>
        </Alert>
      )}
      {problem && (
        <Alert color="red" data-testid="sharing-problem">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              {t(`keep.${problem.kind}Failed`, {
                message: problem.reason
                  ? t(`keep.reason.${problem.reason}`)
                  : reasonOf(problem.error ?? problem.message),
              })}
            </Text>
            {!problem.reason && <FailureDetails error={problem.error ?? problem.message} />}
            {!open && (
              <Button size="xs" variant="light" color="red" onClick={() => setEnding(true)}>
                {t('end.button')}
              </Button>
            )}
          </Stack>
        </Alert>
      )}
      {open && (
        <ShareCard
          status={open.status}
          operationId={opId}
          isLead={open.share.isLead}
          leadFingerprint={open.share.leadFingerprint}
          selfFingerprint={identity?.fingerprint ?? null}
          busy={busy}
          onRevoke={setRevoking}
          onEnd={() => setEnding(true)}
        />
      )}
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
        title={t('revoke.title')}
        message={t('revoke.text', { name: revoking?.name ?? '', agency: revoking?.agency ?? '' })}
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
        message={t(endText(open?.status.phase === 'revoked', open?.share.isLead === true))}
        confirmLabel={t('end.confirm')}
        testId="sharing-end"
        onConfirm={() => run(() => endShareHere(session.context, opId))}
        onClose={() => setEnding(false)}
      />
    </Stack>
  );
}
