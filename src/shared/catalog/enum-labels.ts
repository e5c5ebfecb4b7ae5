// German and English labels for every enum of the domain model; a new enum value fails to compile.
import type { AgencyKind, PartnerStatus } from '../domain/agency';
import type { AuditAction, AuditedEntity } from '../domain/audit';
import type { Label } from '../domain/common';
import type { PHONE_ENTRY_SOURCES } from '../domain/comms';
import type {
  Classification,
  FrameworkPart,
  OperationKind,
  OperationStatus,
  Phase,
  RiskCategory,
  RiskLevel,
} from '../domain/operation';
import type {
  CONFIRMATION_CHANNELS,
  ConfirmationStatus,
  ParticipationRole,
} from '../domain/participation';
import type { ATTACHMENT_KINDS } from '../domain/premises';
import type { Language } from '../domain/settings';
import type { TargetStatus } from '../domain/target';
import type { TimelineTime } from '../domain/timeline';
import type { JurisdictionLevel } from './agency-types';

export type ConfirmationChannel = (typeof CONFIRMATION_CHANNELS)[number];
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];
export type PhoneEntrySource = (typeof PHONE_ENTRY_SOURCES)[number];

export const AGENCY_KIND_LABELS: Record<AgencyKind, Label> = {
  ministry: { de: 'Ministerium', en: 'Ministry' },
  state_police: { de: 'Polizei (Land)', en: 'State police' },
  criminal_police_office: { de: 'Landeskriminalamt', en: 'State criminal police office' },
  federal_police: { de: 'Bundespolizei', en: 'Federal police' },
  customs: { de: 'Zoll', en: 'Customs' },
  tax_investigation: { de: 'Steuerfahndung', en: 'Tax investigation' },
  tax_office: { de: 'Finanzamt', en: 'Tax office' },
  financial_crime_office: {
    de: 'Landesamt zur Bekämpfung der Finanzkriminalität',
    en: 'State office against financial crime',
  },
  regulatory_office: { de: 'Ordnungsamt', en: 'Regulatory office' },
  trade_office: { de: 'Gewerbeamt', en: 'Trade office' },
  building_authority: { de: 'Bauaufsicht (Bauordnung)', en: 'Building authority' },
  food_control: { de: 'Lebensmittelüberwachung', en: 'Food control' },
  foreigners_office: { de: 'Ausländerbehörde', en: "Foreigners' office" },
  job_centre: { de: 'Jobcenter', en: 'Job centre' },
  family_benefits: { de: 'Familienkasse', en: 'Family benefits office' },
  youth_welfare: { de: 'Jugendamt', en: 'Youth welfare office' },
  fire_service: { de: 'Feuerwehr', en: 'Fire service' },
  district_government: { de: 'Bezirksregierung', en: 'District government' },
  judiciary: { de: 'Justiz', en: 'Judiciary' },
  municipality: { de: 'Stadt / Gemeinde', en: 'Municipality' },
  district: { de: 'Kreis', en: 'District' },
  cooperation_office: { de: 'Geschäftsstelle der Kooperation', en: 'Cooperation office' },
  university: { de: 'Hochschule', en: 'University' },
  other: { de: 'Sonstige', en: 'Other' },
};

/** What an agency of each kind typically contributes to a joint inspection (roster hints). */
export const AGENCY_KIND_REMITS: Record<AgencyKind, Label> = {
  ministry: {
    de: 'Strategische Steuerung, keine Kontrollaufgaben',
    en: 'Strategy, no inspections',
  },
  state_police: {
    de: 'Sicherung, Vollzugshilfe, Identitätsfeststellung, Strafverfolgung',
    en: 'Security, enforcement support, identity checks, criminal prosecution',
  },
  criminal_police_office: {
    de: 'Auswertung, Lagebild, Spezialkräfte auf Anforderung',
    en: 'Analysis, situation picture, specialists on request',
  },
  federal_police: {
    de: 'Unterstützung, Bahnanlagen, aufenthaltsrechtliche Prüfungen',
    en: 'Support, railway premises, residence checks',
  },
  customs: {
    de: 'Schwarzarbeit und Mindestlohn (FKS), Tabaksteuer, Bargeld',
    en: 'Undeclared work and minimum wage (FKS), tobacco tax, cash',
  },
  tax_investigation: { de: 'Steuerstraftaten, Beweissicherung', en: 'Tax offences, evidence' },
  tax_office: { de: 'Kassen-Nachschau, Umsatzsteuer', en: 'Cash-register checks, VAT' },
  financial_crime_office: {
    de: 'Finanzermittlungen, Geldwäsche, Vermögensabschöpfung',
    en: 'Financial investigations, money laundering, asset recovery',
  },
  regulatory_office: {
    de: 'Nichtraucher- und Jugendschutz, Sperrzeit, Gaststätten- und Gewerberecht',
    en: 'Non-smoker and youth protection, closing hours, restaurant and trade law',
  },
  trade_office: {
    de: 'Gewerbeanmeldung, Erlaubnisse, Zuverlässigkeit',
    en: 'Trade registration, licences, reliability',
  },
  building_authority: {
    de: 'Nutzungsgenehmigung, Brandschutz, Rettungswege, Stilllegung',
    en: 'Use permits, fire safety, escape routes, closure orders',
  },
  food_control: { de: 'Hygiene, Kennzeichnung, Lebensmittel', en: 'Hygiene, labelling, food' },
  foreigners_office: {
    de: 'Aufenthaltsstatus, Arbeitserlaubnis, aufenthaltsrechtliche Maßnahmen',
    en: 'Residence status, work permits, residence measures',
  },
  job_centre: { de: 'Leistungsmissbrauch (SGB II)', en: 'Benefit fraud (SGB II)' },
  family_benefits: { de: 'Kindergeldmissbrauch', en: 'Child-benefit fraud' },
  youth_welfare: { de: 'Kindeswohl, Jugendschutz', en: 'Child welfare, youth protection' },
  fire_service: {
    de: 'Brandverhütungsschau, Kohlenmonoxid-Messung, Rettungsdienst',
    en: 'Fire inspection, carbon-monoxide measurement, ambulance',
  },
  district_government: {
    de: 'Geldwäscheaufsicht im Nichtfinanzsektor, Glücksspielaufsicht',
    en: 'Money-laundering supervision (non-financial sector), gambling supervision',
  },
  judiciary: { de: 'Strafverfolgung, Anordnungen', en: 'Prosecution, court orders' },
  municipality: { de: 'Kommunale Ämter nach Bedarf', en: 'Municipal offices as needed' },
  district: { de: 'Kreisämter nach Bedarf', en: 'District offices as needed' },
  cooperation_office: {
    de: 'Koordination, Informationszusammenführung, keine operativen Befugnisse',
    en: 'Coordination, pooling information, no operational powers',
  },
  university: { de: 'Aus- und Fortbildung, Forschung', en: 'Training and research' },
  other: { de: 'nach Absprache', en: 'as agreed' },
};

export const JURISDICTION_LEVEL_LABELS: Record<JurisdictionLevel, Label> = {
  federal: { de: 'Bund', en: 'Federal' },
  state: { de: 'Land', en: 'State' },
  regional: { de: 'Überörtlich / Bezirk', en: 'Regional' },
  district: { de: 'Kreis', en: 'District' },
  municipal: { de: 'Kommune', en: 'Municipal' },
};

export const PARTNER_STATUS_LABELS: Record<PartnerStatus, Label> = {
  cooperation_partner: { de: 'Kooperationspartner', en: 'Cooperation partner' },
  network_partner: { de: 'Netzwerkpartner', en: 'Network partner' },
  other: { de: 'Sonstige Behörde', en: 'Other agency' },
};

export const OPERATION_KIND_LABELS: Record<OperationKind, Label> = {
  joint_inspection: { de: 'Verbundkontrolle', en: 'Joint inspection' },
  focus_operation: { de: 'Schwerpunkteinsatz', en: 'Focus operation' },
  search: { de: 'Durchsuchung', en: 'Search' },
  other: { de: 'Sonstiger Einsatz', en: 'Other operation' },
};

export const OPERATION_STATUS_LABELS: Record<OperationStatus, Label> = {
  draft: { de: 'Entwurf', en: 'Draft' },
  planning: { de: 'In Planung', en: 'Planning' },
  in_review: { de: 'Zur Freigabe', en: 'Awaiting approval' },
  approved: { de: 'Freigegeben', en: 'Approved' },
  executed: { de: 'Durchgeführt', en: 'Executed' },
  followed_up: { de: 'Nachbereitet', en: 'Followed up' },
  closed: { de: 'Abgeschlossen', en: 'Closed' },
  cancelled: { de: 'Abgesagt', en: 'Cancelled' },
};

export const CLASSIFICATION_LABELS: Record<Classification, Label> = {
  open: { de: 'Offen', en: 'Unclassified' },
  vs_nfd: { de: 'VS – Nur für den Dienstgebrauch', en: 'Restricted (VS-NfD)' },
};

/** The marking printed at the top and bottom of every page (German in both languages). */
export const CLASSIFICATION_MARKINGS: Record<Classification, string> = {
  open: 'OFFEN',
  vs_nfd: 'VS – NUR FÜR DEN DIENSTGEBRAUCH',
};

export const CLASSIFICATION_SHORT: Record<Classification, string> = {
  open: 'OFFEN',
  vs_nfd: 'VS-NfD',
};

export const FRAMEWORK_PART_LABELS: Record<FrameworkPart, Label> = {
  situation: { de: 'Lage', en: 'Situation' },
  mission: { de: 'Auftrag', en: 'Mission' },
  execution: { de: 'Durchführung', en: 'Execution' },
  support: { de: 'Einsatzunterstützung', en: 'Support' },
  command: { de: 'Führung und Kommunikation', en: 'Command and communications' },
};

export const RISK_CATEGORY_LABELS: Record<RiskCategory, Label> = {
  weapons: { de: 'Waffen', en: 'Weapons' },
  dogs: { de: 'Hunde', en: 'Dogs' },
  violent_persons: { de: 'Gewaltbereite Personen', en: 'Violent persons' },
  crowd_tumult: { de: 'Zulauf / Tumultlage', en: 'Crowd / tumult' },
  threats_to_staff: { de: 'Bedrohung von Einsatzkräften', en: 'Threats against staff' },
  other: { de: 'Sonstige Gefahren', en: 'Other risks' },
};

export const RISK_LEVEL_LABELS: Record<RiskLevel, Label> = {
  none: { de: 'keine', en: 'none' },
  low: { de: 'gering', en: 'low' },
  medium: { de: 'mittel', en: 'medium' },
  high: { de: 'hoch', en: 'high' },
};

export const PHASE_LABELS: Record<Phase, Label> = {
  planning: { de: 'Planung', en: 'Planning' },
  preparation: { de: 'Vorbereitung', en: 'Preparation' },
  execution: { de: 'Durchführung', en: 'Execution' },
  follow_up: { de: 'Nachbereitung', en: 'Follow-up' },
};

/** Timeline entries use the operation phases. */
export const TIMELINE_PHASE_LABELS: Record<Phase, Label> = PHASE_LABELS;

export const TIMELINE_TIME_KIND_LABELS: Record<TimelineTime['kind'], Label> = {
  relative: { de: 'relativ zu H', en: 'relative to H' },
  absolute: { de: 'feste Uhrzeit', en: 'fixed time' },
};

export const TARGET_STATUS_LABELS: Record<TargetStatus, Label> = {
  planned: { de: 'geplant', en: 'planned' },
  inspected: { de: 'kontrolliert', en: 'inspected' },
  not_met: { de: 'nicht angetroffen', en: 'nobody found' },
  closed_down: { de: 'geschlossen', en: 'closed down' },
  dropped: { de: 'entfallen', en: 'dropped' },
};

export const PARTICIPATION_ROLE_LABELS: Record<ParticipationRole, Label> = {
  lead: { de: 'Einsatzleitung', en: 'Lead' },
  enforcement_support: { de: 'Vollzugshilfe / Sicherung', en: 'Enforcement support / security' },
  inspecting_authority: { de: 'Kontrollbehörde', en: 'Inspecting authority' },
  support: { de: 'Unterstützung', en: 'Support' },
  observer: { de: 'Beobachtung', en: 'Observer' },
};

export const CONFIRMATION_STATUS_LABELS: Record<ConfirmationStatus, Label> = {
  requested: { de: 'angefragt', en: 'requested' },
  confirmed: { de: 'bestätigt', en: 'confirmed' },
  partially_confirmed: { de: 'teilweise bestätigt', en: 'partially confirmed' },
  declined: { de: 'abgelehnt', en: 'declined' },
  withdrawn: { de: 'zurückgezogen', en: 'withdrawn' },
};

export const CONFIRMATION_CHANNEL_LABELS: Record<ConfirmationChannel, Label> = {
  phone: { de: 'Telefon', en: 'Phone' },
  email: { de: 'E-Mail', en: 'E-mail' },
  letter: { de: 'Schreiben', en: 'Letter' },
  in_person: { de: 'persönlich', en: 'In person' },
  other: { de: 'sonstiger Weg', en: 'Other' },
};

export const AUDIT_ACTION_LABELS: Record<AuditAction, Label> = {
  create: { de: 'angelegt', en: 'created' },
  update: { de: 'geändert', en: 'updated' },
  delete: { de: 'gelöscht', en: 'deleted' },
  trash: { de: 'in den Papierkorb verschoben', en: 'moved to trash' },
  restore: { de: 'wiederhergestellt', en: 'restored' },
  status: { de: 'Status geändert', en: 'status changed' },
  approve: { de: 'freigegeben', en: 'approved' },
  revise: { de: 'neue Revision begonnen', en: 'new revision started' },
  merge: { de: 'zusammengeführt', en: 'merged' },
  import: { de: 'importiert', en: 'imported' },
  export: { de: 'exportiert', en: 'exported' },
  migrate: { de: 'migriert', en: 'migrated' },
};

export const AUDITED_ENTITY_LABELS: Record<AuditedEntity, Label> = {
  operation: { de: 'Einsatz', en: 'Operation' },
  agency: { de: 'Behörde', en: 'Agency' },
  premises: { de: 'Objekt', en: 'Premises' },
  target: { de: 'Einsatzobjekt', en: 'Target' },
  participation: { de: 'Beteiligung', en: 'Participation' },
  team: { de: 'Team', en: 'Team' },
  timeline: { de: 'Zeitablauf', en: 'Timeline' },
  comms: { de: 'Kommunikation', en: 'Communications' },
  finding: { de: 'Ergebnis', en: 'Result' },
  attachment: { de: 'Anhang', en: 'Attachment' },
  settings: { de: 'Einstellungen', en: 'Settings' },
  revision: { de: 'Revision', en: 'Revision' },
  database: { de: 'Datenbank', en: 'Database' },
};

export const ATTACHMENT_KIND_LABELS: Record<AttachmentKind, Label> = {
  photo: { de: 'Foto', en: 'Photo' },
  floor_plan: { de: 'Grundriss', en: 'Floor plan' },
  document: { de: 'Dokument', en: 'Document' },
};

export const PHONE_ENTRY_SOURCE_LABELS: Record<PhoneEntrySource, Label> = {
  liaison: { de: 'Ansprechperson', en: 'Liaison' },
  team_leader: { de: 'Teamleitung', en: 'Team leader' },
  command_post: { de: 'Befehlsstelle', en: 'Command post' },
  manual: { de: 'manuell', en: 'Manual' },
};

export const LANGUAGE_LABELS: Record<Language, Label> = {
  de: { de: 'Deutsch', en: 'German' },
  en: { de: 'Englisch', en: 'English' },
};
