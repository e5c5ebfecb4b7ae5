// Checkliste und Hinweise per chosen thematic field: items ticked off with who and when, notes.
// Every change goes through the draft; structural changes (add, remove) get a key of their own
// so a later edit of another item never replaces them in the save queue.
import {
  Accordion,
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { thematicField } from '@shared/catalog';
import {
  addItem,
  changeItem,
  GUIDE_LIMITS,
  guideFor,
  newId,
  removeItem,
  withGuide,
  type FieldGuide,
  type Operation,
  type Stamp,
} from '@shared/domain';
import { useDataSession } from '../../../data/session';
import { formatDateTime } from '../../../ui/format';
import { useLabel } from '../../../ui/useLabel';
import { useWorkspace } from '../core/context';

type Change = (guide: FieldGuide) => FieldGuide;

export function FieldGuides() {
  const { t } = useTranslation('workspace');
  const label = useLabel();
  const { draft } = useWorkspace();
  const op = draft.operation;
  if (!op || op.thematicFields.length === 0) return null;

  return (
    <Paper withBorder p="md" data-testid="field-guides">
      <Title order={2} size="h4" mb="xs">
        {t('general.fieldGuides')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('general.fieldGuidesHint')}
      </Text>
      <Accordion multiple variant="separated">
        {op.thematicFields.map((field) => (
          <FieldGuideItem
            key={field}
            op={op}
            field={field}
            name={label(thematicField(field)?.label) || field}
          />
        ))}
      </Accordion>
    </Paper>
  );
}

function FieldGuideItem({ op, field, name }: { op: Operation; field: string; name: string }) {
  const { t, i18n } = useTranslation('workspace');
  const session = useDataSession();
  const { draft } = useWorkspace();
  const ro = draft.readOnly;
  const guide = guideFor(op.fieldGuides, field);
  const inputs = useRef(new Map<string, HTMLInputElement>());
  // The item just added by Enter or the button takes the focus once it is drawn.
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    if (focusId === null) return;
    const input = inputs.current.get(focusId);
    if (input) {
      input.focus();
      setFocusId(null);
    }
  }, [focusId, guide.checklist]);

  const edit = (key: string, change: Change) =>
    draft.edit(`fieldGuides:${field}:${key}`, (o) => ({
      ...o,
      fieldGuides: withGuide(o.fieldGuides, field, change),
    }));
  // Adding, removing and ticking are single actions, not typing: stored at once.
  const save = (key: string, change: Change) => {
    edit(key, change);
    void draft.flush();
  };
  const add = (afterId?: string) => {
    // The list's limit: one more would be refused by the schema when saved.
    if (guide.checklist.length >= GUIDE_LIMITS.items) return;
    const id = newId();
    save(`add:${id}`, (g) => addItem(g, id, afterId));
    setFocusId(id);
  };
  const toggle = async (id: string, done: boolean) => {
    let stamp: Stamp | null = null;
    if (done) {
      const by = (await session.repos.settings.get()).userName.trim() || '—';
      stamp = { by, at: new Date().toISOString() };
    }
    save(`${id}:done`, (g) => changeItem(g, id, { done: stamp }));
  };
  const doneCount = guide.checklist.filter((i) => i.done !== null).length;

  return (
    <Accordion.Item value={field}>
      <Accordion.Control data-testid={`field-guide-${field}`}>
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {t('general.fieldGuideOf', { field: name })}
          </Text>
          {guide.checklist.length > 0 && (
            <Badge variant="light" color={doneCount === guide.checklist.length ? 'green' : 'gray'}>
              {t('general.fieldGuideDone', { done: doneCount, count: guide.checklist.length })}
            </Badge>
          )}
        </Group>
      </Accordion.Control>
      <Accordion.Panel>
        <Stack gap="xs">
          {guide.checklist.map((item, index) => (
            <div key={item.id}>
              <Group gap="xs" wrap="nowrap" align="center">
                <Checkbox
                  checked={item.done !== null}
                  disabled={ro}
                  aria-label={t('general.checklistDone', { field: name, n: index + 1 })}
                  onChange={(e) => void toggle(item.id, e.currentTarget.checked)}
                />
                <TextInput
                  style={{ flex: 1 }}
                  ref={(el) => {
                    if (el) inputs.current.set(item.id, el);
                    else inputs.current.delete(item.id);
                  }}
                  aria-label={t('general.checklistItem', { field: name, n: index + 1 })}
                  value={item.text}
                  maxLength={GUIDE_LIMITS.itemText}
                  readOnly={ro}
                  onChange={(e) => {
                    const text = e.currentTarget.value;
                    edit(`${item.id}:text`, (g) => changeItem(g, item.id, { text }));
                  }}
                  onKeyDown={(e) => {
                    // Enter writes the next item, as in a paper list.
                    if (e.key === 'Enter' && !ro && !e.nativeEvent.isComposing) {
                      e.preventDefault();
                      add(item.id);
                    }
                  }}
                  onBlur={() => void draft.flush()}
                />
                {!ro && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('general.checklistRemove', { field: name, n: index + 1 })}
                    onClick={() => save(`remove:${item.id}`, (g) => removeItem(g, item.id))}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                )}
              </Group>
              {item.done && (
                <Text size="xs" c="dimmed" ml={32}>
                  {t('general.checklistDoneBy', {
                    by: item.done.by,
                    at: formatDateTime(item.done.at, i18n.language),
                  })}
                </Text>
              )}
            </div>
          ))}
          {!ro && guide.checklist.length < GUIDE_LIMITS.items && (
            <Group>
              <Button size="xs" variant="light" onClick={() => add()}>
                {t('general.checklistAdd')}
              </Button>
            </Group>
          )}
          <Textarea
            label={t('general.fieldGuideNotes', { field: name })}
            value={guide.notes}
            maxLength={GUIDE_LIMITS.notes}
            readOnly={ro}
            autosize
            minRows={2}
            maxRows={12}
            onChange={(e) => {
              const notes = e.currentTarget.value;
              edit('notes', (g) => ({ ...g, notes }));
            }}
            onBlur={() => void draft.flush()}
          />
        </Stack>
      </Accordion.Panel>
    </Accordion.Item>
  );
}
