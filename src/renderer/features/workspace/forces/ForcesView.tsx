// Kräfte: which agencies take part, with what and in which role, and what their liaisons
// answered; the force overview underneath.
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { byRoleThenName } from '@shared/roster';
import { useWorkspace } from '../core/context';
import { AddAgencyPanel } from './AddAgencyPanel';
import { ExchangeEntry } from './ExchangeEntry';
import { ForceOverview } from './ForceOverview';
import { ParticipationCard } from './ParticipationCard';
import { useDeconflictions } from './useRosterData';

export function ForcesView() {
  const { t } = useTranslation('roster');
  const { draft, plan, agencyName } = useWorkspace();
  // The same order as the Kräfteübersicht: by role (lead first), then by agency name.
  const participations = plan.participations
    .map((p) => ({ p, role: p.role, name: agencyName(p.agencyId) }))
    .sort(byRoleThenName)
    .map((x) => x.p);
  const { conflicts, codeName } = useDeconflictions();
  return (
    <Stack maw={1200} data-testid="forces">
      {!draft.readOnly && <AddAgencyPanel />}
      {plan.participations.length > 0 && <ExchangeEntry />}
      {plan.participations.length === 0 ? (
        <Text c="dimmed">{t('forces.empty')}</Text>
      ) : (
        participations.map((p) => (
          <ParticipationCard
            key={p.id}
            participation={p}
            conflicts={conflicts.filter((c) => c.participationIds.includes(p.id))}
            codeName={codeName}
          />
        ))
      )}
      {plan.participations.length > 0 && <ForceOverview />}
    </Stack>
  );
}
