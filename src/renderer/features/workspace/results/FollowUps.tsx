// Follow-up tasks (Nachbereitung): what is still to do after the operation, by whom, by when.
// Read-only (sharing rights): the fields show the tasks; adding and removing are not offered.
import { ActionIcon, Button, Checkbox, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { newId } from '@shared/domain';
import type { FollowUp, OperationResults } from '@shared/results';
import { DateTimeField } from '../../../ui/DateTimeField';
import type { ResultsDraft } from './useResultsDraft';

export function FollowUps({ results, draft }: { results: OperationResults; draft: ResultsDraft }) {
  const { t } = useTranslation('results');
  const readOnly = draft.readOnly;
  const change = (id: string, field: keyof FollowUp, patch: Partial<FollowUp>) =>
    draft.edit(`followUp:${id}:${field}`, (r) => ({
      ...r,
      followUps: r.followUps.map((f) => (f.id === id ? { ...f, ...patch } : f)),
    }));
  const add = () => {
    const item: FollowUp = {
      id: newId(),
      task: t('followUps.newTask'),
      owner: '',
      due: null,
      done: false,
    };
    draft.edit(`followUp:${item.id}:add`, (r) => ({ ...r, followUps: [...r.followUps, item] }));
  };
  const remove = (id: string) =>
    draft.edit(`followUp:${id}:remove`, (r) => ({
      ...r,
      followUps: r.followUps.filter((f) => f.id !== id),
    }));
  return (
    <Stack gap="xs" data-testid="results-follow-ups">
      <Title order={3} size="h4">
        {t('followUps.title')}
      </Title>
      {readOnly && results.followUps.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('followUps.none')}
        </Text>
      )}
      {results.followUps.map((f, i) => (
        <Group key={f.id} align="flex-end" wrap="wrap">
          <TextInput
            label={t('followUps.task', { n: i + 1 })}
            value={f.task}
            readOnly={readOnly}
            variant={readOnly ? 'filled' : 'default'}
            w={320}
            onChange={(e) => change(f.id, 'task', { task: e.currentTarget.value })}
          />
          <TextInput
            label={t('followUps.owner')}
            value={f.owner}
            readOnly={readOnly}
            variant={readOnly ? 'filled' : 'default'}
            w={200}
            onChange={(e) => change(f.id, 'owner', { owner: e.currentTarget.value })}
          />
          <DateTimeField
            label={t('followUps.due')}
            value={f.due}
            readOnly={readOnly}
            w={220}
            onChange={(due) => change(f.id, 'due', { due })}
          />
          <Checkbox
            label={t('followUps.done')}
            checked={f.done}
            disabled={readOnly}
            mb={8}
            onChange={(e) => change(f.id, 'done', { done: e.currentTarget.checked })}
          />
          {!readOnly && (
            <ActionIcon
              variant="subtle"
              color="red"
              mb={4}
              aria-label={t('followUps.remove', { n: i + 1 })}
              onClick={() => remove(f.id)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          )}
        </Group>
      ))}
      {!readOnly && (
        <Button variant="light" w="fit-content" onClick={add}>
          {t('followUps.add')}
        </Button>
      )}
    </Stack>
  );
}
