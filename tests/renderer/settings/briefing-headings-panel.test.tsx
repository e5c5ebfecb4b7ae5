// Einstellungen › Einsatzbefehl on a real data session (fake-indexeddb): a renamed part is
// stored in the settings record, a blank field returns to the default name, and "Standardnamen
// wiederherstellen" drops every renaming.
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@shared/domain';
import { DataContext, openDataSession, type DataSession } from '../../../src/renderer/data/session';
import {
  BriefingHeadingsPanel,
  renameHeading,
} from '../../../src/renderer/features/settings/BriefingHeadingsPanel';
import { initI18n } from '../../../src/renderer/i18n';

let session: DataSession | undefined;

beforeAll(async () => {
  await initI18n('de');
});
afterEach(() => {
  cleanup();
  session?.close();
});

function Live({ s }: { s: DataSession }) {
  const settings = useLiveQuery(() => s.repos.settings.get(), [s]);
  return settings ? <BriefingHeadingsPanel settings={settings} /> : null;
}

const field = (key: string) => {
  const el = screen.getByTestId(`settings-heading-${key}`);
  if (!(el instanceof HTMLInputElement)) throw new Error('kein Eingabefeld');
  return el;
};

function type(key: string, value: string) {
  fireEvent.change(field(key), { target: { value } });
  fireEvent.blur(field(key));
}

describe('briefing headings panel', () => {
  it('renames a part, returns a blank one to its default, and restores all defaults', async () => {
    const s = await openDataSession({
      dbName: `vp-test-${newId()}`,
      now: () => '2026-11-20T10:00:00.000Z',
    });
    session = s;
    render(
      <MantineProvider env="test">
        <DataContext.Provider value={s}>
          <Live s={s} />
        </DataContext.Provider>
      </MantineProvider>,
    );
    await screen.findByTestId('settings-briefing-headings');
    expect(field('support').value).toBe('Einsatzunterstützung');
    expect(screen.getByText('Standard: Einsatzunterstützung')).toBeTruthy();
    expect(screen.getByTestId('settings-headings-reset')).toHaveProperty('disabled', true);

    type('support', 'Versorgung');
    type('annexF', 'Verteilerliste');
    await waitFor(async () =>
      expect((await s.repos.settings.get()).briefingHeadings).toEqual({
        support: 'Versorgung',
        annexF: 'Verteilerliste',
      }),
    );

    type('support', '');
    await waitFor(async () =>
      expect((await s.repos.settings.get()).briefingHeadings).toEqual({ annexF: 'Verteilerliste' }),
    );
    await waitFor(() => expect(field('support').value).toBe('Einsatzunterstützung'));

    await waitFor(() =>
      expect(screen.getByTestId('settings-headings-reset')).toHaveProperty('disabled', false),
    );
    fireEvent.click(screen.getByTestId('settings-headings-reset'));
    await waitFor(async () => expect((await s.repos.settings.get()).briefingHeadings).toEqual({}));
    await waitFor(() => expect(field('annexF').value).toBe('Verteiler'));
  });

  it('a name equal to the default is no renaming; others are kept trimmed', () => {
    expect(renameHeading({ annexB: 'Objekte' }, 'situation', ' Lage ')).toEqual({
      annexB: 'Objekte',
    });
    expect(renameHeading({}, 'mission', '  Aufgabe ')).toEqual({ mission: 'Aufgabe' });
  });
});
