// The roster's warnings in words (team without leader, premises without police, over-assigned).
import { Alert, List } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RosterWarning } from '@shared/roster';
import { formatDateTime } from '../../../ui/format';
import { useWorkspace } from '../core/context';

export function RosterWarnings({ warnings }: { warnings: readonly RosterWarning[] }) {
  const { t, i18n } = useTranslation('roster');
  const { plan, agencyName, premisesName } = useWorkspace();
  if (warnings.length === 0) {
    return (
      <Alert
        color="green"
        variant="light"
        icon={<IconCircleCheck />}
        data-testid="roster-warnings-none"
      >
        {t('teams.noWarnings')}
      </Alert>
    );
  }
  const text = (w: RosterWarning): string => {
    switch (w.code) {
      case 'team_without_leader':
        return t('teams.warning.team_without_leader', {
          name: plan.teams.find((x) => x.id === w.teamId)?.name ?? '',
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
  );
}
