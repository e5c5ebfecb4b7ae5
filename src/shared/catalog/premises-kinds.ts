// Kinds of premises (Premises.kind) with the agencies a joint inspection of each typically needs.
import type { AgencyKind } from '../domain/agency';
import type { Label } from '../domain/common';

export interface PremisesKind {
  readonly code: string;
  readonly label: Label;
  /** Agency kinds to suggest when a premises of this kind is a target, most important first. */
  readonly suggestedAgencyKinds: readonly AgencyKind[];
  /** Thematic field codes (thematic-fields.ts) this kind of premises usually belongs to. */
  readonly thematicFields: readonly string[];
  /** What the agencies typically check there, one line for planners. */
  readonly typicalChecks: Label;
}

export const PREMISES_KINDS: readonly PremisesKind[] = [
  {
    code: 'shisha_bar',
    label: { de: 'Shisha-Bar', en: 'Shisha bar' },
    suggestedAgencyKinds: [
      'state_police',
      'regulatory_office',
      'customs',
      'tax_office',
      'tax_investigation',
      'food_control',
      'building_authority',
      'fire_service',
    ],
    thematicFields: ['shisha'],
    typicalChecks: {
      de: 'Tabaksteuer und Wasserpfeifentabak, Nichtraucher- und Jugendschutz, Kohlenmonoxid, Brandschutz, Schwarzarbeit, Kasse, Hygiene',
      en: 'Tobacco tax and shisha tobacco, non-smoker and youth protection, carbon monoxide, fire safety, undeclared work, cash register, hygiene',
    },
  },
  {
    code: 'barbershop',
    label: { de: 'Barbershop', en: 'Barbershop' },
    suggestedAgencyKinds: [
      'state_police',
      'regulatory_office',
      'trade_office',
      'customs',
      'tax_office',
      'foreigners_office',
    ],
    thematicFields: ['money_laundering_prevention'],
    typicalChecks: {
      de: 'Gewerbe- und Handwerksrecht, Schwarzarbeit und Mindestlohn, Aufenthaltsstatus, Kasse',
      en: 'Trade and crafts law, undeclared work and minimum wage, residence status, cash register',
    },
  },
  {
    code: 'betting_shop',
    label: { de: 'Wettbüro', en: 'Betting shop' },
    suggestedAgencyKinds: [
      'state_police',
      'regulatory_office',
      'trade_office',
      'tax_office',
      'customs',
      'building_authority',
    ],
    thematicFields: ['illegal_gambling', 'money_laundering_prevention'],
    typicalChecks: {
      de: 'Erlaubnis und Wettangebot, Jugendschutz, Sperrsystem, Geldwäscheprävention, Schwarzarbeit',
      en: 'Licence and betting offer, youth protection, exclusion system, money-laundering prevention, undeclared work',
    },
  },
  {
    code: 'gambling_hall',
    label: { de: 'Spielhalle', en: 'Gambling hall' },
    suggestedAgencyKinds: [
      'state_police',
      'regulatory_office',
      'trade_office',
      'tax_office',
      'customs',
      'building_authority',
    ],
    thematicFields: ['illegal_gambling'],
    typicalChecks: {
      de: 'Spielhallenerlaubnis, Geldspielgeräte und Fun-Games, Jugendschutz, Sperrzeit, Schwarzarbeit',
      en: 'Gambling-hall licence, gaming machines and fun games, youth protection, closing hours, undeclared work',
    },
  },
  {
    code: 'cafe_restaurant',
    label: { de: 'Café / Gaststätte', en: 'Café / restaurant' },
    suggestedAgencyKinds: [
      'regulatory_office',
      'food_control',
      'customs',
      'tax_office',
      'state_police',
      'trade_office',
      'building_authority',
    ],
    thematicFields: ['illegal_gambling'],
    typicalChecks: {
      de: 'Gaststättenrecht, Hygiene, Schwarzarbeit und Mindestlohn, Kasse, illegales Glücksspiel',
      en: 'Restaurant law, hygiene, undeclared work and minimum wage, cash register, illegal gambling',
    },
  },
  {
    code: 'kiosk',
    label: { de: 'Kiosk', en: 'Kiosk' },
    suggestedAgencyKinds: [
      'regulatory_office',
      'customs',
      'food_control',
      'tax_office',
      'state_police',
    ],
    thematicFields: ['shisha'],
    typicalChecks: {
      de: 'Jugendschutz (Alkohol, Tabak), Ladenöffnung, unversteuerte Tabakwaren, Hygiene, Kasse',
      en: 'Youth protection (alcohol, tobacco), opening hours, untaxed tobacco, hygiene, cash register',
    },
  },
  {
    code: 'car_rental',
    label: { de: 'Kfz-Vermietung', en: 'Car rental' },
    suggestedAgencyKinds: [
      'state_police',
      'trade_office',
      'regulatory_office',
      'tax_office',
      'customs',
      'district_government',
    ],
    thematicFields: ['traffic', 'money_laundering_prevention'],
    typicalChecks: {
      de: 'Gewerbeanmeldung, Mietverträge und Fahrzeugpapiere, Zulassung, Geldwäscheprävention',
      en: 'Trade registration, rental contracts and vehicle papers, registration, money-laundering prevention',
    },
  },
  {
    code: 'car_dealer',
    label: { de: 'Kfz-Handel', en: 'Car dealer' },
    suggestedAgencyKinds: [
      'state_police',
      'trade_office',
      'district_government',
      'tax_office',
      'customs',
      'regulatory_office',
    ],
    thematicFields: ['money_laundering_prevention', 'traffic'],
    typicalChecks: {
      de: 'Sorgfaltspflichten nach GwG bei Bargeschäften, Gewerberecht, Fahrzeugherkunft, Schwarzarbeit',
      en: 'Anti-money-laundering due diligence on cash deals, trade law, vehicle provenance, undeclared work',
    },
  },
  {
    code: 'fitness_studio',
    label: { de: 'Fitness- / Kampfsportstudio', en: 'Fitness / martial-arts studio' },
    suggestedAgencyKinds: [
      'state_police',
      'regulatory_office',
      'trade_office',
      'customs',
      'tax_office',
      'building_authority',
    ],
    thematicFields: ['prevention'],
    typicalChecks: {
      de: 'Gewerbe- und Baurecht, Schwarzarbeit, Arzneimittel und Dopingmittel, Waffen',
      en: 'Trade and building law, undeclared work, medicines and doping substances, weapons',
    },
  },
  {
    code: 'security_company',
    label: { de: 'Bewachungsunternehmen', en: 'Security company' },
    suggestedAgencyKinds: [
      'trade_office',
      'state_police',
      'customs',
      'tax_office',
      'regulatory_office',
    ],
    thematicFields: ['security_industry'],
    typicalChecks: {
      de: 'Erlaubnis nach § 34a GewO, Bewacherregister und Sachkunde, Schwarzarbeit und Mindestlohn',
      en: 'Licence under section 34a GewO, guard register and qualification, undeclared work and minimum wage',
    },
  },
  {
    code: 'brothel',
    label: { de: 'Bordell / Rotlichtbetrieb', en: 'Brothel / red-light premises' },
    suggestedAgencyKinds: [
      'state_police',
      'regulatory_office',
      'customs',
      'tax_office',
      'building_authority',
      'foreigners_office',
      'trade_office',
    ],
    thematicFields: ['red_light'],
    typicalChecks: {
      de: 'Prostituiertenschutzgesetz (Erlaubnis, Anmeldung), Menschenhandel, Aufenthaltsstatus, Baurecht, Steuern',
      en: 'Prostitute Protection Act (permit, registration), human trafficking, residence status, building law, tax',
    },
  },
  {
    code: 'problem_property',
    label: { de: 'Problemimmobilie (Wohnen)', en: 'Problem property (residential)' },
    suggestedAgencyKinds: [
      'building_authority',
      'regulatory_office',
      'foreigners_office',
      'job_centre',
      'family_benefits',
      'youth_welfare',
      'state_police',
      'fire_service',
    ],
    thematicFields: ['problem_properties', 'benefit_fraud', 'residence_law'],
    typicalChecks: {
      de: 'Überbelegung und Wohnungsaufsicht, Brandschutz und Rettungswege, Meldeverhältnisse, Leistungsbezug, Kindeswohl',
      en: 'Overcrowding and housing supervision, fire safety and escape routes, registration, benefit claims, child welfare',
    },
  },
  {
    code: 'event_venue',
    label: { de: 'Veranstaltungsstätte', en: 'Event venue' },
    suggestedAgencyKinds: [
      'regulatory_office',
      'building_authority',
      'fire_service',
      'state_police',
      'food_control',
      'customs',
      'tax_office',
    ],
    thematicFields: [],
    typicalChecks: {
      de: 'Versammlungsstättenrecht, Brandschutz, Jugendschutz, Ordnungsdienst, Schwarzarbeit',
      en: 'Places-of-assembly law, fire safety, youth protection, stewarding, undeclared work',
    },
  },
  {
    code: 'nail_studio',
    label: { de: 'Nagelstudio / Kosmetik', en: 'Nail studio / cosmetics' },
    suggestedAgencyKinds: [
      'customs',
      'trade_office',
      'regulatory_office',
      'foreigners_office',
      'tax_office',
      'state_police',
    ],
    thematicFields: [],
    typicalChecks: {
      de: 'Schwarzarbeit und Mindestlohn, Aufenthaltsstatus und Arbeitserlaubnis, Gewerberecht, Kasse',
      en: 'Undeclared work and minimum wage, residence status and work permit, trade law, cash register',
    },
  },
  {
    code: 'other',
    label: { de: 'Sonstiges Objekt', en: 'Other premises' },
    suggestedAgencyKinds: ['state_police', 'regulatory_office'],
    thematicFields: [],
    typicalChecks: { de: 'nach Lage des Einzelfalls', en: 'depending on the case' },
  },
];
