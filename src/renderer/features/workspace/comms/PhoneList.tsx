// The phone list: generated from liaisons, team leaders and the command post (refresh keeps
// manual entries), plus entries of one's own. Deleting an entry asks first.
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconPlus, IconRefresh, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PHONE_ENTRY_SOURCE_LABELS } from '@shared/catalog';
import { newId, newPhoneEntry, type PhoneEntry } from '@shared/domain';
import { generatePhoneList } from '@shared/roster';
import { useRepos } from '../../../data/session';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useConfirmTarget } from '../../../ui/useConfirmTarget';
import { useLabel } from '../../../ui/useLabel';
import { useWorkspace } from '../core/context';
import { ItemTextInput } from '../core/item-fields';

const PHONE = (v: string) => v.replace(/[^+0-9 ()/.-]/g, '');

export function PhoneList() {
  const { t } = useTranslation('roster');
  const label = useLabel();
  const repos = useRepos();
  const { plan, agencies, agencyName, draft } = useWorkspace();
  const ro = draft.readOnly;
  const removal = useConfirmTarget<PhoneEntry>();
  const entries = plan.comms
    .filter((c): c is PhoneEntry => c.type === 'phone')
    .sort((a, b) => a.order - b.order);

  const refresh = async () => {
    try {
      await draft.flush();
      const r = generatePhoneList({
        plan,
        agencies: [...agencies.values()],
        now: new Date().toISOString(),
        makeId: newId,
      });
      await repos.plan.comms.applyMany(plan.operation.id, { put: r.put, remove: r.remove });
      notifySuccess(t('comms.refreshed', { put: r.put.length, removed: r.remove.length }));
    } catch (e) {
      notifyError(t('comms.refresh'), e);
    }
  };
  const addManual = () =>
    repos.plan.comms
      .add(
        newPhoneEntry(
          { operationId: plan.operation.id, name: '–', order: (entries.at(-1)?.order ?? 0) + 1 },
          new Date().toISOString(),
        ),
      )
      .catch((e: unknown) => notifyError(t('comms.addPhone'), e));

  return (
    <Paper withBorder p="md" data-testid="phone-list">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('comms.phoneList')}
        </Title>
        {!ro && (
          <Group gap="xs">
            <Button
              size="xs"
              variant="light"
              leftSection={<IconRefresh size={14} />}
              onClick={() => void refresh()}
              data-testid="phone-refresh"
            >
              {t('comms.refresh')}
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPlus size={14} />}
              onClick={() => void addManual()}
              data-testid="phone-add"
            >
              {t('comms.addPhone')}
            </Button>
          </Group>
        )}
      </Group>
      <Text size="xs" c="dimmed" mb="xs">
        {t('comms.generatedHint')}
      </Text>
      {entries.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('comms.phoneEmpty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720} type="native">
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('comms.name')}</Table.Th>
                <Table.Th>{t('comms.function')}</Table.Th>
                <Table.Th>{t('comms.agency')}</Table.Th>
                <Table.Th>{t('comms.phone')}</Table.Th>
                <Table.Th>{t('comms.mobile')}</Table.Th>
                <Table.Th>{t('comms.radioCallSign')}</Table.Th>
                <Table.Th>{t('comms.source')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('comms.phoneActions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e) => {
                const manual = e.source === 'manual' && !ro;
                const cell = (
                  key: 'name' | 'function' | 'phone' | 'mobile' | 'radioCallSign',
                  clean = (v: string) => v,
                ) =>
                  manual ? (
                    <ItemTextInput
                      size="xs"
                      aria-label={t(`comms.${key}`)}
                      table="comms"
                      id={e.id}
                      field={key}
                      value={e[key]}
                      validate={
                        key === 'name'
                          ? (v) => (v.trim() ? null : t('comms.nameMissing'))
                          : undefined
                      }
                      save={(v) => (x) => (x.type === 'phone' ? { ...x, [key]: clean(v) } : x)}
                    />
                  ) : (
                    e[key]
                  );
                return (
                  <Table.Tr key={e.id} data-testid="phone-entry" data-source={e.source}>
                    <Table.Td>{cell('name')}</Table.Td>
                    <Table.Td>{cell('function')}</Table.Td>
                    <Table.Td>{agencyName(e.agencyId)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{cell('phone', PHONE)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{cell('mobile', PHONE)}</Table.Td>
                    <Table.Td>{cell('radioCallSign')}</Table.Td>
                    <Table.Td>
                      <Badge
                        size="xs"
                        variant="light"
                        color={e.source === 'manual' ? 'gray' : 'blue'}
                      >
                        {label(PHONE_ENTRY_SOURCE_LABELS[e.source])}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {!ro && (
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`${t('comms.removePhone')}: ${e.name}`}
                          onClick={() => removal.ask(e)}
                          data-testid="phone-remove"
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmDialog
        opened={removal.opened}
        title={t('comms.removePhone')}
        message={t('comms.removePhoneConfirm', { name: removal.target?.name ?? '' })}
        confirmLabel={t('comms.removePhone')}
        onClose={removal.close}
        onConfirm={() => (removal.target ? repos.plan.comms.remove(removal.target.id) : undefined)}
      />
    </Paper>
  );
}
