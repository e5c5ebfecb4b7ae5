// Side panel for one agency: its fields, contacts and operation history in tabs, and the
// catalogue actions (retire / reactivate, merge a duplicate into it).
import { Badge, Button, Group, Tabs } from '@mantine/core';
import { IconArchive, IconArrowMerge, IconRestore } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency } from '@shared/domain';
import { useRepos } from '../../data/session';
import { notifyError, notifySuccess } from '../../ui/notify';
import { AgencyForm } from './AgencyForm';
import { AgencyHistory } from './AgencyHistory';
import { AppDrawer } from '../../ui/AppDrawer';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ContactsPanel } from './ContactsPanel';
import { MergeModal } from './MergeModal';

interface Props {
  target: string | 'new' | null;
  onClose(): void;
  onCreated(id: string): void;
}

export function AgencyDrawer({ target, onClose, onCreated }: Props) {
  const { t } = useTranslation('agencies');
  const repos = useRepos();
  const id = target && target !== 'new' ? target : null;
  const agency = useLiveQuery(
    () => (id ? repos.agencies.get(id).catch(() => undefined) : undefined),
    [repos, id],
  );
  return (
    <AppDrawer
      opened={target !== null}
      onClose={onClose}
      title={target === 'new' ? t('form.titleNew') : (agency?.name ?? t('form.titleEdit'))}
      data-testid="agency-drawer"
    >
      {target === 'new' && <AgencyForm key="new" agency={null} onSaved={(a) => onCreated(a.id)} />}
      {agency && agency.id === id && <AgencyDetail agency={agency} />}
    </AppDrawer>
  );
}

function AgencyDetail({ agency }: { agency: Agency }) {
  const { t } = useTranslation('agencies');
  const repos = useRepos();
  const [confirmRetire, setConfirmRetire] = useState(false);
  const [merging, setMerging] = useState(false);

  const retire = async () => {
    await repos.agencies.retire(agency.id);
    notifySuccess(t('actions.retired', { name: agency.name }));
  };
  const reactivate = async () => {
    try {
      await repos.agencies.reactivate(agency.id);
      notifySuccess(t('actions.reactivated', { name: agency.name }));
    } catch (e) {
      notifyError(t('actions.reactivate'), e);
    }
  };

  return (
    <>
      <Group mb="md" gap="xs">
        {agency.retired && (
          <Badge color="gray" variant="light">
            {t('retiredBadge')}
          </Badge>
        )}
        {agency.retired ? (
          <Button
            variant="light"
            leftSection={<IconRestore size={16} />}
            onClick={() => void reactivate()}
            data-testid="agency-reactivate"
          >
            {t('actions.reactivate')}
          </Button>
        ) : (
          <Button
            variant="light"
            color="gray"
            leftSection={<IconArchive size={16} />}
            onClick={() => setConfirmRetire(true)}
            data-testid="agency-retire"
          >
            {t('actions.retire')}
          </Button>
        )}
        <Button
          variant="light"
          leftSection={<IconArrowMerge size={16} />}
          onClick={() => setMerging(true)}
          data-testid="agency-merge"
        >
          {t('actions.merge')}
        </Button>
      </Group>
      <Tabs defaultValue="details" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="details">{t('tabs.details')}</Tabs.Tab>
          <Tabs.Tab value="contacts" data-testid="agency-tab-contacts">
            {t('tabs.contacts', { count: agency.contacts.length })}
          </Tabs.Tab>
          <Tabs.Tab value="history" data-testid="agency-tab-history">
            {t('tabs.history')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="details">
          <AgencyForm key={`${agency.id}-${agency.rev}`} agency={agency} onSaved={() => {}} />
        </Tabs.Panel>
        <Tabs.Panel value="contacts">
          <ContactsPanel agency={agency} />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <AgencyHistory agencyId={agency.id} />
        </Tabs.Panel>
      </Tabs>
      <ConfirmDialog
        opened={confirmRetire}
        title={t('actions.retireTitle')}
        message={t('actions.retireBody', { name: agency.name })}
        confirmLabel={t('actions.retire')}
        danger={false}
        onConfirm={retire}
        onClose={() => setConfirmRetire(false)}
        testId="retire-dialog"
      />
      <MergeModal survivor={merging ? agency : null} onClose={() => setMerging(false)} />
    </>
  );
}
