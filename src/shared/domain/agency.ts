// Agency (Behörde): a participating authority with its contacts. Editable catalogue entry.
import { z } from 'zod';
import {
  codeSchema,
  emailSchema,
  entityBase,
  idSchema,
  list,
  phoneSchema,
  shortText,
  text,
} from './common';

export const AGENCY_KINDS = [
  'ministry',
  'state_police',
  'criminal_police_office',
  'federal_police',
  'customs',
  'tax_investigation',
  'tax_office',
  'financial_crime_office',
  'regulatory_office',
  'trade_office',
  'building_authority',
  'food_control',
  'foreigners_office',
  'job_centre',
  'family_benefits',
  'youth_welfare',
  'fire_service',
  'district_government',
  'judiciary',
  'municipality',
  'district',
  'cooperation_office',
  'university',
  'other',
] as const;
export const agencyKindSchema = z.enum(AGENCY_KINDS);
export type AgencyKind = z.infer<typeof agencyKindSchema>;

export const JURISDICTION_LEVELS = [
  'federal',
  'state',
  'regional',
  'district',
  'municipal',
] as const;
export const jurisdictionSchema = z.strictObject({
  level: z.enum(JURISDICTION_LEVELS),
  /** Area the agency is responsible for, e.g. "NRW", "Essen", "Kreis Recklinghausen". */
  area: shortText(),
});
export type Jurisdiction = z.infer<typeof jurisdictionSchema>;

export const PARTNER_STATUSES = ['cooperation_partner', 'network_partner', 'other'] as const;
export const partnerStatusSchema = z.enum(PARTNER_STATUSES);
export type PartnerStatus = z.infer<typeof partnerStatusSchema>;

export const contactSchema = z.strictObject({
  id: idSchema,
  name: shortText().min(1, 'Name fehlt'),
  function: shortText(),
  phone: phoneSchema,
  mobile: phoneSchema,
  email: emailSchema,
  radioCallSign: shortText(),
});
export type Contact = z.infer<typeof contactSchema>;

export const agencySchema = z.strictObject({
  ...entityBase,
  /** Key of the built-in catalogue entry this agency was seeded from (stable across installs). */
  catalogKey: codeSchema.nullable(),
  kind: agencyKindSchema,
  partnerStatus: partnerStatusSchema,
  jurisdiction: jurisdictionSchema,
  name: shortText().min(1, 'Name fehlt'),
  shortName: shortText(),
  address: text(),
  phone: phoneSchema,
  email: emailSchema,
  notes: text(),
  contacts: list(contactSchema, 200),
  /** Retired agencies stay for history but are hidden from pickers. */
  retired: z.boolean(),
  /** Set when this agency was merged into another one (references were moved there). */
  mergedInto: idSchema.nullable(),
  /** People it can send per day over all operations (Kalender flags more); absent = not known. */
  dailyCapacity: z.number().int().min(0).max(100_000).optional(),
});
export type Agency = z.infer<typeof agencySchema>;
