// The roster's warnings in words (team without leader or leading agency, premises without police,
// people counted on but not confirmed, over-assigned), under one line of totals: requested and
// confirmed apart, so an all-clear never hides that nobody has said yes.
import { Alert, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { placementOf, type RosterWarning } from '@shared/roster';
import { formatDateTime } from '../../../ui/format';
import { useWorkspace } from '../core/context';
import { assignedOf, placeable } from './team-members';

export function RosterWarnings({ warnings }: { warnings: readonly RosterWarning[] }) {
  const { t, i18n } = useTranslation('roster');
  const { plan, agencyName, premisesName } = useWorkspace();
  const totals = placeable(plan)
    .map((p) => placementOf(p, assignedOf(plan, p.id)))
    .reduce(
      (sum, c) => ({
        requested: sum.requested + c.requested,
        confirmed: sum.confirmed + c.confirmed,
        assigned: sum.assigned + c.assigned,
      }),
      { requested: 0, confirmed: 0, assigned: 0 },
    );
  const summary = (
    <Text size="sm" data-testid="roster-totals">
      {t('teams.summary', totals)}
    </Text>
  );
  const teamName = (id: string) => plan.teams.find((x) => x.id === id)?.name ?? '';
  if (warnings.length === 0) {
    return (
      <Stack gap={6}>
        {summary}
        <Alert
          color="green"
          variant="light"
          icon={<IconCircleCheck />}
          data-testid="roster-warnings-none"
        >
          {t('teams.noWarnings')}
        </Alert>
      </Stack>
    );
  }
  const text = (w: RosterWarning): string => {
    switch (w.code) {
      case 'team_without_leader':
        return t('teams.warning.team_without_leader', { name: teamName(w.teamId) });
      case 'team_without_lead_agency':
        return t('teams.warning.team_without_lead_agency', { name: teamName(w.teamId) });
      case 'relies_on_unconfirmed':
        return t('teams.warning.relies_on_unconfirmed', {
          name: agencyName(w.agencyId),
          count: w.unconfirmed,
          confirmed: w.confirmed,
          teams: w.teamIds.map(teamName).join(', '),
        });
      case 'premises_without_team':
        return t('teams.warning.premises_without_team', { name: premisesName(w.premisesId) });
      case 'premises_without_police':
        return t('teams.warning.premises_without_police', { name: premisesName(w.premisesId) });
      case 'over_assigned':
        return t('teams.warning.over_assigned', {
          name: agencyName(w.agencyId),
          assigned: w.assigned,
          limit: w.limit,
          basis: t(`teams.basis.${w.basis}`),
        });
      case 'participation_overdue':
        return t('teams.warning.participation_overdue', {
          name: agencyName(w.agencyId),
          deadline: formatDateTime(w.deadline, i18n.language),
        });
    }
  };
  return (
    <Stack gap={6}>
      {summary}
      <Alert
        color="orange"
        variant="light"
        icon={<IconAlertTriangle />}
        title={t('teams.warnings')}
        data-testid="roster-warnings"
      >
        <List size="sm" spacing={2}>
          {warnings.map((w, i) => (
            <List.Item key={`${w.code}-${i}`} data-code={w.code}>
              {text(w)}
            </List.Item>
          ))}
        </List>
      </Alert>
    </Stack>
  );
}
