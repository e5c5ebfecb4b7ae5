// Teams: build the inspection teams from the agencies' people (drag or pick), send them to
// premises, and see at once where a leader, police security or strength is missing.
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { newTeam } from '@shared/domain';
import { rosterWarnings } from '@shared/roster';
import { useRepos } from '../../../data/session';
import { notifyError } from '../../../ui/notify';
import { useWorkspace } from '../core/context';
import { ForcePalette } from './ForcePalette';
import { RosterWarnings } from './RosterWarnings';
import { TeamCard } from './TeamCard';

export function TeamsView() {
  const { t } = useTranslation('roster');
  const repos = useRepos();
  const { plan, agencies, draft } = useWorkspace();
  const warnings = rosterWarnings(plan, [...agencies.values()], new Date().toISOString());
  const ro = draft.readOnly;

  const add = async () => {
    try {
      const n = plan.teams.length + 1;
      await repos.plan.teams.add(
        newTeam(
          {
            operationId: plan.operation.id,
            name: t('teams.newName', { n }),
            order: plan.teams.length,
          },
          new Date().toISOString(),
        ),
      );
    } catch (e) {
      notifyError(t('teams.add'), e);
    }
  };

  return (
    <Stack maw={1300} data-testid="teams">
      {/* An all-clear needs something to check: a plan without teams gets no green banner. */}
      {(plan.teams.length > 0 || warnings.length > 0) && <RosterWarnings warnings={warnings} />}
      <Group align="flex-start" wrap="nowrap">
        {!ro && <ForcePalette />}
        <Stack style={{ flex: 1 }}>
          {!ro && (
            <Button
              leftSection={<IconPlus size={16} />}
              w="fit-content"
              onClick={() => void add()}
              data-testid="team-add"
            >
              {t('teams.add')}
            </Button>
          )}
          {plan.teams.length === 0 ? (
            <Text c="dimmed">{t('teams.empty')}</Text>
          ) : (
            plan.teams.map((team) => <TeamCard key={team.id} team={team} />)
          )}
        </Stack>
      </Group>
    </Stack>
  );
}
