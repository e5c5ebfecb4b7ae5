// What is asked of one agency: role, tasks, legal basis, strength, vehicles, equipment, liaison,
// and the history of its answers.
import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
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
  PARTICIPATION_ROLES,
  type Participation,
  type ParticipationRole,
  type Vehicle,
} from '@shared/domain';
import { useRepos } from '../../../data/session';
import { formatDateTime } from '../../../ui/format';
import { notifyError } from '../../../ui/notify';
import { SavingTextarea, SavingTextInput } from '../../../ui/SavingTextarea';
import { useLabel } from '../../../ui/useLabel';
import { useWorkspace } from '../core/context';

const PHONE = (v: string) => v.replace(/[^+0-9 ()/.-]/g, '');

export function ParticipationDetails({ participation: p }: { participation: Participation }) {
  const { t, i18n } = useTranslation('roster');
  const label = useLabel();
  const repos = useRepos();
  const { agencies, draft } = useWorkspace();
  const ro = draft.readOnly;
  const agency = agencies.get(p.agencyId);
  const update = (mutate: (x: Participation) => Participation) =>
    repos.plan.participations.update(p.id, mutate).catch((e: unknown) => {
      notifyError(agency?.name ?? '', e);
      throw e;
    });
  const setLiaison = (patch: Partial<Participation['liaison']>) =>
    update((x) => ({ ...x, liaison: { ...x.liaison, ...patch } }));
  const setVehicles = (vehicles: Vehicle[]) => update((x) => ({ ...x, vehicles }));

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
          onChange={(v) => v && void update((x) => ({ ...x, role: v as ParticipationRole }))}
        />
        <NumberInput
          label={t('forces.requested')}
          defaultValue={p.requestedStrength}
          min={0}
          max={10000}
          allowDecimal={false}
          readOnly={ro}
          onBlur={(e) => {
            const n = Number.parseInt(e.currentTarget.value, 10);
            if (Number.isInteger(n) && n >= 0 && n !== p.requestedStrength)
              void update((x) => ({ ...x, requestedStrength: n }));
          }}
          data-testid="requested-strength"
        />
        <SavingTextInput
          label={t('forces.equipment')}
          value={p.specialEquipment}
          readOnly={ro}
          maxLength={4000}
          onSave={(v) => update((x) => ({ ...x, specialEquipment: v }))}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <SavingTextarea
          label={t('forces.tasks')}
          value={p.tasks}
          readOnly={ro}
          onSave={(v) => update((x) => ({ ...x, tasks: v }))}
          data-testid="participation-tasks"
        />
        <SavingTextarea
          label={t('forces.legalBasis')}
          value={p.legalBasis}
          readOnly={ro}
          onSave={(v) => update((x) => ({ ...x, legalBasis: v }))}
        />
      </SimpleGrid>
      <div>
        <Title order={3} size="h6" mb={4}>
          {t('forces.vehicles')}
        </Title>
        <Stack gap={4}>
          {p.vehicles.map((v, i) => (
            <Group key={i} wrap="nowrap">
              <TextInput
                aria-label={t('forces.vehicleKind')}
                placeholder={t('forces.vehicleKind')}
                defaultValue={v.kind}
                readOnly={ro}
                maxLength={200}
                onBlur={(e) =>
                  e.currentTarget.value !== v.kind &&
                  void setVehicles(
                    p.vehicles.map((x, j) => (j === i ? { ...x, kind: e.currentTarget.value } : x)),
                  )
                }
              />
              <NumberInput
                aria-label={t('forces.vehicleCount')}
                defaultValue={v.count}
                min={0}
                max={1000}
                w={100}
                readOnly={ro}
                onBlur={(e) => {
                  const n = Number.parseInt(e.currentTarget.value, 10);
                  if (Number.isInteger(n) && n !== v.count)
                    void setVehicles(p.vehicles.map((x, j) => (j === i ? { ...x, count: n } : x)));
                }}
              />
              <TextInput
                aria-label={t('forces.vehicleCallSign')}
                placeholder={t('forces.vehicleCallSign')}
                defaultValue={v.callSign}
                readOnly={ro}
                maxLength={200}
                onBlur={(e) =>
                  e.currentTarget.value !== v.callSign &&
                  void setVehicles(
                    p.vehicles.map((x, j) =>
                      j === i ? { ...x, callSign: e.currentTarget.value } : x,
                    ),
                  )
                }
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
          <SavingTextInput
            label={t('forces.liaisonName')}
            value={p.liaison.name}
            readOnly={ro}
            onSave={(v) => setLiaison({ name: v })}
            data-testid="liaison-name"
          />
          <SavingTextInput
            label={t('forces.liaisonFunction')}
            value={p.liaison.function}
            readOnly={ro}
            onSave={(v) => setLiaison({ function: v })}
          />
          <SavingTextInput
            label={t('forces.liaisonPhone')}
            value={p.liaison.phone}
            readOnly={ro}
            maxLength={40}
            onSave={(v) => setLiaison({ phone: PHONE(v) })}
            data-testid="liaison-phone"
          />
          <SavingTextInput
            label={t('forces.liaisonMobile')}
            value={p.liaison.mobile}
            readOnly={ro}
            maxLength={40}
            onSave={(v) => setLiaison({ mobile: PHONE(v) })}
          />
          <SavingTextInput
            label={t('forces.liaisonEmail')}
            value={p.liaison.email}
            readOnly={ro}
            onSave={(v) => setLiaison({ email: v.trim() })}
          />
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
