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
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team } from '@shared/domain';
import { useRepos } from '../../../data/session';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { notifyError } from '../../../ui/notify';
import { SavingTextInput } from '../../../ui/SavingTextarea';
import { useWorkspace } from '../core/context';
import { DRAG_TYPE, placeable, withOneMore } from './team-members';

export function TeamCard({ team }: { team: Team }) {
  const { t } = useTranslation('roster');
  const repos = useRepos();
  const { plan, agencies, premisesName, draft } = useWorkspace();
  const [over, setOver] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [pick, setPick] = useState<string | null>(null);
  const ro = draft.readOnly;
  const update = (mutate: (x: Team) => Team) =>
    repos.plan.teams.update(team.id, mutate).catch((e: unknown) => {
      notifyError(team.name, e);
      throw e;
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
        if (id && !ro) void update((x) => withOneMore(x, id));
      }}
    >
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <SimpleGrid cols={2} style={{ flex: 1 }}>
          <SavingTextInput
            label={t('teams.name')}
            value={team.name}
            readOnly={ro}
            validate={(v) => (v.trim() ? null : t('comms.nameMissing'))}
            onSave={(v) => update((x) => ({ ...x, name: v.trim() }))}
            data-testid="team-name"
          />
          <SavingTextInput
            label={t('teams.callSign')}
            value={team.callSign}
            readOnly={ro}
            onSave={(v) => update((x) => ({ ...x, callSign: v }))}
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
        <SavingTextInput
          label={t('teams.leaderName')}
          value={team.leader.name}
          readOnly={ro}
          onSave={(v) => update((x) => ({ ...x, leader: { ...x.leader, name: v } }))}
          data-testid="team-leader"
        />
        <Select
          label={t('teams.leaderAgency')}
          data={options}
          value={team.leader.participationId}
          clearable
          readOnly={ro}
          onChange={(v) =>
            void update((x) => ({ ...x, leader: { ...x.leader, participationId: v } }))
          }
        />
        <SavingTextInput
          label={t('teams.leaderPhone')}
          value={team.leader.phone}
          readOnly={ro}
          maxLength={40}
          onSave={(v) =>
            update((x) => ({
              ...x,
              leader: { ...x.leader, phone: v.replace(/[^+0-9 ()/.-]/g, '') },
            }))
          }
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
                void update((x) => ({
                  ...x,
                  members: x.members.map((y) =>
                    y.participationId === m.participationId ? { ...y, count: v } : y,
                  ),
                }))
              }
            />
            <TextInput
              aria-label={t('teams.names')}
              placeholder={t('teams.names')}
              defaultValue={m.names}
              readOnly={ro}
              maxLength={4000}
              style={{ flex: 1 }}
              onBlur={(e) =>
                e.currentTarget.value !== m.names &&
                void update((x) => ({
                  ...x,
                  members: x.members.map((y) =>
                    y.participationId === m.participationId
                      ? { ...y, names: e.currentTarget.value }
                      : y,
                  ),
                }))
              }
            />
            {!ro && (
              <ActionIcon
                variant="subtle"
                aria-label={t('teams.removeMember')}
                onClick={() =>
                  void update((x) => ({
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
                pick && void update((x) => withOneMore(x, pick)).then(() => setPick(null))
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
