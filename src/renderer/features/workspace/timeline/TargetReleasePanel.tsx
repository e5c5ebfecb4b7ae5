// "Zielobjekte freigeben": the lead releases the target list for all participating agencies
// or for chosen ones, from a moment on (often the briefing). Until then every output for an
// agency names targets only "Objekt 1…n" (target-release.ts). The release is a fact that may be
// recorded after approval (post-approval.ts); it goes through the save model as one audited
// update of the operation.
import { Badge, Button, Group, MultiSelect, Radio, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isPlanEditable,
  isTargetListReleased,
  mayRecordFact,
  NO_TARGET_RELEASE,
  type TargetRelease,
} from '@shared/domain';
import { useDataSession } from '../../../data/session';
import { DateTimeField } from '../../../ui/DateTimeField';
import { formatDateTime } from '../../../ui/format';
import { useWorkspace } from '../core/context';

/** The agencies taking part in the plan, once each. */
export function useParticipatingAgencies(): string[] {
  const { plan } = useWorkspace();
  return [...new Set(plan.participations.map((p) => p.agencyId))];
}

/** Per participating agency: released now, or targets only as aliases (also in Bereitschaft). */
export function TargetReleaseBadges() {
  const { t } = useTranslation('calendar');
  const { plan, agencyName } = useWorkspace();
  const agencies = useParticipatingAgencies();
  const release = plan.operation.targetRelease ?? NO_TARGET_RELEASE;
  const now = new Date();
  return (
    <Group gap={6} wrap="wrap" data-testid="target-release-state">
      {agencies.map((id) => {
        const open = isTargetListReleased(release, id, now);
        return (
          <Badge key={id} color={open ? 'green' : 'gray'} variant="light" radius="sm" tt="none">
            {`${agencyName(id)}: ${open ? t('release.released') : t('release.aliases')}`}
          </Badge>
        );
      })}
    </Group>
  );
}

/** The release state under its heading, for Bereitschaft. */
export function TargetReleaseSummary() {
  const { t } = useTranslation('calendar');
  return (
    <Stack gap={4} mt="md" data-testid="target-release-summary">
      <Text size="sm" fw={600}>
        {t('release.title')}
      </Text>
      <TargetReleaseBadges />
    </Stack>
  );
}

export function TargetReleasePanel() {
  const { t, i18n } = useTranslation('calendar');
  const { plan, draft, agencyName } = useWorkspace();
  const session = useDataSession();
  const agencies = useParticipatingAgencies();
  const status = plan.operation.status;
  const editable =
    (isPlanEditable(status) || mayRecordFact(status, 'target_release')) &&
    draft.mayChange('operation', null);
  const release = plan.operation.targetRelease ?? NO_TARGET_RELEASE;
  const [scope, setScope] = useState<'all' | 'agencies'>('agencies');
  const [chosen, setChosen] = useState<string[]>([]);
  const [from, setFrom] = useState<string | null>(
    plan.operation.framework.execution.briefingMeeting.at,
  );
  const lang = i18n.language;

  const write = async (change: (r: TargetRelease) => TargetRelease) => {
    draft.edit('targetRelease', (op) => ({
      ...op,
      targetRelease: change(op.targetRelease ?? NO_TARGET_RELEASE),
    }));
    await draft.flush();
  };
  const releaseNow = async () => {
    if (from === null) return;
    const by = (await session.repos.settings.get()).userName.trim() || '—';
    const entry = { from, by, at: new Date().toISOString() };
    await write((r) =>
      scope === 'all'
        ? { ...r, all: entry }
        : {
            ...r,
            agencies: [
              ...r.agencies.filter((a) => !chosen.includes(a.agencyId)),
              ...chosen.map((agencyId) => ({ ...entry, agencyId })),
            ],
          },
    );
    setChosen([]);
  };

  return (
    <Stack gap="xs" data-testid="target-release">
      <Title order={2} size="h5">
        {t('release.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('release.hint')}
      </Text>
      <TargetReleaseBadges />
      {release.all && (
        <Group gap="xs">
          <Text size="sm">
            {t('release.allFrom', {
              from: formatDateTime(release.all.from, lang),
              by: release.all.by,
            })}
          </Text>
          {editable && (
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => void write((r) => ({ ...r, all: null }))}
            >
              {t('release.revoke')}
            </Button>
          )}
        </Group>
      )}
      {release.agencies.map((a) => (
        <Group gap="xs" key={a.agencyId}>
          <Text size="sm">
            {t('release.agencyFrom', {
              agency: agencyName(a.agencyId),
              from: formatDateTime(a.from, lang),
              by: a.by,
            })}
          </Text>
          {editable && (
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() =>
                void write((r) => ({
                  ...r,
                  agencies: r.agencies.filter((x) => x.agencyId !== a.agencyId),
                }))
              }
            >
              {t('release.revoke')}
            </Button>
          )}
        </Group>
      ))}
      {editable && (
        <Group align="flex-end" wrap="wrap" gap="sm">
          <Radio.Group
            value={scope}
            onChange={(v) => setScope(v === 'all' ? 'all' : 'agencies')}
            label={t('release.scope')}
          >
            <Group gap="sm" mt={4}>
              <Radio value="agencies" label={t('release.chosen')} />
              <Radio value="all" label={t('release.all')} />
            </Group>
          </Radio.Group>
          {scope === 'agencies' && (
            <MultiSelect
              label={t('release.agencies')}
              data={agencies.map((id) => ({ value: id, label: agencyName(id) }))}
              value={chosen}
              onChange={setChosen}
              w={320}
              searchable
              data-testid="target-release-agencies"
            />
          )}
          <DateTimeField
            label={t('release.from')}
            value={from}
            onChange={setFrom}
            w={200}
            testId="target-release-from"
          />
          <Button
            onClick={() => void releaseNow()}
            disabled={from === null || (scope === 'agencies' && chosen.length === 0)}
            data-testid="target-release-save"
          >
            {t('release.save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
