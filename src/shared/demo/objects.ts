// Demo premises in Essen: invented names, streets and operators; coordinates only roughly placed.
import type { RiskItem } from '../domain/operation';
import type { DemoAgencyKey, DemoPremisesKey } from './forces';

export interface DemoPremisesSpec {
  key: DemoPremisesKey;
  name: string;
  kind: string;
  street: string;
  houseNumber: string;
  postalCode: string;
  district: string;
  lat: number;
  lng: number;
  operator: { name: string; legalForm: string; contact: string; notes: string };
  accessNotes: string;
  risks: RiskItem[];
  riskNotes: string;
  /** Why this premises is a target: documented facts only (operators have alleged discrimination). */
  reason: string;
  /** Legal basis per agency acting at this target. */
  legal: Partial<Record<DemoAgencyKey, string>>;
  accessOffsetMinutes: number;
}

const FICTIONAL = 'Alle Angaben fiktiv (Beispieldaten).';
const WEST = 'Beispielviertel West';
const NORTH = 'Beispielviertel Nord';
const POLICE =
  'Sicherung und Vollzugshilfe §§ 47 ff. PolG NRW; Identitätsfeststellung § 12 PolG NRW';

export const DEMO_PREMISES: readonly DemoPremisesSpec[] = [
  {
    key: 'shisha',
    name: 'Shisha-Lounge Beispiel',
    kind: 'shisha_bar',
    street: 'Musterstraße',
    houseNumber: '12',
    postalCode: '45143',
    district: WEST,
    lat: 51.4601,
    lng: 6.9921,
    operator: {
      name: 'Beispiel Gastro UG (haftungsbeschränkt)',
      legalForm: 'UG (haftungsbeschränkt)',
      contact: 'Geschäftsführer Erik Fiktiv',
      notes: FICTIONAL,
    },
    accessNotes:
      'Eingang straßenseitig; Hinterausgang zum Hof über Musterstraße 12a – vor dem Zugriff durch zwei Kräfte sichern. Kohleofen im Lagerraum hinter der Theke.',
    risks: [
      {
        category: 'other',
        level: 'medium',
        findings: 'Kohlenmonoxid durch Kohleofen und unzureichende Lüftung möglich.',
        measures: 'Feuerwehr misst vor dem Betreten; alle Kräfte mit CO-Warngerät.',
      },
      {
        category: 'crowd_tumult',
        level: 'medium',
        findings: 'Bei einer früheren Kontrolle sammelten sich rasch Gäste vor dem Objekt.',
        measures: 'Abschirmung des Eingangs durch die Polizei; Reserve an der Befehlsstelle.',
      },
    ],
    riskNotes: '',
    reason:
      'Bei der letzten Kontrolle Verstöße gegen Nichtraucher- und Jugendschutz festgestellt; Hinweis des Hauptzollamts auf Wasserpfeifentabak ohne Steuerzeichen (fiktiv).',
    legal: {
      pp_essen: POLICE,
      essen_ordnungsamt: '§ 22 GastG; NiSchG NRW; § 10 JuSchG',
      hza_essen_fks: '§§ 2 ff. SchwarzArbG; §§ 209 ff. AO i. V. m. TabStG',
      fa_essen_nordost: '§ 146b AO',
      essen_bauordnung: '§ 58 BauO NRW 2018',
      essen_lebensmittel: 'LFGB i. V. m. VO (EU) 2017/625',
      essen_feuerwehr: '§ 26 BHKG',
    },
    accessOffsetMinutes: 0,
  },
  {
    key: 'barber',
    name: 'Barbershop Musterschnitt',
    kind: 'barbershop',
    street: 'Beispielweg',
    houseNumber: '3',
    postalCode: '45143',
    district: WEST,
    lat: 51.4577,
    lng: 6.9975,
    operator: {
      name: 'Paul Exempel (Einzelunternehmen)',
      legalForm: 'Einzelunternehmen',
      contact: 'Inhaber',
      notes: FICTIONAL,
    },
    accessNotes: 'Ein Eingang; Nebenraum mit separater Tür zum Treppenhaus.',
    risks: [
      {
        category: 'threats_to_staff',
        level: 'low',
        findings: 'Mitarbeitende wurden bei einer früheren Kontrolle gefilmt und beleidigt.',
        measures: 'Ruhig und bestimmt auftreten; Vorfälle dokumentieren und anzeigen.',
      },
    ],
    riskNotes: '',
    reason:
      'Hinweise der FKS auf Beschäftigung ohne Anmeldung; Betrieb ohne Eintragung in die Handwerksrolle gemeldet (fiktiv).',
    legal: {
      pp_essen: POLICE,
      essen_ordnungsamt: '§ 29 GewO',
      hza_essen_fks: '§§ 2 ff. SchwarzArbG',
      essen_auslaenderbehoerde: '§§ 4a, 48 AufenthG',
    },
    accessOffsetMinutes: 0,
  },
  {
    key: 'betting',
    name: 'Wettbüro Probewette',
    kind: 'betting_shop',
    street: 'Am Probeplatz',
    houseNumber: '5',
    postalCode: '45326',
    district: NORTH,
    lat: 51.4921,
    lng: 7.0093,
    operator: {
      name: 'Probewette GmbH',
      legalForm: 'GmbH',
      contact: 'Betriebsleitung vor Ort',
      notes: FICTIONAL,
    },
    accessNotes: 'Eingang mit Türöffner vom Tresen; Büro im Obergeschoss über Innentreppe.',
    risks: [
      {
        category: 'violent_persons',
        level: 'medium',
        findings: 'Im Umfeld verkehren Personen, die wegen Körperverletzung bekannt sind (fiktiv).',
        measures: 'Zugriff mit vier Polizeikräften; Eigensicherung vor Kontrollbeginn.',
      },
      {
        category: 'weapons',
        level: 'low',
        findings: 'Keine konkreten Hinweise; Messer im Umfeld nicht ausgeschlossen.',
        measures: 'Durchsuchung nur bei Anlass (§ 39 PolG NRW).',
      },
    ],
    riskNotes: '',
    reason:
      'Beschwerden über Wettangebote ohne Erlaubnis und Zutritt Minderjähriger; Kassendaten bei der letzten Prüfung unvollständig (fiktiv).',
    legal: {
      pp_essen: POLICE,
      essen_ordnungsamt: '§ 29 GewO; GlüStV 2021 i. V. m. AG GlüStV NRW; JuSchG',
      hza_essen_fks: '§§ 2 ff. SchwarzArbG',
      fa_essen_nordost: '§ 146b AO',
    },
    accessOffsetMinutes: 0,
  },
  {
    key: 'kiosk',
    name: 'Kiosk Exempelallee',
    kind: 'kiosk',
    street: 'Exempelallee',
    houseNumber: '40',
    postalCode: '45145',
    district: WEST,
    lat: 51.4563,
    lng: 6.9889,
    operator: {
      name: 'Nina Beispielfrau (Einzelunternehmen)',
      legalForm: 'Einzelunternehmen',
      contact: 'Inhaberin',
      notes: FICTIONAL,
    },
    accessNotes: 'Verkaufsraum und Lager hinter dem Tresen; kein zweiter Ausgang.',
    risks: [],
    riskNotes: 'Keine besonderen Gefahren bekannt.',
    reason:
      'Testkauf ergab Abgabe von Tabakwaren an Minderjährige; Hinweis auf lose verkauften Wasserpfeifentabak (fiktiv).',
    legal: {
      pp_essen: POLICE,
      essen_ordnungsamt: 'JuSchG; LÖG NRW',
      hza_essen_fks: '§§ 209 ff. AO i. V. m. TabStG',
      essen_lebensmittel: 'LFGB i. V. m. VO (EU) 2017/625',
    },
    accessOffsetMinutes: 75,
  },
  {
    key: 'cafe',
    name: 'Café Platzhalter',
    kind: 'cafe_restaurant',
    street: 'Platzhalterstraße',
    houseNumber: '8',
    postalCode: '45329',
    district: NORTH,
    lat: 51.4946,
    lng: 7.0134,
    operator: {
      name: 'Platzhalter Gastronomie GbR',
      legalForm: 'GbR',
      contact: 'Gesellschafter (zwei Personen)',
      notes: FICTIONAL,
    },
    accessNotes: 'Gastraum, dahinter Küche und ein abgetrennter Raum mit Spieltischen.',
    risks: [
      {
        category: 'crowd_tumult',
        level: 'low',
        findings: 'Treffpunkt mit bis zu 30 Gästen am Freitagabend.',
        measures: 'Gäste im Gastraum zusammenführen; Ausgänge besetzen.',
      },
    ],
    riskNotes: '',
    reason:
      'Hinweise auf verbotenes Glücksspiel im Nebenraum und auf Beschäftigte ohne Anmeldung (fiktiv).',
    legal: {
      pp_essen: POLICE,
      essen_ordnungsamt: '§ 22 GastG; GlüStV 2021',
      hza_essen_fks: '§§ 2 ff. SchwarzArbG',
      fa_essen_nordost: '§ 146b AO',
      essen_lebensmittel: 'LFGB i. V. m. VO (EU) 2017/625',
    },
    accessOffsetMinutes: 75,
  },
  {
    key: 'rental',
    name: 'Autovermietung Exempel',
    kind: 'car_rental',
    street: 'Demoring',
    houseNumber: '21',
    postalCode: '45145',
    district: WEST,
    lat: 51.4508,
    lng: 6.9842,
    operator: {
      name: 'Exempel Mobil GmbH',
      legalForm: 'GmbH',
      contact: 'Geschäftsführung',
      notes: FICTIONAL,
    },
    accessNotes: 'Büro-Container auf eingezäuntem Hof; Tor abends geschlossen, Klingel am Tor.',
    risks: [
      {
        category: 'dogs',
        level: 'low',
        findings: 'Wachhund auf dem Hof gemeldet.',
        measures: 'Betreiber vor dem Betreten auffordern, den Hund zu sichern.',
      },
    ],
    riskNotes: '',
    reason:
      'Mehrere Mietfahrzeuge fielen bei Verkehrsverstößen auf, Mieter waren nicht feststellbar; Bargeldgeschäfte ohne Identifizierung gemeldet (fiktiv).',
    legal: {
      pp_essen: POLICE,
      essen_ordnungsamt: '§ 29 GewO',
      hza_essen_fks: '§§ 2 ff. SchwarzArbG',
    },
    accessOffsetMinutes: 0,
  },
  {
    key: 'property',
    name: 'Wohnanlage Am Musterhof',
    kind: 'problem_property',
    street: 'Am Musterhof',
    houseNumber: '2–4',
    postalCode: '45329',
    district: NORTH,
    lat: 51.4961,
    lng: 7.0052,
    operator: {
      name: 'Musterhof Immobilien GbR',
      legalForm: 'GbR',
      contact: 'Eigentümerin; Hausverwaltung nicht vorab informiert',
      notes: FICTIONAL,
    },
    accessNotes:
      'Drei Hauseingänge, gemeinsamer Innenhof, Kellerzugänge offen; 18 Wohneinheiten laut Bauakte.',
    risks: [
      {
        category: 'dogs',
        level: 'medium',
        findings: 'Freilaufende Hunde im Innenhof gemeldet.',
        measures: 'Innenhof zuerst durch die Polizei sichern.',
      },
      {
        category: 'other',
        level: 'medium',
        findings: 'Rettungswege teilweise zugestellt; Elektroinstallation mangelhaft.',
        measures: 'Feuerwehr und Bauordnung prüfen gemeinsam; bei Gefahr Nutzungsuntersagung.',
      },
    ],
    riskNotes: 'Kinder in der Wohnanlage: Jugendamt über die Rufbereitschaft erreichbar.',
    reason:
      'Meldungen über Überbelegung und Brandschutzmängel; auffällig viele Anmeldungen je Wohnung mit Leistungsbezug (fiktiv).',
    legal: {
      pp_essen: POLICE,
      essen_ordnungsamt: 'OBG NRW; BMG (Meldepflichten)',
      essen_bauordnung: '§ 58 BauO NRW 2018; WohnStG NRW',
      essen_auslaenderbehoerde: '§§ 48, 71 AufenthG',
      essen_feuerwehr: '§ 26 BHKG',
    },
    accessOffsetMinutes: 0,
  },
];
