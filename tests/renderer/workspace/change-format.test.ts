// The history and the revision comparison name operation fields the way the workspace labels
// them, and show values as planners read them; unknown paths stay visible as they are.
import { beforeAll, describe, expect, it } from 'vitest';
import type i18next from 'i18next';
import { diffRecords } from '@shared/util/diff';
import { initI18n } from '../../../src/renderer/i18n';
import { fieldSpec } from '../../../src/renderer/features/workspace/core/change-fields';
import {
  auditSummary,
  changeLabel,
  formatChangeValue,
  operationFieldLabel,
  readableChanges,
  type RefNames,
  type Translate,
} from '../../../src/renderer/features/workspace/core/change-format';

let t: Translate;
let i18n: typeof i18next;

beforeAll(async () => {
  i18n = await initI18n('de');
  t = i18n.getFixedT('de', 'workspace') as unknown as Translate;
});

describe('operationFieldLabel', () => {
  it.each([
    ['framework.situation.trigger', 'Lage › Anlass und Begründung'],
    ['framework.support.assemblyPoint.address', 'Einsatzunterstützung › Sammelpunkt › Anschrift'],
    ['framework.execution.phases.follow_up', 'Durchführung › Phasen › Nachbereitung'],
    ['framework.command.commandPostPhone', 'Führung und Kommunikation › Telefon der Befehlsstelle'],
    ['operationLead.name', 'Einsatzleitung (Name)'],
    ['operationLead.function', 'Funktion'],
    ['timeWindow.start', 'Zeitfenster von'],
    ['hHour', 'H-Zeit (Zugriff)'],
    ['riskAssessment.items', 'Gefährdungsbewertung'],
  ])('%s → %s', (path, label) => {
    expect(operationFieldLabel(path, t, 'de')).toBe(label);
  });

  it('keeps a path it has no label for', () => {
    expect(operationFieldLabel('framework.situation.somethingNew', t, 'de')).toBe(
      'framework.situation.somethingNew',
    );
    expect(operationFieldLabel('partClassifications', t, 'de')).toBe('partClassifications');
  });

  it('speaks English when the app does', () => {
    const en = i18n.getFixedT('en', 'workspace') as unknown as Translate;
    expect(operationFieldLabel('framework.execution.phases.planning', en, 'en')).toBe(
      'Execution › Phases › Planning',
    );
  });
});

describe('changeLabel', () => {
  it.each([
    ['operation', 'leadAgencyId', 'Federführende Behörde'],
    [
      'operation',
      'framework.mission.goals',
      'Auftrag › Ziele des Einsatzes (was ist bis wann durch wen zu erreichen)',
    ],
    ['participation', 'confirmation.status', 'Rückmeldung › Status'],
    ['participation', 'liaison.phone', 'Ansprechperson › Telefon'],
    ['participation', 'requestedStrength', 'Angefragte Stärke (Personen)'],
    ['team', 'leader.phone', 'Teamleitung › Telefon'],
    ['team', 'targetIds', 'Objekte'],
    ['target', 'reason', 'Anlass und Begründung für dieses Objekt'],
    ['timeline', 'time.offsetMinutes', 'Zeit'],
    ['comms', 'radioCallSign', 'Funkrufname'],
    ['operation', 'framework.mission.agencyObjectives', 'Auftrag › Aufträge je Behörde'],
    ['operation', 'framework.execution.briefingMeeting.place', 'Einsatzbesprechung › Ort'],
  ])('%s %s → %s', (entity, path, label) => {
    expect(changeLabel(entity, path, t, 'de')).toBe(label);
  });

  it('keeps the path of a field without a label', () => {
    expect(changeLabel('participation', 'somethingNew', t, 'de')).toBe('somethingNew');
    expect(changeLabel('premises', 'operator.name', t, 'de')).toBe('operator.name');
  });
});

describe('formatChangeValue', () => {
  const NAMES: Record<string, string> = {
    'team:t1': 'Kontrollteam 1',
    'team:t2': 'Kontrollteam 2',
    'agency:a1': 'Hauptzollamt Essen',
  };
  const names: RefNames = (kind, id) => NAMES[`${kind}:${id}`] ?? '';

  it('names codes and referenced records', () => {
    const status = fieldSpec('participation', 'confirmation.status');
    expect(formatChangeValue('partially_confirmed', t, 'de', status)).toBe('teilweise bestätigt');
    expect(formatChangeValue('partially_confirmed', t, 'en', status)).toBe('partially confirmed');
    const teams = fieldSpec('comms', 'teamIds');
    expect(formatChangeValue(['t1', 't2'], t, 'de', teams, names)).toBe(
      'Kontrollteam 1, Kontrollteam 2',
    );
    expect(formatChangeValue(['t1', 'gone'], t, 'de', teams, names)).toBe(
      'Kontrollteam 1, (nicht mehr im Plan)',
    );
    expect(formatChangeValue('a1', t, 'de', fieldSpec('operation', 'leadAgencyId'), names)).toBe(
      'Hauptzollamt Essen',
    );
    expect(formatChangeValue([], t, 'de', teams, names)).toBe('(leer)');
  });

  it('shows lists of small records as name and text', () => {
    const objectives = fieldSpec('operation', 'framework.mission.agencyObjectives');
    expect(
      formatChangeValue(
        [
          { agencyId: 'a1', objective: 'Prüfung nach MiLoG' },
          { agencyId: 'x', objective: 'Kassenprüfung' },
        ],
        t,
        'de',
        objectives,
        names,
      ),
    ).toBe('Hauptzollamt Essen Prüfung nach MiLoG; (nicht mehr im Plan) Kassenprüfung');
  });

  it('shows empty values, yes/no, Berlin wall-clock dates and cut long text', () => {
    expect(formatChangeValue(null, t, 'de')).toBe('(leer)');
    expect(formatChangeValue('', t, 'de')).toBe('(leer)');
    expect(formatChangeValue(true, t, 'de')).toBe('ja');
    // 19:00 UTC in winter is 20:00 in Berlin.
    expect(formatChangeValue('2026-12-11T19:00:00.000Z', t, 'de')).toBe('11.12.2026, 20:00');
    expect(formatChangeValue('x'.repeat(200), t, 'de')).toBe(`${'x'.repeat(160)} …`);
    // A list without a rule of its own reads as its items, never as JSON.
    expect(formatChangeValue(['a', 'b'], t, 'de')).toBe('a, b');
    expect(
      formatChangeValue([{ id: 'x', kind: 'Funkwagen', count: 2 }, { id: 'y' }], t, 'de'),
    ).toBe('Funkwagen, 2');
  });
});

describe('auditSummary', () => {
  const agencies = new Map([['a1', { name: 'Hauptzollamt Essen' }]]);
  const premises = new Map([['p1', { name: 'Shisha-Bar Beispielstraße' }]]);
  it('names the agency of a participation and the premises of an unlabelled target', () => {
    expect(
      auditSummary({ entity: 'participation', entityId: 'x', summary: 'a1' }, agencies, premises),
    ).toBe('Hauptzollamt Essen');
    expect(
      auditSummary({ entity: 'target', entityId: 't1', summary: 'p1' }, agencies, premises),
    ).toBe('Shisha-Bar Beispielstraße');
  });
  it('adds the premises to a labelled target still in the plan', () => {
    const targets = new Map([['t1', 'p1']]);
    const labelled = { entity: 'target', entityId: 't1', summary: 'Objekt 3' } as const;
    expect(auditSummary(labelled, agencies, premises, targets)).toBe(
      'Objekt 3 – Shisha-Bar Beispielstraße',
    );
    // Removed from the plan since: the label as written.
    expect(auditSummary(labelled, agencies, premises, new Map())).toBe('Objekt 3');
  });
  it('keeps other summaries and unknown ids as written', () => {
    expect(auditSummary({ entity: 'team', entityId: 'x', summary: 'p1' }, agencies, premises)).toBe(
      'p1',
    );
    expect(
      auditSummary({ entity: 'participation', entityId: 'x', summary: 'gone' }, agencies, premises),
    ).toBe('gone');
  });
});

describe('readableChanges', () => {
  it('opens up whole values of a created record and leaves keys and empty fields out', () => {
    const created = diffRecords(
      {},
      {
        id: 'p1',
        operationId: 'op1',
        order: 4,
        type: 'phone',
        name: 'StOI Lena Exempel',
        mobile: '',
        confirmation: { status: 'requested', at: '2026-11-28T22:36:02.970Z', comment: '' },
        history: [{ status: 'requested' }],
      },
    );
    expect(readableChanges('participation', created)).toEqual([
      { path: 'name', before: null, after: 'StOI Lena Exempel' },
      { path: 'confirmation.status', before: null, after: 'requested' },
      { path: 'confirmation.at', before: null, after: '2026-11-28T22:36:02.970Z' },
    ]);
    // Each line then has a label and a readable value.
    expect(changeLabel('participation', 'confirmation.status', t, 'de')).toBe(
      'Rückmeldung › Status',
    );
  });

  it('keeps a timeline time whole and shows it as an offset from H or as a date', () => {
    const time = { kind: 'relative', offsetMinutes: 240 };
    const [c] = readableChanges('timeline', [{ path: 'time', before: null, after: time }]);
    expect(c?.after).toEqual(time);
    const spec = fieldSpec('timeline', 'time');
    expect(formatChangeValue(time, t, 'de', spec)).toBe('H+4:00');
    expect(
      formatChangeValue({ kind: 'absolute', at: '2026-12-11T19:00:00.000Z' }, t, 'de', spec),
    ).toBe('11.12.2026, 20:00');
    expect(formatChangeValue(-90, t, 'de', fieldSpec('target', 'accessOffsetMinutes'))).toBe(
      'H−1:30',
    );
  });

  it('leaves updates that are already field by field as they are', () => {
    const changes = [{ path: 'confirmation.status', before: 'requested', after: 'confirmed' }];
    expect(readableChanges('participation', changes)).toEqual(changes);
  });
});
