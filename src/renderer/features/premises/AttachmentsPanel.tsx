// Attachments of one premises: add (checked by content and size), save a copy, remove (asks
// first: the file is gone for good).
import {
  ActionIcon,
  Button,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconDownload, IconPaperclip, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_KIND_LABELS } from '@shared/catalog';
import {
  ATTACHMENT_KINDS,
  ATTACHMENT_MAX_BYTES,
  type AttachmentRef,
  type Premises,
} from '@shared/domain';
import { AttachmentRejectedError } from '../../data/repositories/attachments';
import { useRepos } from '../../data/session';
import { useHost } from '../../host';
import { formatBytes, formatDateTime } from '../../ui/format';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { notifyError, notifySuccess } from '../../ui/notify';
import { useConfirmTarget } from '../../ui/useConfirmTarget';
import { useLabel, useLang } from '../../ui/useLabel';

const EXTENSIONS: Record<AttachmentRef['mime'], string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'application/pdf': 'pdf',
};

export function AttachmentsPanel({ premises }: { premises: Premises }) {
  const { t } = useTranslation('premises');
  const lang = useLang();
  const label = useLabel();
  const host = useHost();
  const repos = useRepos();
  const [kind, setKind] = useState<AttachmentRef['kind']>('photo');
  const [busy, setBusy] = useState(false);
  const removal = useConfirmTarget<AttachmentRef>();

  const add = async () => {
    const r = await host.openFile({
      filters: [{ name: 'PNG, JPEG, PDF', extensions: ['png', 'jpg', 'jpeg', 'pdf'] }],
      maxBytes: ATTACHMENT_MAX_BYTES,
    });
    if (!r.ok) return notifyError(t('attachments.rejected'), r.error);
    if (!r.value) return;
    setBusy(true);
    try {
      await repos.attachments.add(premises.id, r.value, kind);
      notifySuccess(t('attachments.added'));
    } catch (e) {
      notifyError(
        t('attachments.rejected'),
        e instanceof AttachmentRejectedError ? t(`attachments.reasons.${e.reason}`) : e,
      );
    } finally {
      setBusy(false);
    }
  };

  const saveCopy = async (a: AttachmentRef) => {
    const stored = await repos.attachments.get(a.id);
    const name = /\.[a-z0-9]{2,4}$/i.test(a.name) ? a.name : `${a.name}.${EXTENSIONS[a.mime]}`;
    const r = await host.saveFile({
      suggestedName: name.replace(/[/\\:*?"<>|]/g, '_'),
      data: stored.data,
      filters: [{ name: a.mime, extensions: [EXTENSIONS[a.mime]] }],
    });
    if (!r.ok) notifyError(t('attachments.title'), r.error);
  };

  const remove = async (a: AttachmentRef) => {
    await repos.attachments.remove(premises.id, a.id);
    notifySuccess(t('attachments.removed'));
  };

  return (
    <Stack data-testid="attachments">
      <Title order={3} size="h5">
        {t('attachments.title')}
      </Title>
      <Text size="xs" c="dimmed">
        {t('attachments.hint')}
      </Text>
      {premises.attachments.length === 0 ? (
        <Text size="sm">{t('attachments.none')}</Text>
      ) : (
        <Table>
          <Table.Tbody>
            {premises.attachments.map((a) => (
              <Table.Tr key={a.id} data-testid="attachment-row">
                <Table.Td>{a.name}</Table.Td>
                <Table.Td>{label(ATTACHMENT_KIND_LABELS[a.kind])}</Table.Td>
                <Table.Td>{formatBytes(a.size, lang)}</Table.Td>
                <Table.Td>{formatDateTime(a.addedAt, lang)}</Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Tooltip label={t('attachments.open')}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('attachments.open')}
                        onClick={() => void saveCopy(a)}
                      >
                        <IconDownload size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t('attachments.remove')}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`${t('attachments.remove')}: ${a.name}`}
                        onClick={() => removal.ask(a)}
                        data-testid="attachment-remove"
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
      )}
      <Group align="flex-end">
        <Select
          label={t('attachments.kind')}
          data={ATTACHMENT_KINDS.map((k) => ({
            value: k,
            label: label(ATTACHMENT_KIND_LABELS[k]),
          }))}
          value={kind}
          onChange={(v) => v && setKind(v as AttachmentRef['kind'])}
          allowDeselect={false}
          w={200}
        />
        <Button
          leftSection={<IconPaperclip size={16} />}
          loading={busy}
          onClick={() => void add()}
          data-testid="attachment-add"
        >
          {t('attachments.add')}
        </Button>
      </Group>
      <ConfirmDialog
        opened={removal.opened}
        title={t('attachments.remove')}
        message={t('attachments.removeConfirm', { name: removal.target?.name ?? '' })}
        confirmLabel={t('attachments.remove')}
        irreversible
        testId="attachment-delete"
        onClose={removal.close}
        onConfirm={() => (removal.target ? remove(removal.target) : undefined)}
      />
    </Stack>
  );
}
