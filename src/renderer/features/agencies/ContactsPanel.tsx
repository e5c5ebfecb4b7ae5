// The contacts of one agency: list, add, edit, remove. Each change is one audited update of the
// agency record (contacts live inside it).
import {
  ActionIcon,
  Button,
  Group,
  Stack,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency, Contact } from '@shared/domain';
import { useRepos } from '../../data/session';
import { notifyError, notifySuccess } from '../../ui/notify';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useConfirmTarget } from '../../ui/useConfirmTarget';
import { ContactModal } from './ContactModal';

export function ContactsPanel({ agency }: { agency: Agency }) {
  const { t } = useTranslation('agencies');
  const repos = useRepos();
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const removal = useConfirmTarget<Contact>();
  const [busy, setBusy] = useState(false);

  const write = async (mutate: (contacts: Contact[]) => Contact[], done: string) => {
    setBusy(true);
    try {
      await repos.agencies.update(agency.id, (a) => ({ ...a, contacts: mutate(a.contacts) }));
      notifySuccess(done);
      return true;
    } catch (e) {
      notifyError(t('contacts.titleEdit'), e);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const save = async (c: Contact) => {
    const ok = await write(
      (list) =>
        list.some((x) => x.id === c.id) ? list.map((x) => (x.id === c.id ? c : x)) : [...list, c],
      t('contacts.saved'),
    );
    if (ok) setEditing(null);
  };

  const remove = (c: Contact) =>
    write((list) => list.filter((x) => x.id !== c.id), t('contacts.removed'));

  return (
    <Stack data-testid="agency-contacts">
      {agency.contacts.length === 0 ? (
        <Text c="dimmed">{t('contacts.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('contacts.name')}</Table.Th>
                <Table.Th>{t('contacts.function')}</Table.Th>
                <Table.Th>{t('contacts.phone')}</Table.Th>
                <Table.Th>{t('contacts.email')}</Table.Th>
                <Table.Th>{t('contacts.radioCallSign')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('contacts.edit')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {agency.contacts.map((c) => (
                <Table.Tr key={c.id} data-testid="contact-row">
                  <Table.Td>{c.name}</Table.Td>
                  <Table.Td>{c.function}</Table.Td>
                  <Table.Td>{[c.phone, c.mobile].filter(Boolean).join(' · ')}</Table.Td>
                  <Table.Td>{c.email}</Table.Td>
                  <Table.Td>{c.radioCallSign}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Tooltip label={t('contacts.edit')}>
                        <ActionIcon
                          variant="subtle"
                          aria-label={`${t('contacts.edit')}: ${c.name}`}
                          onClick={() => setEditing(c)}
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('contacts.remove')}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`${t('contacts.remove')}: ${c.name}`}
                          onClick={() => removal.ask(c)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => setEditing('new')}
          data-testid="contact-add"
        >
          {t('contacts.add')}
        </Button>
      </Group>
      <ContactModal
        contact={editing}
        busy={busy}
        onSave={(c) => void save(c)}
        onClose={() => setEditing(null)}
      />
      <ConfirmDialog
        opened={removal.opened}
        title={t('contacts.remove')}
        message={t('contacts.removeConfirm', { name: removal.target?.name ?? '' })}
        confirmLabel={t('contacts.remove')}
        onConfirm={() => (removal.target ? remove(removal.target) : undefined)}
        onClose={removal.close}
      />
    </Stack>
  );
}
