// Demo forces: the nine participating agencies (by catalogue key) and the five inspection teams.
import type { ConfirmationStatus, ParticipationRole, Vehicle } from '../domain/participation';
import { demoEmail } from './fictional';

export const DEMO_AGENCY_KEYS = [
  'pp_essen',
  'essen_ordnungsamt',
  'hza_essen_fks',
  'fa_essen_nordost',
  'essen_bauordnung',
  'essen_lebensmittel',
  'essen_auslaenderbehoerde',
  'jobcenter_essen',
  'essen_feuerwehr',
] as const;
export type DemoAgencyKey = (typeof DEMO_AGENCY_KEYS)[number];

export interface DemoParticipationSpec {
  agency: DemoAgencyKey;
  role: ParticipationRole;
  tasks: string;
  legalBasis: string;
  requestedStrength: number;
  vehicles: Vehicle[];
  specialEquipment: string;
  /** `phone` is the last three digits of a reserved drama number (see fictional.ts). */
  liaison: { name: string; function: string; phone: number; email: string };
  /** The answer so far; `null` strength while only requested. `hoursAgo` is relative to `now`. */
  answer: {
    status: ConfirmationStatus;
    strength: number | null;
    via: 'phone' | 'email' | null;
    comment: string;
    hoursAgo: number;
  };
}

const liaison = (name: string, fn: string, phone: number, mail: string) => ({
  name,
  function: fn,
  phone,
  email: demoEmail(mail),
});

export const DEMO_PARTICIPATIONS: readonly DemoParticipationSpec[] = [
  {
    agency: 'pp_essen',
    role: 'lead',
    tasks:
      'Einsatzleitung und Befehlsstelle; Sicherung aller Objekte und der Kontrollkräfte; Identitätsfeststellungen; Verfolgung von Straftaten; Reserve an der Befehlsstelle.',
    legalBasis: 'PolG NRW (insb. §§ 8, 12, 39, 41), Vollzugshilfe §§ 47 ff. PolG NRW; StPO',
    requestedStrength: 24,
    vehicles: [
      { kind: 'Funkstreifenwagen', count: 6, callSign: '' },
      { kind: 'Gruppenkraftwagen', count: 2, callSign: '' },
      { kind: 'Befehlskraftwagen', count: 1, callSign: 'Adler' },
    ],
    specialEquipment: 'Schutzausstattung, Bodycams, mobiles Fingerabdruckgerät, Dolmetscher-Pool',
    liaison: liaison(
      'PHK Max Mustermann',
      'Führungsstelle, Einsatzkoordination',
      101,
      'max.mustermann',
    ),
    answer: {
      status: 'confirmed',
      strength: 24,
      via: 'email',
      comment: 'Kräfte aus dem Wachdienst und der Einsatzhundertschaft (fiktiv).',
      hoursAgo: 50,
    },
  },
  {
    agency: 'essen_ordnungsamt',
    role: 'inspecting_authority',
    tasks:
      'Gaststätten- und Gewerberecht, Nichtraucher- und Jugendschutz, Sperrzeit; Anordnungen vor Ort einschließlich vorläufiger Schließung.',
    legalBasis: '§ 22 GastG, § 29 GewO, NiSchG NRW, JuSchG, OBG NRW',
    requestedStrength: 10,
    vehicles: [{ kind: 'Kleinbus', count: 2, callSign: '' }],
    specialEquipment: 'Formulare Anhörung und Ordnungsverfügung, Siegel für Schließungen',
    liaison: liaison(
      'Jana Beispiel',
      'Kommunaler Ordnungsdienst, Sachgebietsleitung',
      102,
      'jana.beispiel',
    ),
    answer: { status: 'confirmed', strength: 10, via: 'phone', comment: '', hoursAgo: 47 },
  },
  {
    agency: 'hza_essen_fks',
    role: 'inspecting_authority',
    tasks:
      'Prüfung auf Schwarzarbeit, illegale Beschäftigung und Mindestlohn; Kontrolle von Wasserpfeifentabak auf ordnungsgemäße Versteuerung.',
    legalBasis: '§§ 2 ff. SchwarzArbG; Steueraufsicht §§ 209 ff. AO i. V. m. TabStG',
    requestedStrength: 8,
    vehicles: [{ kind: 'Zivilfahrzeug', count: 3, callSign: '' }],
    specialEquipment:
      'Feinwaage, Sicherstellungsbehältnisse, Personenbefragungsbögen in mehreren Sprachen',
    liaison: liaison('ZOI Tom Probe', 'Sachgebiet Prüfungen und Ermittlungen', 103, 'tom.probe'),
    answer: {
      status: 'partially_confirmed',
      strength: 6,
      via: 'email',
      comment: 'Zwei Kräfte wegen einer Parallelprüfung nicht verfügbar (fiktiv).',
      hoursAgo: 30,
    },
  },
  {
    agency: 'fa_essen_nordost',
    role: 'inspecting_authority',
    tasks:
      'Kassen-Nachschau (Registrierkassen, TSE, Belegausgabe) in Shisha-Bar, Wettbüro und Café.',
    legalBasis: '§ 146b AO',
    requestedStrength: 4,
    vehicles: [{ kind: 'Pkw', count: 1, callSign: '' }],
    specialEquipment: 'Datenträger für Kassendaten-Export (DSFinV-K)',
    liaison: liaison('StOI Lena Exempel', 'Kassen-Nachschau', 104, 'lena.exempel'),
    answer: { status: 'confirmed', strength: 4, via: 'email', comment: '', hoursAgo: 44 },
  },
  {
    agency: 'essen_bauordnung',
    role: 'inspecting_authority',
    tasks:
      'Nutzungsgenehmigung, Brandschutz und Rettungswege, Überbelegung; bei Gefahr Nutzungsuntersagung.',
    legalBasis: '§ 58 BauO NRW 2018; WohnStG NRW',
    requestedStrength: 3,
    vehicles: [{ kind: 'Pkw', count: 1, callSign: '' }],
    specialEquipment: 'Lagepläne, Genehmigungsunterlagen der Objekte, Messgerät',
    liaison: liaison('Paul Platzhalter', 'Bauaufsicht, Außendienst', 105, 'paul.platzhalter'),
    answer: { status: 'confirmed', strength: 3, via: 'phone', comment: '', hoursAgo: 40 },
  },
  {
    agency: 'essen_lebensmittel',
    role: 'inspecting_authority',
    tasks: 'Hygiene, Lagerung und Kennzeichnung von Lebensmitteln in Shisha-Bar, Kiosk und Café.',
    legalBasis: 'LFGB i. V. m. VO (EU) 2017/625',
    requestedStrength: 3,
    vehicles: [{ kind: 'Pkw', count: 1, callSign: '' }],
    specialEquipment: 'Probenahmeset, Thermometer',
    liaison: liaison('Dr. Mara Fiktiv', 'Lebensmittelkontrolle', 106, 'mara.fiktiv'),
    answer: { status: 'confirmed', strength: 3, via: 'email', comment: '', hoursAgo: 38 },
  },
  {
    agency: 'essen_auslaenderbehoerde',
    role: 'inspecting_authority',
    tasks: 'Prüfung von Aufenthaltsstatus und Erwerbserlaubnis; aufenthaltsrechtliche Maßnahmen.',
    legalBasis: '§§ 4a, 48, 71 AufenthG',
    requestedStrength: 3,
    vehicles: [],
    specialEquipment: 'Mobiler Zugang zum Ausländerzentralregister über die Polizei',
    liaison: liaison('Ole Demo', 'Sachgebiet Aufenthaltsbeendigung', 107, 'ole.demo'),
    answer: { status: 'confirmed', strength: 3, via: 'phone', comment: '', hoursAgo: 26 },
  },
  {
    agency: 'jobcenter_essen',
    role: 'inspecting_authority',
    tasks: 'Abgleich der angetroffenen Bewohner und Beschäftigten mit dem Leistungsbezug (SGB II).',
    legalBasis: '§§ 60, 64 SGB II',
    requestedStrength: 2,
    vehicles: [],
    specialEquipment: '',
    liaison: liaison('Hanna Testweg', 'Team Leistungsmissbrauch', 108, 'hanna.testweg'),
    answer: { status: 'requested', strength: null, via: null, comment: '', hoursAgo: 52 },
  },
  {
    agency: 'essen_feuerwehr',
    role: 'support',
    tasks:
      'Kohlenmonoxid-Messung vor Betreten der Shisha-Bar; Brandverhütungsschau in der Wohnanlage; Rettungsdienst in Bereitschaft.',
    legalBasis: '§ 26 BHKG',
    requestedStrength: 3,
    vehicles: [{ kind: 'Einsatzleitwagen', count: 1, callSign: '' }],
    specialEquipment: 'CO-Warn- und Messgeräte',
    liaison: liaison('BOI Kai Skizze', 'Vorbeugender Brandschutz', 109, 'kai.skizze'),
    answer: { status: 'confirmed', strength: 3, via: 'phone', comment: '', hoursAgo: 28 },
  },
];

export type DemoTeamKey = 'falke1' | 'falke2' | 'falke3' | 'falke4' | 'falke5';
export type DemoPremisesKey =
  'shisha' | 'barber' | 'betting' | 'kiosk' | 'cafe' | 'rental' | 'property';

export interface DemoTeamSpec {
  key: DemoTeamKey;
  name: string;
  callSign: string;
  /** `phone` is the last three digits of a reserved drama number (see fictional.ts). */
  leader: { name: string; agency: DemoAgencyKey; phone: number };
  members: readonly (readonly [DemoAgencyKey, number])[];
  targets: readonly DemoPremisesKey[];
  notes: string;
}

export const DEMO_TEAMS: readonly DemoTeamSpec[] = [
  {
    key: 'falke1',
    name: 'Kontrollteam 1 – Shisha-Bar',
    callSign: 'Falke 1',
    leader: { name: 'PHK Jonas Attrappe', agency: 'pp_essen', phone: 201 },
    members: [
      ['pp_essen', 4],
      ['essen_ordnungsamt', 2],
      ['hza_essen_fks', 2],
      ['fa_essen_nordost', 2],
      ['essen_bauordnung', 1],
      ['essen_lebensmittel', 1],
      ['essen_feuerwehr', 1],
    ],
    targets: ['shisha'],
    notes: 'Feuerwehr misst vor dem Betreten Kohlenmonoxid; Zugriff erst nach Freigabe.',
  },
  {
    key: 'falke2',
    name: 'Kontrollteam 2 – Barbershop und Kiosk',
    callSign: 'Falke 2',
    leader: { name: 'POK Sina Muster', agency: 'pp_essen', phone: 202 },
    members: [
      ['pp_essen', 4],
      ['essen_ordnungsamt', 2],
      ['hza_essen_fks', 2],
      ['essen_lebensmittel', 1],
      ['essen_auslaenderbehoerde', 1],
    ],
    targets: ['barber', 'kiosk'],
    notes: 'Kiosk im Anschluss an den Barbershop (H+1:15).',
  },
  {
    key: 'falke3',
    name: 'Kontrollteam 3 – Wettbüro und Café',
    callSign: 'Falke 3',
    leader: { name: 'Leon Schema', agency: 'essen_ordnungsamt', phone: 203 },
    members: [
      ['pp_essen', 4],
      ['essen_ordnungsamt', 2],
      ['hza_essen_fks', 1],
      ['fa_essen_nordost', 2],
      ['essen_lebensmittel', 1],
    ],
    targets: ['betting', 'cafe'],
    notes: 'Café im Anschluss an das Wettbüro (H+1:15).',
  },
  {
    key: 'falke4',
    name: 'Kontrollteam 4 – Kfz-Vermietung',
    callSign: 'Falke 4',
    leader: { name: 'POK Timo Entwurf', agency: 'pp_essen', phone: 204 },
    members: [
      ['pp_essen', 3],
      ['essen_ordnungsamt', 1],
      ['hza_essen_fks', 1],
    ],
    targets: ['rental'],
    notes: 'Fahrzeugpapiere und Mietverträge werden vor Ort gesichtet, nicht mitgenommen.',
  },
  {
    key: 'falke5',
    name: 'Kontrollteam 5 – Wohnanlage',
    callSign: 'Falke 5',
    leader: { name: 'Rita Vorlage', agency: 'essen_bauordnung', phone: 205 },
    members: [
      ['pp_essen', 4],
      ['essen_ordnungsamt', 2],
      ['essen_bauordnung', 2],
      ['essen_auslaenderbehoerde', 2],
      ['essen_feuerwehr', 2],
    ],
    targets: ['property'],
    notes: 'Jobcenter Essen wird nach Bestätigung diesem Team zugeordnet.',
  },
];
