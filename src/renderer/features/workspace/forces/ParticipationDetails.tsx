// What is asked of one agency: role, tasks, legal basis, strength, vehicles, equipment, liaison,
// and the history of its answers.
import {
  ActionIcon,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  CONFIRMATION_CHANNEL_LABELS,
  CONFIRMATION_STATUS_LABELS,
  PARTICIPATION_ROLE_LABELS,
} from '@shared/catalog';
import {
  LIMITS,
  PARTICIPATION_ROLES,
  type Participation,
  type ParticipationRole,
  type Vehicle,
} from '@shared/domain';
import { CountInput } from '../../../ui/CountInput';
import { formatDateTime } from '../../../ui/format';
import { useLabel } from '../../../ui/useLabel';
import { useWorkspace } from '../core/context';
import { ItemTextarea, ItemTextInput } from '../core/item-fields';

const PHONE = (v: string) => v.replace(/[^+0-9 ()/.-]/g, '');

export function ParticipationDetails({ participation: p }: { participation: Participation }) {
  const { t, i18n } = useTranslation('roster');
  const label = useLabel();
  const { agencies, draft } = useWorkspace();
  const ro = draft.itemReadOnly('participations', p.agencyId);
  const agency = agencies.get(p.agencyId);
  type Edit = (x: Participation) => Participation;
  // Typing waits for its pause; choices and clicks are stored at once. Both go through the
  // workspace's save queue, so the header's save state covers them.
  const edit = (key: string, mutate: Edit) => draft.editItem('participations', p.id, key, mutate);
  const update = (key: string, mutate: Edit) => {
    edit(key, mutate);
    void draft.flush();
  };
  const text = (field: string, value: string, save: (v: string) => Edit) => ({
    table: 'participations' as const,
    id: p.id,
    field,
    value,
    save,
  });
  const liaison = (
    key: Exclude<keyof Participation['liaison'], 'contactId'>,
    clean = (v: string) => v,
  ) =>
    text(`liaison.${key}`, p.liaison[key], (v) => (x) => ({
      ...x,
      liaison: { ...x.liaison, [key]: clean(v) },
    }));
  const setLiaison = (patch: Partial<Participation['liaison']>) =>
    update('liaison', (x) => ({ ...x, liaison: { ...x.liaison, ...patch } }));
  const setVehicles = (vehicles: Vehicle[]) => update('vehicles', (x) => ({ ...x, vehicles }));
  const vehicle = (i: number, key: 'kind' | 'callSign') =>
    text(`vehicles.${i}.${key}`, p.vehicles[i]?.[key] ?? '', (v) => (x) => ({
      ...x,
      vehicles: x.vehicles.map((y, j) => (j === i ? { ...y, [key]: v } : y)),
    }));

  return (
    <Stack mt="md">
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Select
          label={t('forces.role')}
          data={PARTICIPATION_ROLES.map((r) => ({
            value: r,
            label: label(PARTICIPATION_ROLE_LABELS[r]),
          }))}
          value={p.role}
          allowDeselect={false}
          readOnly={ro}
          onChange={(v) => v && update('role', (x) => ({ ...x, role: v as ParticipationRole }))}
        />
        <CountInput
          label={t('forces.requested')}
          value={p.requestedStrength}
          max={LIMITS.strength}
          readOnly={ro}
          onChange={(n) => edit('requestedStrength', (x) => ({ ...x, requestedStrength: n }))}
          onBlur={() => void draft.flush()}
          data-testid="requested-strength"
        />
        <ItemTextInput
          label={t('forces.equipment')}
          maxLength={4000}
          {...text('specialEquipment', p.specialEquipment, (v) => (x) => ({
            ...x,
            specialEquipment: v,
          }))}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <ItemTextarea
          label={t('forces.tasks')}
          {...text('tasks', p.tasks, (v) => (x) => ({ ...x, tasks: v }))}
          data-testid="participation-tasks"
        />
        <ItemTextarea
          label={t('forces.legalBasis')}
          {...text('legalBasis', p.legalBasis, (v) => (x) => ({ ...x, legalBasis: v }))}
        />
      </SimpleGrid>
      <div>
        <Title order={3} size="h6" mb={4}>
          {t('forces.vehicles')}
        </Title>
        <Stack gap={4}>
          {p.vehicles.map((v, i) => (
            <Group key={i} wrap="nowrap">
              <ItemTextInput
                aria-label={t('forces.vehicleKind')}
                placeholder={t('forces.vehicleKind')}
                maxLength={200}
                {...vehicle(i, 'kind')}
              />
              <CountInput
                aria-label={t('forces.vehicleCount')}
                value={v.count}
                max={LIMITS.vehicles}
                w={100}
                readOnly={ro}
                onChange={(n) =>
                  edit(`vehicles.${i}.count`, (x) => ({
                    ...x,
                    vehicles: x.vehicles.map((y, j) => (j === i ? { ...y, count: n } : y)),
                  }))
                }
                onBlur={() => void draft.flush()}
              />
              <ItemTextInput
                aria-label={t('forces.vehicleCallSign')}
                placeholder={t('forces.vehicleCallSign')}
                maxLength={200}
                {...vehicle(i, 'callSign')}
              />
              {!ro && (
                <ActionIcon
                  variant="subtle"
                  aria-label={`${t('forces.removeVehicle')}: ${v.kind || i + 1}`}
                  onClick={() => void setVehicles(p.vehicles.filter((_, j) => j !== i))}
                >
                  <IconX size={16} />
                </ActionIcon>
              )}
            </Group>
          ))}
          {!ro && (
            <Button
              size="xs"
              variant="subtle"
              w="fit-content"
              leftSection={<IconPlus size={14} />}
              onClick={() =>
                void setVehicles([...p.vehicles, { kind: '', count: 1, callSign: '' }])
              }
            >
              {t('forces.addVehicle')}
            </Button>
          )}
        </Stack>
      </div>
      <div>
        <Title order={3} size="h6" mb={4}>
          {t('forces.liaison')}
        </Title>
        {!ro && agency && agency.contacts.length > 0 && (
          <Select
            label={t('forces.liaisonPick')}
            data={agency.contacts.map((c) => ({
              value: c.id,
              label: `${c.name}${c.function ? ` (${c.function})` : ''}`,
            }))}
            value={p.liaison.contactId}
            clearable
            w={420}
            mb="xs"
            onChange={(id) => {
              const c = agency.contacts.find((x) => x.id === id);
              void setLiaison(
                c
                  ? {
                      contactId: c.id,
                      name: c.name,
                      function: c.function,
                      phone: c.phone,
                      mobile: c.mobile,
                      email: c.email,
                    }
                  : { contactId: null },
              );
            }}
            data-testid="liaison-pick"
          />
        )}
        <SimpleGrid cols={{ base: 1, md: 5 }}>
          <ItemTextInput
            label={t('forces.liaisonName')}
            {...liaison('name')}
            data-testid="liaison-name"
          />
          <ItemTextInput label={t('forces.liaisonFunction')} {...liaison('function')} />
          <ItemTextInput
            label={t('forces.liaisonPhone')}
            maxLength={40}
            {...liaison('phone', PHONE)}
            data-testid="liaison-phone"
          />
          <ItemTextInput
            label={t('forces.liaisonMobile')}
            maxLength={40}
            {...liaison('mobile', PHONE)}
          />
          <ItemTextInput label={t('forces.liaisonEmail')} {...liaison('email', (v) => v.trim())} />
        </SimpleGrid>
      </div>
      <div>
        <Title order={3} size="h6" mb={4}>
          {t('forces.history')}
        </Title>
        <Table>
          <Table.Tbody>
            {[...p.history].reverse().map((h, i) => (
              <Table.Tr key={`${h.at}-${i}`}>
                <Table.Td>{formatDateTime(h.at, i18n.language)}</Table.Td>
                <Table.Td>{label(CONFIRMATION_STATUS_LABELS[h.status])}</Table.Td>
                <Table.Td>{h.confirmedStrength ?? ''}</Table.Td>
                <Table.Td>
                  {[h.by, h.via ? label(CONFIRMATION_CHANNEL_LABELS[h.via]) : '']
                    .filter(Boolean)
                    .join(' · ')}
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{h.comment}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </Stack>
  );
}
