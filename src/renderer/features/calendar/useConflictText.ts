// One sentence per conflict, from the read model's names (premises, agencies): the same words in
// the Kalender's "Konflikte" list and in Bereitschaft.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conflict } from '@shared/calendar';
import type { ReadModelSnapshot } from '../../data/read-model/read-model';
import { useReadModel } from '../../data/read-model/useReadModel';
import { formatDate } from '../../ui/format';

const selectPremises = ({ tables }: ReadModelSnapshot) => tables.premises;
const selectAgencies = ({ tables }: ReadModelSnapshot) => tables.agencies;

export function useConflictText(): (c: Conflict) => string {
  const { t, i18n } = useTranslation('calendar');
  const premises = useReadModel(selectPremises);
  const agencies = useReadModel(selectAgencies);
  return useCallback(
    (c: Conflict) => {
      switch (c.kind) {
        case 'premises':
          return t('conflicts.premisesText', {
            premises: premises.rows.get(c.premisesId)?.name ?? c.premisesId,
            count: c.daysApart,
          });
        case 'capacity': {
          const a = agencies.rows.get(c.agencyId);
          return t('conflicts.capacityText', {
            agency: a ? a.shortName || a.name : c.agencyId,
            // Noon UTC is the same calendar day in Berlin in every season.
            day: formatDate(`${c.day}T12:00:00.000Z`, i18n.language),
            committed: c.committed,
            capacity: c.capacity,
          });
        }
        case 'person':
          return t(c.certainty === 'sure' ? 'conflicts.personSure' : 'conflicts.personPossible', {
            names: c.names.join(', '),
            count: c.names.length,
          });
      }
    },
    [t, i18n.language, premises, agencies],
  );
}
