// One premises in the plan: reason (required), legal basis per agency, access time, team, status.
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { premisesKind, TARGET_STATUS_LABELS } from '@shared/catalog';
import { TARGET_STATUSES, type LegalBasis, type OperationTarget } from '@shared/domain';
import { formatOffset, parseOffset } from '@shared/time/h-hour';
import { useRepos } from '../../../data/session';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { useLabel } from '../../../ui/useLabel';
import { formatAddress } from '../../premises/search-docs';
import { useWorkspace } from '../core/context';
import { ItemTextarea, ItemTextInput } from '../core/item-fields';

export function TargetCard({ target }: { target: OperationTarget }) {
  const { t } = useTranslation('workspace');
  const label = useLabel();
  const repos = useRepos();
  const { draft, plan, premises, agencies } = useWorkspace();
  const [removing, setRemoving] = useState(false);
  const ro = draft.readOnly;
  const p = premises.get(target.premisesId);
  const name = p?.name ?? '—';
  type Edit = (x: OperationTarget) => OperationTarget;
  // Choices and clicks are stored at once, typing after its pause: both through the save queue.
  const update = (key: string, mutate: Edit) => {
    draft.editItem('targets', target.id, key, mutate);
    void draft.flush();
  };
  const text = (field: string, value: string, save: (v: string) => Edit) => ({
    table: 'targets' as const,
    id: target.id,
    field,
    value,
    save,
  });
  const agencyOptions = [...new Set(plan.participations.map((x) => x.agencyId))].map((id) => ({
    value: id,
    label: agencies.get(id)?.name ?? id,
  }));
  const setBasis = (list: LegalBasis[]) =>
    update('legalBasis', (x) => ({ ...x, legalBasis: list }));
  const teamOfTarget = plan.teams.find((team) => team.targetIds.includes(target.id));

  return (
    <Paper
      withBorder
      p="md"
      data-testid="target-card"
      id={`target-${target.id}`}
      data-focus-id={target.id}
    >
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Title order={2} size="h4">
            {name}
          </Title>
          <Text size="sm" c="dimmed">
            {[label(p ? premisesKind(p.kind)?.label : undefined), p ? formatAddress(p) : '']
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </div>
        <Group gap="xs">
          {target.reason.trim() === '' && (
            <Badge color="red" variant="light">
              {t('targets.reasonMissing')}
            </Badge>
          )}
          <Badge variant="light" color={teamOfTarget ? 'blue' : 'gray'}>
            {teamOfTarget ? teamOfTarget.name : t('targets.noTeam')}
          </Badge>
          {!ro && (
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`${t('targets.remove')}: ${name}`}
              onClick={() => setRemoving(true)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          )}
        </Group>
      </Group>
      <Stack>
        <ItemTextarea
          label={t('targets.reason')}
          description={t('targets.reasonHint')}
          required
          {...text('reason', target.reason, (v) => (x) => ({ ...x, reason: v }))}
          data-testid="target-reason"
        />
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <ItemTextInput
            label={t('targets.access')}
            description={t('targets.accessHint')}
            {...text(
              'accessOffsetMinutes',
              formatOffset(target.accessOffsetMinutes),
              (v) => (x) => ({
                ...x,
                accessOffsetMinutes: parseOffset(v) ?? x.accessOffsetMinutes,
              }),
            )}
            validate={(v) => (parseOffset(v) === null ? t('targets.accessInvalid') : null)}
            data-testid="target-access"
          />
          <Select
            label={t('targets.status')}
            data={TARGET_STATUSES.map((s) => ({ value: s, label: label(TARGET_STATUS_LABELS[s]) }))}
            value={target.status}
            allowDeselect={false}
            readOnly={ro}
            onChange={(v) =>
              v && update('status', (x) => ({ ...x, status: v as OperationTarget['status'] }))
            }
          />
        </SimpleGrid>
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('targets.legalBasis')}
          </Text>
          <Stack gap="xs">
            {target.legalBasis.map((b, i) => (
              <Group key={`${b.agencyId}-${i}`} align="flex-end" wrap="nowrap">
                <Select
                  aria-label={t('targets.agency')}
                  data={
                    agencyOptions.some((o) => o.value === b.agencyId)
                      ? agencyOptions
                      : [
                          ...agencyOptions,
                          {
                            value: b.agencyId,
                            label: agencies.get(b.agencyId)?.name ?? b.agencyId,
                          },
                        ]
                  }
                  value={b.agencyId}
                  readOnly={ro}
                  allowDeselect={false}
                  w={280}
                  onChange={(v) =>
                    v &&
                    void setBasis(
                      target.legalBasis.map((x, j) => (j === i ? { ...x, agencyId: v } : x)),
                    )
                  }
                />
                <ItemTextInput
                  aria-label={t('targets.basis')}
                  maxLength={4000}
                  style={{ flex: 1 }}
                  {...text(`legalBasis.${i}.basis`, b.basis, (v) => (x) => ({
                    ...x,
                    legalBasis: x.legalBasis.map((y, j) => (j === i ? { ...y, basis: v } : y)),
                  }))}
                />
                {!ro && (
                  <ActionIcon
                    variant="subtle"
                    aria-label={`${t('targets.removeLegalBasis')}: ${agencies.get(b.agencyId)?.name ?? ''} ${b.basis}`.trim()}
                    onClick={() => void setBasis(target.legalBasis.filter((_, j) => j !== i))}
                  >
                    <IconX size={16} />
                  </ActionIcon>
                )}
              </Group>
            ))}
            {!ro && agencyOptions.length > 0 && (
              <Button
                size="xs"
                variant="subtle"
                leftSection={<IconPlus size={14} />}
                w="fit-content"
                onClick={() => {
                  const first =
                    agencyOptions.find(
                      (o) => !target.legalBasis.some((b) => b.agencyId === o.value),
                    ) ?? agencyOptions[0];
                  if (first)
                    void setBasis([...target.legalBasis, { agencyId: first.value, basis: '' }]);
                }}
              >
                {t('targets.addLegalBasis')}
              </Button>
            )}
          </Stack>
        </div>
      </Stack>
      <ConfirmDialog
        opened={removing}
        title={t('targets.remove')}
        message={t('targets.removeConfirm', { name })}
        confirmLabel={t('targets.remove')}
        onClose={() => setRemoving(false)}
        onConfirm={() => repos.plan.targets.remove(target.id)}
      />
    </Paper>
  );
}
