// The workspace's save hook in React: pending edits are stored when the page is hidden or left
// (before the typing pause ends), and locking stores them first through the pending-saves
// registry — or names what could not be stored within the bounded wait.
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { newId, newOperation, type Operation } from '@shared/domain';
import { flushPendingSaves } from '../../../src/renderer/data/pending-saves';
import { DataContext, openDataSession, type DataSession } from '../../../src/renderer/data/session';
import { useOperationDraft } from '../../../src/renderer/features/workspace/core/useOperationDraft';
import { initI18n } from '../../../src/renderer/i18n';

const NOW = '2026-11-20T10:00:00.000Z';
let session: DataSession;
let op: Operation;

beforeAll(async () => {
  await initI18n('de');
});

beforeEach(async () => {
  session = await openDataSession({ dbName: `vp-test-${newId()}`, now: () => NOW });
  op = await session.repos.operations.create(newOperation({ codeName: 'WINTER' }, NOW));
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  session.close();
});

function renderDraft() {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <DataContext.Provider value={session}>{children}</DataContext.Provider>
  );
  const hook = renderHook(() => useOperationDraft(op.id), { wrapper });
  return hook;
}

async function loaded(hook: ReturnType<typeof renderDraft>) {
  await vi.waitFor(() => expect(hook.result.current.operation).toBeDefined());
}

const storedTitle = async () => (await session.repos.operations.get(op.id)).title;

/**
 * Waits for IndexedDB (which runs on setImmediate) without moving the faked clock, so the
 * typing pause never ends by itself: only the event under test can have stored the edit.
 */
async function storedTitleSoon(expected: string): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const title = await storedTitle();
    if (title === expected) return title;
    await new Promise((r) => setImmediate(r));
  }
  return storedTitle();
}

describe('useOperationDraft', () => {
  it('stores pending edits when the page is hidden, before the typing pause ends', async () => {
    const hook = renderDraft();
    await loaded(hook);
    act(() => hook.result.current.edit('title', (o) => ({ ...o, title: 'Nachtkontrolle' })));
    expect(hook.result.current.operation?.title).toBe('Nachtkontrolle');
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' });
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'visible' });
    expect(await storedTitleSoon('Nachtkontrolle')).toBe('Nachtkontrolle');
  });

  it('stores pending edits on pagehide', async () => {
    const hook = renderDraft();
    await loaded(hook);
    act(() => hook.result.current.edit('title', (o) => ({ ...o, title: 'Verlassen' })));
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(await storedTitleSoon('Verlassen')).toBe('Verlassen');
  });

  it('locking stores what was typed within the typing pause', async () => {
    const hook = renderDraft();
    await loaded(hook);
    act(() => hook.result.current.edit('title', (o) => ({ ...o, title: 'Sperren gedrückt' })));
    let unsaved: Awaited<ReturnType<typeof flushPendingSaves>> = [];
    await act(async () => {
      unsaved = await flushPendingSaves(5000);
    });
    expect(unsaved).toEqual([]);
    expect(await storedTitle()).toBe('Sperren gedrückt');
    expect(hook.result.current.saveState.kind).toBe('saved');
  });

  it('locking names what could not be stored, in German', async () => {
    const hook = renderDraft();
    await loaded(hook);
    // The schema refuses an empty code name: this edit cannot be stored.
    act(() => hook.result.current.edit('codeName', (o) => ({ ...o, codeName: '' })));
    let unsaved: Awaited<ReturnType<typeof flushPendingSaves>> = [];
    await act(async () => {
      unsaved = await flushPendingSaves(5000);
    });
    expect(unsaved).toEqual([{ label: 'Einsatz „WINTER“', count: 1 }]);
  });

  it('a closed workspace no longer holds up locking', async () => {
    const hook = renderDraft();
    await loaded(hook);
    act(() => hook.result.current.edit('title', (o) => ({ ...o, title: 'Beim Schließen' })));
    hook.unmount();
    expect(await storedTitleSoon('Beim Schließen')).toBe('Beim Schließen');
    expect(await flushPendingSaves(100)).toEqual([]);
  });
});
