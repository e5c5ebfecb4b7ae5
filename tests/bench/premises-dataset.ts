// A fictional but varied set of premises for the search and read-model benchmarks: names,
// streets, districts and operators drawn from small word lists, so a query matches a realistic
// share of the records instead of all of them (every record saying "Musterbetrieb" would make
// each query return 100 000 hits).
import { newId, newPremises, type Premises } from '@shared/domain';

const KINDS = [
  'Kiosk',
  'Shisha-Bar',
  'Imbiss',
  'Spielhalle',
  'Werkstatt',
  'Lager',
  'Friseur',
  'Wettbüro',
];
const NAMES = [
  'Sonne',
  'Ruhr',
  'Anatolia',
  'Glück',
  'Stern',
  'Eck',
  'Linde',
  'Zeche',
  'Hafen',
  'Kranich',
  'Marktplatz',
  'Nordlicht',
  'Phönix',
  'Kolibri',
  'Europa',
  'Union',
  'Tulpe',
  'Zentral',
  'Bahnhof',
  'Rhein',
];
const STREETS = [
  'Altendorfer Straße',
  'Hauptstraße',
  'Bahnhofstraße',
  'Kettwiger Straße',
  'Rüttenscheider Straße',
  'Frohnhauser Straße',
  'Helenenstraße',
  'Steeler Straße',
  'Viehofer Straße',
  'Limbecker Platz',
  'Bochumer Straße',
  'Schonnebecker Straße',
  'Gladbecker Straße',
  'Karnaper Straße',
  'Heisinger Straße',
];
const DISTRICTS = [
  'Altendorf',
  'Frohnhausen',
  'Holsterhausen',
  'Rüttenscheid',
  'Steele',
  'Katernberg',
  'Altenessen',
  'Borbeck',
  'Kray',
  'Werden',
  'Kupferdreh',
  'Stoppenberg',
];
const SURNAMES = [
  'Müller',
  'Schmidt',
  'Yılmaz',
  'Kaya',
  'Schneider',
  'Fischer',
  'Weber',
  'Demir',
  'Wagner',
  'Becker',
  'Nowak',
  'Hoffmann',
  'Şahin',
  'Koch',
  'Richter',
  'Klein',
  'Wolf',
  'Schröder',
  'Neumann',
  'Schwarz',
];

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

export function premisesDataset(n: number, now: string): Premises[] {
  return Array.from({ length: n }, (_, i) =>
    newPremises(
      {
        id: newId(),
        name: `${pick(KINDS, i)} ${pick(NAMES, Math.floor(i / 8))} ${i}`,
        kind: i % 2 ? 'kiosk' : 'shisha_bar',
        municipalityId: 'essen',
        address: {
          street: pick(STREETS, Math.floor(i / 3)),
          houseNumber: String((i % 180) + 1),
          postalCode: String(45100 + (i % 300)),
          city: 'Essen',
          district: pick(DISTRICTS, Math.floor(i / 7)),
        },
        operator: {
          name: `${pick(SURNAMES, Math.floor(i / 11))} ${pick(NAMES, i)} GmbH`,
          legalForm: 'GmbH',
          contact: '',
          notes: '',
        },
        accessNotes: i % 5 ? '' : 'Hintereingang über den Hof.',
      },
      now,
    ),
  );
}

/** What a planner types into the search, letter by letter from the second one. */
export const SEARCH_WORDS = [
  'kranich',
  'altendorf',
  'yilmaz',
  'spielhalle',
  'ruettenscheid',
  'helenenstr 12',
];
