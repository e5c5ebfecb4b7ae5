// "Als Muster speichern": keeps the plan's pattern (no persons, dates, results) as a template.
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { IconTemplate } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRepos } from '../../../data/session';
import { AppModal } from '../../../ui/AppModal';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useWorkspace } from '../core/context';

export function TemplateAction() {
  const { t } = useTranslation('workspace');
  const repos = useRepos();
  const { draft } = useWorkspace();
  const [name, setName] = useState<string | null>(null);
  const op = draft.operation;
  if (!op || op.template) return null;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!name?.trim()) return;
    try {
      await draft.flush();
      await repos.operations.saveAsTemplate(op.id, name.trim());
      notifySuccess(t('actions.templateSaved', { name: name.trim() }));
      setName(null);
    } catch (err) {
      notifyError(t('actions.saveAsTemplate'), err);
    }
  };

  return (
    <>
      <Button
        variant="default"
        size="sm"
        leftSection={<IconTemplate size={16} />}
        onClick={() => setName(`Muster ${op.codeName}`)}
        data-testid="save-template"
      >
        {t('actions.saveAsTemplate')}
      </Button>
      <AppModal
        opened={name !== null}
        onClose={() => setName(null)}
        title={t('actions.saveAsTemplate')}
      >
        <form onSubmit={(e) => void save(e)}>
          <Stack>
            <TextInput
              label={t('actions.templateName')}
              value={name ?? ''}
              onChange={(e) => setName(e.currentTarget.value)}
              maxLength={200}
              required
              data-autofocus
              data-testid="template-name"
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setName(null)}>
                {t('actions.cancel')}
              </Button>
              <Button type="submit" data-testid="template-save">
                {t('actions.ok')}
              </Button>
            </Group>
          </Stack>
        </form>
      </AppModal>
    </>
  );
}
