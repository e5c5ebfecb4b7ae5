// Radio talk groups: name, purpose, which teams use it. Deleting one asks first, because the
// teams that use it lose their assignment.
import {
  ActionIcon,
  Button,
  Divider,
  Group,
  MultiSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { newTalkGroup, type CommsEntry, type TalkGroup } from '@shared/domain';
import { useRepos } from '../../../data/session';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { notifyError } from '../../../ui/notify';
import { useConfirmTarget } from '../../../ui/useConfirmTarget';
import { useWorkspace } from '../core/context';
import { ItemTextarea, ItemTextInput } from '../core/item-fields';

export function TalkGroups() {
  const { t } = useTranslation('roster');
  const repos = useRepos();
  const { plan, draft } = useWorkspace();
  const ro = draft.readOnly;
  const removal = useConfirmTarget<TalkGroup>();
  const groups = plan.comms.filter((c): c is TalkGroup => c.type === 'talk_group');
  const edit = (g: TalkGroup, key: 'name' | 'purpose' | 'notes') => ({
    table: 'comms' as const,
    id: g.id,
    field: key,
    value: g[key],
    save: (v: string) => (x: CommsEntry) => (x.type === 'talk_group' ? { ...x, [key]: v } : x),
  });
  const add = () =>
    repos.plan.comms
      .add(
        newTalkGroup(
          {
            operationId: plan.operation.id,
            name: t('comms.defaultName', { n: groups.length + 1 }),
            order: plan.comms.length,
          },
          new Date().toISOString(),
        ),
      )
      .catch((e: unknown) => notifyError(t('comms.addTalkGroup'), e));
  return (
    <Paper withBorder p="md" data-testid="talk-groups">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('comms.talkGroups')}
        </Title>
        {!ro && (
          <Button
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => void add()}
            data-testid="talk-group-add"
          >
            {t('comms.addTalkGroup')}
          </Button>
        )}
      </Group>
      {groups.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('comms.talkGroupsEmpty')}
        </Text>
      ) : (
        <Stack>
          {groups.map((g, n) => (
            <Fragment key={g.id}>
              {n > 0 && <Divider />}
              <Group align="flex-start" wrap="nowrap" data-testid="talk-group" data-focus-id={g.id}>
                <Stack gap="xs" style={{ flex: 1 }}>
                  <SimpleGrid cols={{ base: 1, md: 3 }}>
                    <ItemTextInput
                      label={t('comms.talkGroupName')}
                      {...edit(g, 'name')}
                      validate={(v) => (v.trim() ? null : t('comms.nameMissing'))}
                      data-testid="talk-group-name"
                    />
                    <ItemTextarea
                      label={t('comms.purpose')}
                      minRows={1}
                      maxRows={4}
                      maxLength={4000}
                      {...edit(g, 'purpose')}
                    />
                    <ItemTextarea
                      label={t('comms.notes')}
                      minRows={1}
                      maxRows={4}
                      maxLength={4000}
                      {...edit(g, 'notes')}
                    />
                  </SimpleGrid>
                  <MultiSelect
                    label={t('comms.teams')}
                    data={plan.teams.map((x) => ({ value: x.id, label: x.name }))}
                    value={g.teamIds}
                    searchable
                    readOnly={ro}
                    onChange={(ids) =>
                      void repos.plan.comms
                        .setTalkGroupTeams(g.id, ids)
                        .catch((e: unknown) => notifyError(g.name, e))
                    }
                    data-testid="talk-group-teams"
                  />
                </Stack>
                {!ro && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`${t('comms.removeTalkGroup')}: ${g.name}`}
                    mt={28}
                    onClick={() => removal.ask(g)}
                    data-testid="talk-group-remove"
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                )}
              </Group>
            </Fragment>
          ))}
        </Stack>
      )}
      <ConfirmDialog
        opened={removal.opened}
        title={t('comms.removeTalkGroup')}
        message={t('comms.removeTalkGroupConfirm', { name: removal.target?.name ?? '' })}
        confirmLabel={t('comms.removeTalkGroup')}
        onClose={removal.close}
        onConfirm={() => (removal.target ? repos.plan.comms.remove(removal.target.id) : undefined)}
      />
    </Paper>
  );
}
