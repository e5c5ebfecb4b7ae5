// Adding agencies to an operation: a searchable picker and suggestions from the premises kinds,
// the agencies responsible for the operation's municipality first.
import { Badge, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGENCY_KIND_LABELS, municipality } from '@shared/catalog';
import { newParticipation, type Agency, type ParticipationRole } from '@shared/domain';
import { isSelectableAgency, suggestAgencies } from '@shared/roster';
import { useDataSession } from '../../../data/session';
import { notifyError } from '../../../ui/notify';
import { useLabel } from '../../../ui/useLabel';
import { useWorkspace } from '../core/context';

/** The role an agency usually has: the lead agency leads, police secures, others inspect. */
function defaultRole(agency: Agency, leadAgencyId: string | null): ParticipationRole {
  if (agency.id === leadAgencyId) return 'lead';
  if (agency.kind === 'state_police' || agency.kind === 'federal_police')
    return 'enforcement_support';
  if (agency.kind === 'fire_service') return 'support';
  return 'inspecting_authority';
}

export function AddAgencyPanel() {
  const { t } = useTranslation('roster');
  const label = useLabel();
  const session = useDataSession();
  const { plan, agencies, premises, draft } = useWorkspace();
  const [pick, setPick] = useState<string | null>(null);
  const taking = new Set(plan.participations.map((p) => p.agencyId));
  const list = [...agencies.values()].filter(isSelectableAgency);

  const add = async (agency: Agency) => {
    try {
      await draft.flush();
      const settings = await session.repos.settings.get();
      await session.repos.plan.participations.add(
        newParticipation(
          {
            operationId: plan.operation.id,
            agencyId: agency.id,
            role: defaultRole(agency, plan.operation.leadAgencyId),
          },
          new Date().toISOString(),
          settings.userName,
        ),
      );
      setPick(null);
    } catch (e) {
      notifyError(t('forces.add'), e);
    }
  };

  const groups = new Map<string, { value: string; label: string; disabled: boolean }[]>();
  for (const a of list.sort((x, y) => x.name.localeCompare(y.name, 'de'))) {
    const group = label(AGENCY_KIND_LABELS[a.kind]);
    const items = groups.get(group) ?? [];
    items.push({ value: a.id, label: a.name, disabled: taking.has(a.id) });
    groups.set(group, items);
  }
  const suggestions = suggestAgencies({
    premisesKinds: plan.targets.flatMap((x) => {
      const p = premises.get(x.premisesId);
      return p ? [p.kind] : [];
    }),
    agencies: list,
    participations: plan.participations,
    municipalityId: plan.operation.municipalityId,
  });
  const town = plan.operation.municipalityId
    ? municipality(plan.operation.municipalityId)
    : undefined;
  const place = town ? label(town.name) : null;

  return (
    <Paper withBorder p="md">
      <Group align="flex-end" mb="md">
        <Select
          label={t('forces.pick')}
          data={[...groups.entries()].map(([group, items]) => ({ group, items }))}
          value={pick}
          onChange={setPick}
          searchable
          clearable
          w={480}
          data-testid="agency-pick"
        />
        <Button
          leftSection={<IconPlus size={16} />}
          disabled={!pick}
          onClick={() => {
            const a = pick ? agencies.get(pick) : undefined;
            if (a) void add(a);
          }}
          data-testid="agency-add"
        >
          {t('forces.add')}
        </Button>
      </Group>
      {suggestions.length > 0 && (
        <Stack gap={6} data-testid="agency-suggestions">
          <Title order={2} size="h5">
            {t('forces.suggestions')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('forces.suggestionsHint')} {place && t('forces.suggestionsFor', { place })}
          </Text>
          {suggestions.map((s) => {
            const best = s.candidates[0];
            return (
              <Group key={s.kind} justify="space-between" wrap="nowrap" data-kind={s.kind}>
                <Group gap="xs">
                  <Text size="sm" fw={500}>
                    {label(AGENCY_KIND_LABELS[s.kind])}
                  </Text>
                  {s.covered && (
                    <Badge size="xs" color="green" variant="light">
                      {t('forces.covered')}
                    </Badge>
                  )}
                </Group>
                {!s.covered &&
                  (best ? (
                    <Button
                      size="compact-xs"
                      variant="light"
                      onClick={() => void add(best)}
                      data-testid="suggestion-add"
                      data-agency={best.name}
                    >
                      {t('forces.addSuggestion')}: {best.shortName || best.name}
                    </Button>
                  ) : (
                    <Text size="xs" c="dimmed" data-testid="suggestion-none">
                      {place && s.elsewhere.length > 0
                        ? t('forces.noneResponsible', { place })
                        : t('forces.noCandidate')}
                    </Text>
                  ))}
              </Group>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}
