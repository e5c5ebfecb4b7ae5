// Calendar files for liaisons: one .ics per participating agency (agency-ics.ts). An .ics sent
// by plain e-mail reveals time and place, so the export first says so and asks; the file is
// marked VS-NfD in its descriptions when the plan is.
import { Button, Group, Select, Text } from '@mantine/core';
import { IconCalendarDown } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agencyIcs } from '@shared/calendar';
import { fileSlug } from '@shared/documents/format';
import { useRepos } from '../../../data/session';
import { useHost } from '../../../host';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useWorkspace } from '../core/context';
import { useParticipatingAgencies } from './TargetReleasePanel';

const ICS_FILTER = { name: 'Kalender (ics)', extensions: ['ics'] };

export function IcsExport() {
  const { t } = useTranslation('calendar');
  const host = useHost();
  const repos = useRepos();
  const { plan, premises, agencyName, draft } = useWorkspace();
  const agencies = useParticipatingAgencies();
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);

  const exportFile = async () => {
    if (agencyId === null) return;
    // The events' SEQUENCE numbers are counted from the plan's audit log (ics-sequence.ts):
    // what waits in the save queue is written first, so every change the file shows is counted.
    const history = await draft
      .flush()
      .then(() => repos.audit.forOperation(plan.operation.id))
      .catch((e: unknown) => {
        notifyError(t('ics.error'), e);
        return null;
      });
    if (history === null) return;
    const text = agencyIcs({
      plan,
      agencyId,
      premises: (id) => premises.get(id),
      history,
      now: new Date(),
    });
    if (text === null) return notifyError(t('ics.error'), t('ics.empty'));
    const name = `kalender-${fileSlug(plan.operation.codeName)}-${fileSlug(agencyName(agencyId))}.ics`;
    const r = await host.saveFile({
      suggestedName: name,
      data: new TextEncoder().encode(text),
      filters: [ICS_FILTER],
    });
    if (!r.ok) return notifyError(t('ics.error'), r.error);
    if (r.value.saved) notifySuccess(t('ics.saved', { name: r.value.fileName }));
  };

  return (
    <Group align="flex-end" gap="sm" wrap="wrap" data-testid="ics-export">
      <Select
        label={t('ics.agency')}
        data={agencies.map((id) => ({ value: id, label: agencyName(id) }))}
        value={agencyId}
        onChange={setAgencyId}
        searchable
        w={320}
        data-testid="ics-agency"
      />
      <Button
        variant="default"
        leftSection={<IconCalendarDown size={16} />}
        disabled={agencyId === null}
        onClick={() => setAsking(true)}
        data-testid="ics-export-button"
      >
        {t('ics.export')}
      </Button>
      <Text size="xs" c="dimmed" maw={420}>
        {t('ics.hint')}
      </Text>
      <ConfirmDialog
        opened={asking}
        title={t('ics.warnTitle')}
        message={t('ics.warn')}
        confirmLabel={t('ics.export')}
        onClose={() => setAsking(false)}
        onConfirm={exportFile}
      />
    </Group>
  );
}
