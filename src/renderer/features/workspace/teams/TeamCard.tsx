// One team: name, call sign, leader, members per agency, premises and talk group. People are
// added by dropping an agency from the palette or by choosing it (keyboard).
import {
  ActionIcon,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { IconPlus, IconTrash, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team } from '@shared/domain';
import { useRepos } from '../../../data/session';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { notifyError } from '../../../ui/notify';
import { useWorkspace } from '../core/context';
import { ItemTextInput } from '../core/item-fields';
import { DRAG_TYPE, placeable, withOneMore } from './team-members';

export function TeamCard({ team }: { team: Team }) {
  const { t } = useTranslation('roster');
  const repos = useRepos();
  const { plan, agencies, premisesName, draft } = useWorkspace();
  const [over, setOver] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [pick, setPick] = useState<string | null>(null);
  const ro = draft.readOnly;
  // Choices and clicks are stored at once, typing after its pause: both through the save queue.
  const update = (key: string, mutate: (x: Team) => Team) => {
    draft.editItem('teams', team.id, key, mutate);
    return draft.flush();
  };
  const text = (field: string, value: string, save: (v: string) => (x: Team) => Team) => ({
    table: 'teams' as const,
    id: team.id,
    field,
    value,
    save,
  });
  const participationName = (id: string | null) => {
    const p = plan.participations.find((x) => x.id === id);
    const a = p ? agencies.get(p.agencyId) : undefined;
    return a?.shortName || a?.name || '';
  };
  const options = placeable(plan).map((p) => ({ value: p.id, label: participationName(p.id) }));
  const talkGroups = plan.comms.filter((c) => c.type === 'talk_group');

  return (
    <Paper
      withBorder
      p="md"
      data-testid="team-card"
      data-focus-id={team.id}
      data-team={team.name}
      bg={over ? 'var(--mantine-color-blue-0)' : undefined}
      onDragOver={(e) => {
        if (ro || !e.dataTransfer.types.includes(DRAG_TYPE)) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        setOver(false);
        const id = e.dataTransfer.getData(DRAG_TYPE);
        if (id && !ro) void update(`members.${id}.add`, (x) => withOneMore(x, id));
      }}
    >
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <SimpleGrid cols={2} style={{ flex: 1 }}>
          <ItemTextInput
            label={t('teams.name')}
            {...text('name', team.name, (v) => (x) => ({ ...x, name: v }))}
            validate={(v) => (v.trim() ? null : t('comms.nameMissing'))}
            data-testid="team-name"
          />
          <ItemTextInput
            label={t('teams.callSign')}
            {...text('callSign', team.callSign, (v) => (x) => ({ ...x, callSign: v }))}
            data-testid="team-callsign"
          />
        </SimpleGrid>
        {!ro && (
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`${t('teams.remove')}: ${team.name}`}
            onClick={() => setRemoving(true)}
          >
            <IconTrash size={16} />
          </ActionIcon>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 3 }} mb="xs">
        <ItemTextInput
          label={t('teams.leaderName')}
          {...text('leader.name', team.leader.name, (v) => (x) => ({
            ...x,
            leader: { ...x.leader, name: v },
          }))}
          data-testid="team-leader"
        />
        <Select
          label={t('teams.leaderAgency')}
          data={options}
          value={team.leader.participationId}
          clearable
          readOnly={ro}
          onChange={(v) =>
            void update('leader.participationId', (x) => ({
              ...x,
              leader: { ...x.leader, participationId: v },
            }))
          }
        />
        <ItemTextInput
          label={t('teams.leaderPhone')}
          maxLength={40}
          {...text('leader.phone', team.leader.phone, (v) => (x) => ({
            ...x,
            leader: { ...x.leader, phone: v.replace(/[^+0-9 ()/.-]/g, '') },
          }))}
        />
      </SimpleGrid>
      <Text size="sm" fw={500}>
        {t('teams.members')}
      </Text>
      <Stack gap={4} my={4}>
        {team.members.length === 0 && (
          <Text size="xs" c="dimmed">
            {t('teams.membersEmpty')}
          </Text>
        )}
        {team.members.map((m) => (
          <Group key={m.participationId} wrap="nowrap" data-testid="team-member">
            <Text size="sm" w={200} truncate>
              {participationName(m.participationId)}
            </Text>
            <NumberInput
              aria-label={`${t('teams.count')} ${participationName(m.participationId)}`}
              value={m.count}
              min={0}
              max={1000}
              w={90}
              readOnly={ro}
              onChange={(v) =>
                typeof v === 'number' &&
                draft.editItem('teams', team.id, `members.${m.participationId}.count`, (x) => ({
                  ...x,
                  members: x.members.map((y) =>
                    y.participationId === m.participationId ? { ...y, count: v } : y,
                  ),
                }))
              }
            />
            <ItemTextInput
              aria-label={t('teams.names')}
              placeholder={t('teams.names')}
              maxLength={4000}
              style={{ flex: 1 }}
              {...text(`members.${m.participationId}.names`, m.names, (v) => (x) => ({
                ...x,
                members: x.members.map((y) =>
                  y.participationId === m.participationId ? { ...y, names: v } : y,
                ),
              }))}
            />
            {!ro && (
              <ActionIcon
                variant="subtle"
                aria-label={t('teams.removeMember')}
                onClick={() =>
                  void update(`members.${m.participationId}.remove`, (x) => ({
                    ...x,
                    members: x.members.filter((y) => y.participationId !== m.participationId),
                  }))
                }
              >
                <IconX size={16} />
              </ActionIcon>
            )}
          </Group>
        ))}
        {!ro && (
          <Group gap="xs">
            <Select
              aria-label={t('teams.addMember')}
              placeholder={t('teams.addMember')}
              data={options}
              value={pick}
              onChange={setPick}
              w={240}
              size="xs"
              data-testid="team-member-pick"
            />
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} />}
              disabled={!pick}
              onClick={() =>
                pick &&
                void update(`members.${pick}.add`, (x) => withOneMore(x, pick)).then(() =>
                  setPick(null),
                )
              }
              data-testid="team-member-add"
            >
              {t('teams.addMember')}
            </Button>
          </Group>
        )}
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <MultiSelect
          label={t('teams.targets')}
          data={plan.targets.map((x) => ({ value: x.id, label: premisesName(x.premisesId) }))}
          value={team.targetIds}
          readOnly={ro}
          onChange={(ids) =>
            void repos.plan.teams
              .setTargets(team.id, ids)
              .catch((e: unknown) => notifyError(team.name, e))
          }
          data-testid="team-targets"
        />
        <Select
          label={t('teams.talkGroup')}
          data={talkGroups.map((g) => ({ value: g.id, label: g.name }))}
          value={team.talkGroupId}
          clearable
          readOnly={ro}
          onChange={(v) =>
            void repos.plan.teams
              .setTalkGroup(team.id, v)
              .catch((e: unknown) => notifyError(team.name, e))
          }
        />
      </SimpleGrid>
      <ConfirmDialog
        opened={removing}
        title={t('teams.remove')}
        message={t('teams.removeConfirm', { name: team.name })}
        confirmLabel={t('teams.remove')}
        onClose={() => setRemoving(false)}
        onConfirm={() => repos.plan.teams.remove(team.id)}
      />
    </Paper>
  );
}
