// Why a member of a shared operation sees the plan read-only: their sharing rights (the plan's
// status is explained by the read-only banner itself). Shown by that banner; nothing when the
// plan is not shared or the member may edit it all. `part="results"` says it for Ergebnisse,
// which a member with `agency` rights cannot change either (see mayChangeResults).
import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from './context';

export function RightsNote({ part }: { part?: 'results' }) {
  const { t } = useTranslation('workspace');
  const { draft, agencyName } = useWorkspace();
  const member = draft.member;
  if (!member || member.rights === 'edit') return null;
  return (
    <Alert color="gray" icon={<IconLock />} data-testid="rights-note">
      {member.rights === 'agency' && member.agencyId
        ? t(part === 'results' ? 'readOnly.sharedResultsAgency' : 'readOnly.sharedAgency', {
            agency: agencyName(member.agencyId) || member.agency,
          })
        : t(part === 'results' ? 'readOnly.sharedResultsRead' : 'readOnly.sharedRead')}
    </Alert>
  );
}
