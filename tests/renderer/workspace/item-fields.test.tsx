// A plan part's text field on the workspace's save queue (real repositories on fake-indexeddb,
// real Mantine in happy-dom): typing shows at once and is marked unsaved, leaving the field
// stores it, and a value the field refuses stays with its message and is never stored.
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { newId, newOperation, newTeam, type Operation, type Team } from '@shared/domain';
import { DataContext, openDataSession, type DataSession } from '../../../src/renderer/data/session';
import { useWorkspace } from '../../../src/renderer/features/workspace/core/context';
import { ItemTextInput } from '../../../src/renderer/features/workspace/core/item-fields';
import { initI18n } from '../../../src/renderer/i18n';
import { SaveState, WorkspacePart, until } from '../support/workspace-part';

const NOW = '2026-11-20T10:00:00.000Z';
let session: DataSession;
let op: Operation;
let team: Team;

beforeAll(async () => {
  await initI18n('de');
});

beforeEach(async () => {
  session = await openDataSession({ dbName: `vp-test-${newId()}`, now: () => NOW });
  op = await session.repos.operations.create(newOperation({ codeName: 'WINTER' }, NOW));
  team = await session.repos.plan.teams.add(newTeam({ operationId: op.id, name: 'Nord' }, NOW));
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  session.close();
});

function TeamName() {
  const shown = useWorkspace().plan.teams.find((x) => x.id === team.id);
  if (!shown) return null;
  return (
    <ItemTextInput
      label="Teamname"
      table="teams"
      id={team.id}
      field="name"
      value={shown.name}
      save={(v) => (x) => ({ ...x, name: v })}
      validate={(v) => (v.trim() ? null : 'Bitte einen Namen angeben.')}
    />
  );
}

function renderField() {
  return render(
    <MantineProvider env="test">
      <DataContext.Provider value={session}>
        <WorkspacePart operationId={op.id}>
          <TeamName />
          <SaveState />
        </WorkspacePart>
      </DataContext.Provider>
    </MantineProvider>,
  );
}

const storedName = async () => (await session.repos.plan.teams.get(team.id)).name;

async function typingField(): Promise<HTMLElement> {
  renderField();
  await until(() => screen.queryByLabelText('Teamname') !== null);
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  return screen.getByLabelText('Teamname');
}

describe('ItemTextInput', () => {
  it('shows what is typed, marks it unsaved and stores it when the field is left', async () => {
    const input = await typingField();
    fireEvent.change(input, { target: { value: 'Zugriff Nord' } });
    expect(input).toHaveProperty('value', 'Zugriff Nord');
    expect(input.getAttribute('data-unsaved')).toBe('true');
    expect(screen.getByTestId('state').textContent).toBe('pending');
    fireEvent.blur(input);
    await until(async () => (await storedName()) === 'Zugriff Nord');
    await until(() => input.getAttribute('data-unsaved') === null);
    expect(screen.getByTestId('state').textContent).toBe('saved');
  });

  it('keeps a refused value in the field with its message and stores nothing', async () => {
    const input = await typingField();
    fireEvent.change(input, { target: { value: '  ' } });
    fireEvent.blur(input);
    expect(input).toHaveProperty('value', '  ');
    expect(screen.getByText('Bitte einen Namen angeben.')).toBeTruthy();
    expect(input.getAttribute('data-unsaved')).toBe('true');
    expect(await storedName()).toBe('Nord');
  });
});
