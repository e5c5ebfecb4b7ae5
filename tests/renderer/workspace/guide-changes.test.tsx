// Verlauf shows a change of Checkliste und Hinweise as sentences — which item was added,
// reworded, ticked off (by whom), opened again or removed, and the notes — and no field of any
// plan part as JSON. The history entries come from real repositories on fake-indexeddb.
import { cleanup, fireEvent, screen } from '@testing-library/react';
import type i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addItem, withGuide } from '@shared/domain';
import { loadDemo } from '../../../src/renderer/data/demo';
import { type DataSession } from '../../../src/renderer/data/session';
import { fieldSpec } from '../../../src/renderer/features/workspace/core/change-fields';
import {
  formatChangeValue,
  type Translate,
} from '../../../src/renderer/features/workspace/core/change-format';
import { guideChangeLines } from '../../../src/renderer/features/workspace/core/guide-changes';
import { HistoryView } from '../../../src/renderer/features/workspace/history';
import { initI18n } from '../../../src/renderer/i18n';
import { openUiSession, renderWithSession } from '../support/session-ui';
import { WorkspacePart, until } from '../support/workspace-part';

const NOW = '2026-11-20T10:00:00.000Z';
const STAMP = { by: 'POK Weber', at: NOW };
let i18n: typeof i18next;
let session: DataSession | undefined;
const de = () => i18n.getFixedT('de', 'workspace') as unknown as Translate;
const en = () => i18n.getFixedT('en', 'workspace') as unknown as Translate;

beforeAll(async () => {
  i18n = await initI18n('de');
});
afterEach(() => {
  cleanup();
  session?.close();
});

const item = (id: string, text: string, done: typeof STAMP | null = null) => ({ id, text, done });
const guide = (items: ReturnType<typeof item>[], notes = '') => [
  { field: 'illegal_gambling', checklist: items, notes },
];

describe('guideChangeLines', () => {
  it('says what happened to each item and to the notes', () => {
    const before = guide([
      item('a', 'Geräte versiegeln'),
      item('b', 'Kasse zählen'),
      item('c', ''),
    ]);
    const after = guide(
      [
        item('a', 'Geräte versiegeln', STAMP),
        item('c', 'Aufsteller befragen'),
        item('d', 'Spielverordnung prüfen'),
      ],
      'Zugang über den Hof',
    );
    expect(guideChangeLines(before, after, de(), 'de')).toEqual([
      'Checkliste Illegales Glücksspiel: Punkt „Geräte versiegeln“ abgehakt von POK Weber',
      'Checkliste Illegales Glücksspiel: Punkt „Aufsteller befragen“ eingetragen',
      'Checkliste Illegales Glücksspiel: Punkt „Spielverordnung prüfen“ hinzugefügt',
      'Checkliste Illegales Glücksspiel: Punkt „Kasse zählen“ entfernt',
      'Hinweise Illegales Glücksspiel geändert: „Zugang über den Hof“',
    ]);
    expect(guideChangeLines(after, before, en(), 'en')).toEqual([
      'Checklist Illegal gambling: item “Geräte versiegeln” open again',
      'Checklist Illegal gambling: item “Kasse zählen” added',
      'Checklist Illegal gambling: item “Aufsteller befragen” changed to “”',
      'Checklist Illegal gambling: item “Spielverordnung prüfen” removed',
      'Notes Illegal gambling deleted',
    ]);
  });
});

describe('values in Verlauf', () => {
  it('shows lists and records of any field without JSON', () => {
    const cases: [string, string, unknown, string][] = [
      [
        'operation',
        'thematicFields',
        ['shisha', 'illegal_gambling'],
        'Shisha, Illegales Glücksspiel',
      ],
      [
        'operation',
        'fieldGuides',
        guide([item('a', 'x', STAMP), item('b', 'y')]),
        'Illegales Glücksspiel: 1 von 2 erledigt',
      ],
      [
        'participation',
        'vehicles',
        [{ kind: 'Gruppenkraftwagen', callSign: 'Heros 1', count: 2 }],
        'Gruppenkraftwagen, Heros 1, 2',
      ],
      [
        'operation',
        'map.features',
        [{ id: 'f1', kind: 'cordon', label: 'Absperrung Nord', ring: [{ lat: 51.5, lng: 7.1 }] }],
        'cordon, Absperrung Nord, 51,5, 7,1',
      ],
      ['operation', 'unknown.path', { teamId: 'x' }, '(leer)'],
    ];
    for (const [entity, path, value, shown] of cases) {
      const text = formatChangeValue(value, de(), 'de', fieldSpec(entity, path));
      expect(text).toBe(shown);
      expect(text).not.toMatch(/[{}[\]"]/);
    }
  });
});

describe('Verlauf', () => {
  it('shows a ticked checklist item as a sentence, not as JSON', async () => {
    // A clock that moves: the two checklist entries are the newest, after the demo's own.
    let second = 0;
    const s = await openUiSession(() => new Date(Date.parse(NOW) + 1000 * second++).toISOString());
    session = s;
    s.setActor('POK Weber');
    const op = await loadDemo(s.repos, NOW);
    await s.repos.operations.update(op.id, (o) => ({
      ...o,
      thematicFields: ['illegal_gambling'],
      fieldGuides: withGuide(o.fieldGuides, 'illegal_gambling', (g) => ({
        ...addItem(g, 'i1'),
        checklist: [item('i1', 'Geräte versiegeln')],
      })),
    }));
    await s.repos.operations.update(op.id, (o) => ({
      ...o,
      fieldGuides: withGuide(o.fieldGuides, 'illegal_gambling', (g) => ({
        ...g,
        checklist: g.checklist.map((x) => ({ ...x, done: STAMP })),
      })),
    }));
    renderWithSession(
      s,
      <WorkspacePart operationId={op.id}>
        <HistoryView />
      </WorkspacePart>,
    );
    const details = () => screen.queryAllByRole('button', { name: /^Details/ });
    await until(() => details().length >= 2);
    // Newest first: the tick, then the item added with its text.
    const [tick, add] = details();
    if (!tick || !add) throw new Error('history without the two entries');
    fireEvent.click(tick);
    expect(screen.getAllByTestId('change-line').map((l) => l.textContent)).toEqual([
      'Checkliste Illegales Glücksspiel: Punkt „Geräte versiegeln“ abgehakt von POK Weber',
    ]);
    fireEvent.click(add);
    const lines = screen.getAllByTestId('change-line').map((l) => l.textContent ?? '');
    expect(lines).toContain(
      'Checkliste Illegales Glücksspiel: Punkt „Geräte versiegeln“ hinzugefügt',
    );
    expect(lines.filter((l) => /[{}[\]"]/.test(l))).toEqual([]);
  });
});
