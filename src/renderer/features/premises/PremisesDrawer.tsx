// Side panel for one premises: its form, and (once saved) its attachments.
import { Divider } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useRepos } from '../../data/session';
import { AppDrawer } from '../../ui/AppDrawer';
import { AttachmentsPanel } from './AttachmentsPanel';
import { PremisesForm } from './PremisesForm';

interface Props {
  target: string | 'new' | null;
  onClose(): void;
  onCreated(id: string): void;
}

export function PremisesDrawer({ target, onClose, onCreated }: Props) {
  const { t } = useTranslation('premises');
  const repos = useRepos();
  const id = target && target !== 'new' ? target : null;
  const premises = useLiveQuery(() => (id ? repos.premises.get(id) : undefined), [repos, id]);
  const title = target === 'new' ? t('form.titleNew') : t('form.titleEdit');
  return (
    <AppDrawer opened={target !== null} onClose={onClose} title={title}>
      {target === 'new' && (
        <PremisesForm key="new" premises={null} onSaved={(p) => onCreated(p.id)} />
      )}
      {premises && (
        <>
          <PremisesForm key={premises.id} premises={premises} onSaved={() => {}} />
          <Divider my="lg" />
          <AttachmentsPanel premises={premises} />
        </>
      )}
    </AppDrawer>
  );
}
