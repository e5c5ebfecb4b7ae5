// Call signs in use: teams' and vehicles', read from where they are kept.
import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../core/context';

export function CallSigns() {
  const { t } = useTranslation('roster');
  const { plan, agencyName } = useWorkspace();
  const rows = [
    ...plan.teams
      .filter((x) => x.callSign)
      .map((x) => ({
        key: x.id,
        callSign: x.callSign,
        who: x.name,
        talk: plan.comms.find((c) => c.id === x.talkGroupId)?.name ?? '',
      })),
    ...plan.participations.flatMap((p) =>
      p.vehicles
        .filter((v) => v.callSign)
        .map((v, i) => ({
          key: `${p.id}-${i}`,
          callSign: v.callSign,
          who: `${t('comms.vehicle')}: ${v.kind} (${agencyName(p.agencyId)})`,
          talk: '',
        })),
    ),
  ];
  return (
    <Paper withBorder p="md" data-testid="call-signs">
      <Title order={2} size="h4" mb="sm">
        {t('comms.callSigns')}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('comms.callSignsEmpty')}
        </Text>
      ) : (
        <Table>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.key}>
                <Table.Td fw={600}>{r.callSign}</Table.Td>
                <Table.Td>{r.who}</Table.Td>
                <Table.Td>{r.talk}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
