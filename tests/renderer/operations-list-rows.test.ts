// The list rows and filters: each filter on its own and combined, the H-hour range in Berlin
// days (including the winter/summer offset), search hits, archived hidden by default; and the
// checks of the new-operation form (code name, H-hour in the past, the clock-change gap).
import { describe, expect, it } from 'vitest';
import { newOperation, type Operation } from '@shared/domain';
import {
  dayBounds,
  distinctOptions,
  filterRows,
  toListRow,
  type ListRow,
} from '../../src/renderer/features/operations/list/list-rows';
import {
  DEFAULT_STATE,
  type ListFilters,
} from '../../src/renderer/features/operations/list/list-state';
import {
  checkNewOperation,
  localToInstant,
} from '../../src/renderer/features/operations/list/new-operation';

const NOW = '2026-11-20T10:00:00.000Z';

function op(fields: Partial<Operation> & { codeName: string }): Operation {
  return newOperation({ id: fields.codeName.toLowerCase(), ...fields }, NOW);
}

const names: Record<string, string> = { 'catalog-a': 'PP Essen', 'catalog-b': 'HZA Dortmund' };
const agencyName = (id: string) => names[id] ?? '';

const OPS: Operation[] = [
  op({
    codeName: 'FALKE',
    status: 'planning',
    municipalityId: 'essen',
    leadAgencyId: 'catalog-a',
    hHour: '2026-03-28T22:30:00.000Z',
    thematicFields: ['shisha'],
  }),
  op({
    codeName: 'ÖLBAUM',
    status: 'draft',
    municipalityId: 'dortmund',
    leadAgencyId: 'catalog-b',
    hHour: '2026-03-29T21:30:00.000Z',
    exercise: true,
  }),
  op({
    codeName: 'KRANICH',
    status: 'approved',
    municipalityId: 'essen',
    leadAgencyId: 'catalog-b',
    hHour: null,
    thematicFields: ['shisha', 'red_light'],
  }),
  op({
    codeName: 'DACHS',
    status: 'closed',
    municipalityId: 'bochum',
    leadAgencyId: 'catalog-a',
    hHour: '2025-12-31T23:30:00.000Z',
    archivedAt: NOW,
  }),
];
const ROWS: ListRow[] = OPS.map((o) =>
  toListRow(o, { total: 3, confirmed: 2, targets: 1 }, 'de', agencyName),
);

const ids = (filters: Partial<ListFilters>, hits: Set<string> | null = null) =>
  filterRows(ROWS, { ...DEFAULT_STATE, ...filters }, hits).map((r) => r.codeName);

describe('list rows', () => {
  it('carry display values and folded sort keys', () => {
    const row = ROWS[1];
    expect(row?.municipality).toBe('Dortmund');
    expect(row?.leadAgency).toBe('HZA Dortmund');
    expect(row?.keys.codeName).toBe('oelbaum');
    expect(row?.confirmed).toBe(2);
    expect(toListRow(OPS[0] as Operation, null, 'de', agencyName).total).toBeNull();
    expect(toListRow(OPS[0] as Operation, undefined, 'de', agencyName).total).toBe(0);
  });
});

describe('list filters', () => {
  it('hide archived operations unless asked', () => {
    expect(ids({})).toEqual(['FALKE', 'ÖLBAUM', 'KRANICH']);
    expect(ids({ showArchived: true })).toHaveLength(4);
  });

  it('filter by status, lead agency, municipality, thematic field and exercise', () => {
    expect(ids({ statuses: ['planning', 'approved'] })).toEqual(['FALKE', 'KRANICH']);
    expect(ids({ leadAgencyId: 'catalog-b' })).toEqual(['ÖLBAUM', 'KRANICH']);
    expect(ids({ municipalityId: 'essen' })).toEqual(['FALKE', 'KRANICH']);
    expect(ids({ thematicField: 'red_light' })).toEqual(['KRANICH']);
    expect(ids({ exercise: 'only' })).toEqual(['ÖLBAUM']);
    expect(ids({ exercise: 'none' })).toEqual(['FALKE', 'KRANICH']);
  });

  it('combine filters and search hits', () => {
    expect(
      ids({ municipalityId: 'essen', thematicField: 'shisha', statuses: ['approved'] }),
    ).toEqual(['KRANICH']);
    expect(ids({ municipalityId: 'essen' }, new Set(['falke', 'oelbaum']))).toEqual(['FALKE']);
  });

  it('take the H-hour range as whole Berlin days, across the switch to summer time', () => {
    // FALKE: 28.03.2026 23:30 (CET); ÖLBAUM: 29.03.2026 23:30 (CEST, the night of the switch).
    expect(ids({ from: '2026-03-28', to: '2026-03-28' })).toEqual(['FALKE']);
    expect(ids({ from: '2026-03-29', to: '2026-03-29' })).toEqual(['ÖLBAUM']);
    expect(ids({ from: '2026-03-29' })).toEqual(['ÖLBAUM']);
    // Open H-hours lie in no range; 31.12.2025 23:30 UTC is already 1 January in Berlin.
    expect(ids({ to: '2026-12-31', showArchived: true })).toEqual(['FALKE', 'ÖLBAUM', 'DACHS']);
    expect(ids({ to: '2025-12-31', showArchived: true })).toEqual([]);
  });

  it('turn days into Berlin midnights', () => {
    expect(dayBounds('2026-01-01', '2026-07-01')).toEqual({
      fromMs: Date.parse('2025-12-31T23:00:00.000Z'),
      toMs: Date.parse('2026-07-01T22:00:00.000Z'),
    });
  });

  it('offer each value once, sorted by label, plus a selected one that no row has', () => {
    const opts = distinctOptions(ROWS, (r) => ({ value: r.leadAgencyId, label: r.leadAgency }), {
      value: 'catalog-x',
      label: 'Zoll',
    });
    expect(opts).toEqual([
      { value: 'catalog-b', label: 'HZA Dortmund' },
      { value: 'catalog-a', label: 'PP Essen' },
      { value: 'catalog-x', label: 'Zoll' },
    ]);
  });
});

describe('new operation form', () => {
  const input = {
    mode: 'empty' as const,
    sourceId: null,
    codeName: 'NACHTFALTER',
    title: ' Verbundkontrolle ',
    kind: 'joint_inspection' as const,
    hHourLocal: '',
  };

  it('needs a code name', () => {
    const r = checkNewOperation({ ...input, codeName: '   ' }, NOW);
    expect(r.ok ? null : r.errors).toEqual({ codeName: 'code_name_missing' });
  });

  it('refuses an H-hour in the past for a new plan, accepts a future or open one', () => {
    const past = checkNewOperation({ ...input, hHourLocal: '2026-11-19 19:30:00' }, NOW);
    expect(past.ok ? null : past.errors).toEqual({ hHour: 'h_hour_in_past' });
    const future = checkNewOperation({ ...input, hHourLocal: '2026-11-27 19:30:00' }, NOW);
    expect(future.ok && future.operation.hHour).toBe('2026-11-27T18:30:00.000Z');
    expect(future.ok && future.operation.title).toBe('Verbundkontrolle');
    expect(checkNewOperation(input, NOW).ok).toBe(true);
  });

  it('refuses a time that does not exist (spring-forward gap) and unreadable input', () => {
    expect(localToInstant('2027-03-28 02:30:00')).toEqual({
      ok: false,
      error: 'h_hour_nonexistent',
    });
    expect(localToInstant('invalid')).toEqual({ ok: false, error: 'h_hour_invalid' });
    expect(localToInstant('2027-03-28T03:30')).toEqual({
      ok: true,
      instant: '2027-03-28T01:30:00.000Z',
    });
  });

  it('needs a source when starting from a template or a past operation', () => {
    const r = checkNewOperation({ ...input, mode: 'template' }, NOW);
    expect(r.ok ? null : r.errors).toEqual({ source: 'source_missing' });
  });
});
