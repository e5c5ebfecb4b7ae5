// What the row actions do: open the workspace, ask for a name and copy, archive, trash. Each
// step reports success or failure as a toast; copies ask for their name in a dialog first.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useRepos } from '../../../data/session';
import { notifyError, notifySuccess } from '../../../ui/notify';
import type { ListRow } from './list-rows';
import type { NameRequest } from './NameDialog';
import type { RowAction } from './RowMenu';

export function useRowActions() {
  const { t } = useTranslation('operationsList');
  const repos = useRepos();
  const navigate = useNavigate();
  const [nameRequest, setNameRequest] = useState<NameRequest | null>(null);

  const run = useCallback(
    async (step: () => Promise<unknown>, done: string) => {
      try {
        await step();
        notifySuccess(done);
      } catch (e) {
        notifyError(t('errors.actionFailed'), e);
      }
    },
    [t],
  );

  const onAction = useCallback(
    (action: RowAction, row: ListRow) => {
      const { id, codeName } = row;
      switch (action) {
        case 'open':
          navigate(`/operations/${id}`);
          return;
        case 'duplicate':
          setNameRequest({
            title: t('duplicate.title', { codeName }),
            label: t('duplicate.label'),
            confirm: t('duplicate.confirm'),
            initial: t('duplicate.suggestion', { codeName }),
            submit: async (name) => {
              await repos.operations.duplicate(id, name);
              notifySuccess(t('duplicate.done', { codeName: name }));
            },
          });
          return;
        case 'template':
          setNameRequest({
            title: t('template.title', { codeName }),
            label: t('template.label'),
            confirm: t('template.confirm'),
            initial: t('template.suggestion', { codeName }),
            submit: async (name) => {
              await repos.operations.saveAsTemplate(id, name);
              notifySuccess(t('template.done', { name }));
            },
          });
          return;
        case 'archive':
          void run(() => repos.operations.archive(id), t('archive.done', { codeName }));
          return;
        case 'unarchive':
          void run(() => repos.operations.unarchive(id), t('archive.undone', { codeName }));
          return;
        case 'trash':
          void run(() => repos.operations.trash(id), t('trash.moved', { codeName }));
          return;
      }
    },
    [navigate, repos, run, t],
  );

  return { onAction, nameRequest, closeNameRequest: () => setNameRequest(null) };
}
