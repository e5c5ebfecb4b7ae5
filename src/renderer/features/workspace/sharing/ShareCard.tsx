// The open share of this operation: the sync state, the id members join with, the members with
// their rights (the lead revokes here) and "Gemeinsam beenden". Once this device was revoked the
// member list is not shown (it is the last one this device could read, no longer true); the
// card says what that means instead: the plan stays here as it was, nothing arrives or leaves.
import {
  Alert,
  Badge,
  Button,
  ColorSwatch,
  CopyButton,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SyncMember } from '@shared/sync/types';
import type { SharedStatus } from '../../../sync/shared-operation';

function StatusLine({ status }: { status: SharedStatus }) {
  const { t } = useTranslation('sync');
  const color = { connected: 'green', connecting: 'blue', offline: 'yellow' }[
    status.phase as string
  ];
  // A revoked share's waiting changes never leave: the count would promise otherwise.
  const revoked = status.phase === 'revoked';
  return (
    <Stack gap={4} data-testid="sharing-status">
      <Group gap="xs">
        <Badge color={color ?? 'red'} variant="light">
          {t(`status.${status.phase}`)}
        </Badge>
        {status.pending > 0 && !revoked && (
          <Text size="sm">{t('status.pending', { count: status.pending })}</Text>
        )}
      </Group>
      {status.phase === 'notAdmitted' && (
        <Text size="sm" c="red" data-testid="sharing-not-admitted">
          {t('status.notAdmittedHint')}
        </Text>
      )}
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

/** A member's device with a valid presence now: a green dot and the word (not colour alone). */
function Connection({ connected }: { connected: boolean }) {
  const { t } = useTranslation('sync');
  return connected ? (
    <Group gap={6} wrap="nowrap" data-testid="member-connected">
      <ColorSwatch color="var(--mantine-color-green-7)" size={10} aria-hidden />
      <Text size="sm">{t('members.connected')}</Text>
    </Group>
  ) : (
    <Text size="sm" c="dimmed">
      {t('members.notConnected')}
    </Text>
  );
}

function Members({
  status,
  isLead,
  leadFingerprint,
  selfFingerprint,
  busy,
  onRevoke,
}: Pick<Props, 'status' | 'isLead' | 'leadFingerprint' | 'selfFingerprint' | 'busy' | 'onRevoke'>) {
  const { t } = useTranslation('sync');
  return (
    // Long names and agencies (up to 120 characters) wrap anywhere instead of widening the page.
    <Table data-testid="sharing-members" style={{ overflowWrap: 'anywhere' }}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('members.name')}</Table.Th>
          <Table.Th>{t('members.agency')}</Table.Th>
          <Table.Th>{t('members.rights')}</Table.Th>
          <Table.Th>{t('members.connection')}</Table.Th>
          <Table.Th>
            <VisuallyHidden>{t('members.actions')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {status.members.map((m) => (
          <Table.Tr key={m.fingerprint}>
            <Table.Td>
              {m.name}
              {/* Which row is the lead and which is oneself: the lead's row has no "Widerrufen". */}
              <Group gap={4} mt={2}>
                {m.fingerprint === leadFingerprint && (
                  <Badge size="xs" variant="light" color="gray">
                    {t('members.lead')}
                  </Badge>
                )}
                {m.fingerprint === selfFingerprint && (
                  <Badge size="xs" variant="outline" color="gray">
                    {t('members.you')}
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td>{m.agency}</Table.Td>
            <Table.Td miw={140}>{t(`rights.${m.rights}`)}</Table.Td>
            <Table.Td miw={130}>
              <Connection connected={status.connected.has(m.fingerprint)} />
            </Table.Td>
            <Table.Td>
              {isLead && m.fingerprint !== selfFingerprint && (
                <Button
                  // Several rows each have one: a screen reader hears whose.
                  aria-label={t('members.revokeOf', { name: m.name })}
                  size="xs"
                  variant="subtle"
                  color="red"
                  disabled={busy || status.phase === 'closed'}
                  onClick={() => onRevoke(m)}
                >
                  {t('members.revoke')}
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

interface Props {
  status: SharedStatus;
  operationId: string;
  isLead: boolean;
  leadFingerprint: string;
  /** This installation's identity (the lead does not revoke themself). */
  selfFingerprint: string | null;
  busy: boolean;
  onRevoke(member: SyncMember): void;
  /** Asks to end the share on this machine (Gemeinsam beenden). */
  onEnd(): void;
}

export function ShareCard(props: Props) {
  const { t } = useTranslation('sync');
  const { status, operationId, busy, onEnd } = props;
  const revoked = status.phase === 'revoked';
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <StatusLine status={status} />
        {revoked ? (
          <Alert
            color="orange"
            icon={<IconUserOff />}
            title={t('revoked.title')}
            data-testid="sharing-revoked"
          >
            <Stack gap="xs">
              <Text size="sm">{t('revoked.kept')}</Text>
              <Text size="sm">{t('revoked.nothingMoves')}</Text>
              <Text size="sm">{t('revoked.end')}</Text>
            </Stack>
          </Alert>
        ) : (
          <>
            <Group gap="xs">
              <Text size="sm">
                {t('part.operationId')}{' '}
                <code data-testid="sharing-operation-id">{operationId}</code>
              </Text>
              {/* Members type the id into their join panel: copied, not read out character by character. */}
              <CopyButton value={operationId}>
                {({ copied, copy }) => (
                  <Button size="compact-xs" variant="subtle" onClick={copy}>
                    {t(copied ? 'part.copied' : 'part.copyId')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Members {...props} />
          </>
        )}
        <Group justify={revoked ? 'flex-start' : 'flex-end'}>
          <Button
            size="xs"
            variant={revoked ? 'filled' : 'light'}
            color="red"
            disabled={busy}
            onClick={onEnd}
            data-testid="sharing-end-open"
          >
            {t('end.button')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
