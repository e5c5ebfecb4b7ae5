// Why a member of a shared operation sees the plan read-only: their sharing rights (the plan's
// status is explained by the read-only banner itself). Shown by that banner; nothing when the
// plan is not shared or the member may edit it all. `part="results"` says it for Ergebnisse,
// where a member with `agency` rights enters their own agency's rows and reads the rest (see
// mayChangeResultsRow) — once the lead's results record is in the plan as the others have it
// (`resultsStored`; started when the lead marks the operation "Durchgeführt", so the waiting text
// remains for operations marked before that, and for a record only this machine holds).
import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from './context';

function resultsKey(agency: boolean, stored: boolean) {
  if (!agency) return 'readOnly.sharedResultsRead' as const;
  return stored
    ? ('readOnly.sharedResultsAgency' as const)
    : ('readOnly.sharedResultsAgencyWaiting' as const);
}

export function RightsNote({
  part,
  resultsStored = true,
}: {
  part?: 'results';
  /** Ergebnisse: whether the lead's results record has arrived (useResultsDraft's `stored`). */
  resultsStored?: boolean;
}) {
  const { t } = useTranslation('workspace');
  const { draft, agencyName } = useWorkspace();
  const member = draft.member;
  if (!member || member.rights === 'edit') return null;
  const agency = member.rights === 'agency' && member.agencyId !== null;
  const agencyLabel = (member.agencyId && agencyName(member.agencyId)) || member.agency;
  return (
    <Alert color="gray" icon={<IconLock />} data-testid="rights-note">
      {part === 'results'
        ? t(resultsKey(agency, resultsStored), { agency: agencyLabel })
        : agency
          ? t('readOnly.sharedAgency', { agency: agencyLabel })
          : t('readOnly.sharedRead')}
    </Alert>
  );
}
