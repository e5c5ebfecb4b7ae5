// Karte's rules: which premises are drawn and how each is marked, and the view in the URL.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  newOperation,
  newPremises,
  newTarget,
  type Operation,
  type OperationTarget,
  type Premises,
} from '@shared/domain';
import {
  buildOverview,
  monthsBefore,
  NO_FILTERS,
  type OverviewFilters,
} from '../../../src/renderer/features/map/overview-model';
import { readMapUrl, writeMapUrl } from '../../../src/renderer/features/map/view-url';
import { fcRuns } from '../../support/fc-runs';

const NOW = '2026-11-20T10:00:00.000Z';
const TODAY = '2026-11-20';

const premises = (id: string, kind: string, fields: Partial<Premises> = {}): Premises =>
  newPremises(
    { id, name: id, kind, location: { lat: 51.45, lng: 7.0 }, municipalityId: 'essen', ...fields },
    NOW,
  );
const operation = (id: string, hHour: string, fields: Partial<Operation> = {}): Operation =>
  newOperation({ id, codeName: id, hHour, ...fields }, NOW);
const target = (
  operationId: string,
  premisesId: string,
  status: OperationTarget['status'],
): OperationTarget =>
  newTarget({ id: `${operationId}-${premisesId}`, operationId, premisesId, status }, NOW);

const registry = [
  premises('kiosk', 'kiosk'),
  premises('bar', 'shisha_bar'),
  premises('old-bar', 'shisha_bar', { retired: true }),
  premises('nowhere', 'kiosk', { location: null }),
  premises('gelsen', 'kiosk', { municipalityId: 'gelsenkirchen' }),
];
const ops = new Map(
  [
    operation('spring', '2026-04-10T18:00:00.000Z'),
    operation('autumn', '2026-10-02T18:00:00.000Z'),
    operation('gone', '2026-10-03T18:00:00.000Z', { deletedAt: NOW }),
  ].map((o) => [o.id, o]),
);
const targets = [
  target('spring', 'kiosk', 'inspected'),
  target('autumn', 'bar', 'planned'),
  target('gone', 'gelsen', 'inspected'),
];

const run = (f: Partial<OverviewFilters>) =>
  buildOverview(registry, targets, ops, { ...NO_FILTERS, ...f }, TODAY);
const ids = (f: Partial<OverviewFilters>) =>
  run(f)
    .points.map((p) => `${p.id}:${p.category}`)
    .sort();

describe('buildOverview', () => {
  it('draws every located, current premises; counts the unlocated; marks nothing unasked', () => {
    const o = run({});
    expect(o.points.map((p) => `${p.id}:${p.category}`).sort()).toEqual([
      'bar:other',
      'gelsen:other',
      'kiosk:other',
    ]);
    expect(o.unlocated).toBe(1);
  });

  it('filters by kind and municipality', () => {
    expect(ids({ kind: 'shisha_bar' })).toEqual(['bar:other']);
    expect(ids({ kind: 'kiosk', municipality: 'gelsenkirchen' })).toEqual(['gelsen:other']);
  });

  it('an operation or a target status keeps only those targets, marked as targets', () => {
    expect(ids({ operationId: 'autumn' })).toEqual(['bar:target']);
    expect(ids({ status: 'inspected' })).toEqual(['kiosk:target']);
    // The deleted operation's target counts for nothing.
    expect(ids({ operationId: 'gone' })).toEqual([]);
  });

  it('a date range marks the targets of the operations in it and keeps the rest of the registry', () => {
    expect(ids({ from: '2026-09-01', to: '2026-10-31' })).toEqual([
      'bar:target',
      'gelsen:other',
      'kiosk:other',
    ]);
    expect(ids({ to: '2026-04-09' })).toEqual(['bar:other', 'gelsen:other', 'kiosk:other']);
  });

  it('colours premises inspected in the last N months, not those planned or older', () => {
    expect(ids({ inspectedMonths: 12 })).toEqual(['bar:other', 'gelsen:other', 'kiosk:inspected']);
    expect(ids({ inspectedMonths: 6 })).toEqual(['bar:other', 'gelsen:other', 'kiosk:other']);
  });
});

describe('monthsBefore', () => {
  it('counts calendar months and clamps to the end of a shorter month', () => {
    expect(monthsBefore('2026-11-20', 12)).toBe('2025-11-20');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-01-15', 1)).toBe('2025-12-15');
  });
});

describe('map URL', () => {
  it('keeps view and filters through a write and a read', () => {
    const state = {
      view: { lat: 51.45612, lng: 7.01161, zoom: 14 },
      filters: { ...NO_FILTERS, kind: 'kiosk', status: 'inspected' as const, inspectedMonths: 6 },
    };
    expect(readMapUrl(writeMapUrl(state))).toEqual(state);
  });

  it('drops what it cannot read instead of throwing', () => {
    const s = readMapUrl(
      new URLSearchParams('c=91,7&z=30&status=gone&months=-2&from=gestern&kind=<script>'),
    );
    expect(s).toEqual({ view: null, filters: NO_FILTERS });
  });

  it('never throws on any query string', () => {
    fc.assert(
      fc.property(fc.string(), (q) => {
        const s = readMapUrl(new URLSearchParams(q));
        expect(readMapUrl(writeMapUrl(s))).toEqual(s);
      }),
      { numRuns: fcRuns(300) },
    );
  });
});
