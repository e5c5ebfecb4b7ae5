// The built-in agency catalogue: cooperation and network partners of the SiKo Ruhr and the
// authorities that typically take part in joint inspections. Users edit the seeded copies.
import { entry, type CatalogAgency } from './agency-types';
import { FEDERAL_AGENCIES } from './agencies-federal';
import { LOCAL_AGENCIES } from './agencies-local';
import { STATE_AGENCIES } from './agencies-state';

export type { CatalogAgency, JurisdictionLevel } from './agency-types';

export const COOPERATION_BODIES: readonly CatalogAgency[] = [
  // The cooperation itself: it has no operational powers and is not one of its own partners.
  entry({
    key: 'siko_ruhr',
    kind: 'cooperation_office',
    partnerStatus: 'other',
    jurisdiction: { level: 'regional', area: 'Metropolregion Ruhr' },
    name: {
      de: 'Sicherheitskooperation Ruhr – Geschäftsstelle',
      en: 'Ruhr Security Cooperation – Branch Office',
    },
    shortName: 'SiKo Ruhr',
  }),
  entry({
    key: 'dfk',
    kind: 'other',
    partnerStatus: 'network_partner',
    jurisdiction: { level: 'federal', area: 'Bundesgebiet' },
    name: {
      de: 'Stiftung Deutsches Forum für Kriminalprävention',
      en: 'German Forum for Crime Prevention Foundation',
    },
    shortName: 'DFK',
  }),
];

export const AGENCY_CATALOG: readonly CatalogAgency[] = [
  ...COOPERATION_BODIES,
  ...STATE_AGENCIES,
  ...FEDERAL_AGENCIES,
  ...LOCAL_AGENCIES,
];
