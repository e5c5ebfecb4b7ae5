// A deterministic, clearly fictional set of N operations (with roster entries) for the list tests
// and the benchmark. Pure: the same seed gives the same data, so tests can compute expectations.
import {
  AGENCY_CATALOG,
  MUNICIPALITIES,
  seedAgencies,
  THEMATIC_FIELDS,
} from '../../../src/shared/catalog';
import {
  defaultSettings,
  newOperation,
  newParticipation,
  OPERATION_KINDS,
  OPERATION_STATUSES,
  requestedConfirmation,
  type Agency,
  type Operation,
  type Participation,
  type Settings,
} from '../../../src/shared/domain';

export interface OperationsDataset {
  settings: Settings[];
  agencies: Agency[];
  operations: Operation[];
  participations: Participation[];
}

const BIRDS = [
  'FALKE',
  'KRANICH',
  'HABICHT',
  'EISVOGEL',
  'REIHER',
  'SPERBER',
  'STORCH',
  'MÖWE',
  'KAUZ',
  'AMSEL',
];
const ANIMALS = [
  'LUCHS',
  'OTTER',
  'DACHS',
  'BIBER',
  'FUCHS',
  'WIESEL',
  'MARDER',
  'ILTIS',
  'HERMELIN',
  'GEMSE',
];
const THEMES = [
  'Shisha-Bars',
  'Spielhallen',
  'Kioske',
  'Barbershops',
  'Wettbüros',
  'Imbisse',
  'Nagelstudios',
  'Autowerkstätten',
];

/** mulberry32: small, fast and good enough to spread test data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => {
  const v = list[Math.floor(r() * list.length)];
  if (v === undefined) throw new Error('empty list');
  return v;
};

const id = (prefix: string, i: number) => `${prefix}-${String(i).padStart(6, '0')}-test`;

/** The lead agencies the set uses: the first ten of the catalogue. */
export const LEAD_AGENCY_KEYS = AGENCY_CATALOG.slice(0, 10).map((a) => a.key);

export function buildOperationsDataset(
  count: number,
  now: string,
  seed = 20261120,
): OperationsDataset {
  const r = random(seed);
  const agencies = seedAgencies(now, () => '').map((a) => ({
    ...a,
    id: `catalog-${a.catalogKey}`,
  }));
  const leads = LEAD_AGENCY_KEYS.map((k) => `catalog-${k}`);
  const start = Date.parse('2025-01-01T06:00:00.000Z');
  const span = Date.parse('2028-01-01T00:00:00.000Z') - start;
  const operations: Operation[] = [];
  const participations: Participation[] = [];
  for (let i = 0; i < count; i++) {
    const m = pick(r, MUNICIPALITIES);
    const theme = pick(r, THEMES);
    // Whole quarter hours, like planners set them.
    const hHour =
      r() < 0.05
        ? null
        : new Date(start + Math.floor((r() * span) / 900_000) * 900_000).toISOString();
    const fields = [pick(r, THEMATIC_FIELDS).code];
    if (r() < 0.3) fields.push(pick(r, THEMATIC_FIELDS).code);
    const operation = newOperation(
      {
        id: id('op', i),
        codeName: `${pick(r, i % 2 ? BIRDS : ANIMALS)} ${String(i).padStart(5, '0')}`,
        title: `Verbundkontrolle ${theme} ${m.name.de}`,
        kind: pick(r, OPERATION_KINDS),
        status: pick(r, OPERATION_STATUSES),
        exercise: r() < 0.1,
        municipalityId: m.code,
        leadAgencyId: pick(r, leads),
        hHour,
        fileReference: `VK-${2025 + (i % 3)}-${String(i).padStart(5, '0')}`,
        thematicFields: [...new Set(fields)],
        archivedAt: r() < 0.05 ? now : null,
      },
      now,
    );
    operations.push(operation);
    const roster = Math.floor(r() * 5);
    for (let k = 0; k < roster; k++) {
      const confirmed = r() < 0.6;
      const confirmation = confirmed
        ? { ...requestedConfirmation(now, ''), status: 'confirmed' as const, confirmedStrength: 4 }
        : requestedConfirmation(now, '');
      participations.push(
        newParticipation(
          {
            id: id(`p${k}`, i),
            operationId: operation.id,
            agencyId: agencies[(i * 7 + k * 13) % agencies.length]?.id ?? leads[0] ?? '',
            requestedStrength: 4,
            confirmation,
          },
          now,
        ),
      );
    }
  }
  return { settings: [defaultSettings(now)], agencies, operations, participations };
}
