// The operations an agency took part in, with its role and the liaison's answer; read through
// the repository (participations by agency), newest first.
import { Anchor, Badge, Center, Loader, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CONFIRMATION_STATUS_LABELS, PARTICIPATION_ROLE_LABELS } from '@shared/catalog';
import type { ConfirmationStatus } from '@shared/domain';
import { confirmedStrengthOf } from '@shared/roster';
import { useRepos } from '../../data/session';
import { formatDate } from '../../ui/format';
import { useLabel, useLang } from '../../ui/useLabel';

const STATUS_COLORS: Record<ConfirmationStatus, string> = {
  requested: 'yellow',
  confirmed: 'green',
  partially_confirmed: 'teal',
  declined: 'red',
  withdrawn: 'gray',
};

export function AgencyHistory({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation('agencies');
  const lang = useLang();
  const label = useLabel();
  const repos = useRepos();
  const rows = useLiveQuery(
    () => repos.agencies.participationsOfAgency(agencyId),
    [repos, agencyId],
  );

  if (!rows) {
    return (
      <Center py="md" aria-busy="true">
        <Loader size="sm" aria-label={t('loading')} />
      </Center>
    );
  }
  if (rows.length === 0) return <Text c="dimmed">{t('history.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped data-testid="agency-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('history.operation')}</Table.Th>
            <Table.Th>{t('history.hHour')}</Table.Th>
            <Table.Th>{t('history.role')}</Table.Th>
            <Table.Th>{t('history.status')}</Table.Th>
            <Table.Th ta="right">{t('history.strength')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ participation: p, operation: o }) => (
            <Table.Tr key={p.id} data-testid="agency-history-row">
              <Table.Td>
                {o ? (
                  <Anchor component={Link} to={`/operations/${o.id}`}>
                    {o.codeName}
                  </Anchor>
                ) : (
                  <Text span c="dimmed">
                    {t('history.deleted')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {o?.hHour ? formatDate(o.hHour, lang) : t('history.noDate')}
              </Table.Td>
              <Table.Td>{label(PARTICIPATION_ROLE_LABELS[p.role])}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Badge
                  variant="light"
                  tt="none"
                  color={STATUS_COLORS[p.confirmation.status]}
                  // The full status, never an ellipsis: the column grows instead.
                  style={{ minWidth: 'max-content' }}
                >
                  {label(CONFIRMATION_STATUS_LABELS[p.confirmation.status])}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">
                {p.requestedStrength} / {confirmedStrengthOf(p)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
