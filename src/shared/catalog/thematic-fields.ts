// Thematic fields of the cooperation's expert groups and portal; codes go into Operation.thematicFields.
import type { Label } from '../domain/common';

export interface ThematicField {
  readonly code: string;
  readonly label: Label;
}

export const THEMATIC_FIELDS: readonly ThematicField[] = [
  { code: 'red_light', label: { de: 'Rotlicht', en: 'Red light' } },
  { code: 'shisha', label: { de: 'Shisha', en: 'Shisha' } },
  { code: 'illegal_gambling', label: { de: 'Illegales Glücksspiel', en: 'Illegal gambling' } },
  { code: 'security_industry', label: { de: 'Bewachungsgewerbe', en: 'Security industry' } },
  {
    code: 'asset_seizure',
    label: { de: 'Kommunale Vermögensabschöpfung', en: 'Municipal asset seizure' },
  },
  { code: 'prevention', label: { de: 'Prävention', en: 'Prevention' } },
  { code: 'residence_law', label: { de: 'Aufenthaltsrecht', en: 'Residence law' } },
  { code: 'traffic', label: { de: 'Verkehr', en: 'Traffic' } },
  {
    code: 'money_laundering_prevention',
    label: { de: 'Geldwäscheprävention', en: 'Money-laundering prevention' },
  },
  { code: 'threat_management', label: { de: 'Bedrohungsmanagement', en: 'Threat management' } },
  { code: 'benefit_fraud', label: { de: 'Leistungsmissbrauch', en: 'Benefit fraud' } },
  { code: 'problem_properties', label: { de: 'Problemimmobilien', en: 'Problem properties' } },
];
