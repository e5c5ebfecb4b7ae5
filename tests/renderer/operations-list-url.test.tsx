// useListState in a real (memory) router: the page's own writes go to the URL without undoing
// fast typing, and a link or back/forward to another list URL is followed.
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import {
  QUERY_URL_DELAY_MS,
  useListState,
  type UpdateListState,
} from '../../src/renderer/features/operations/list/useListState';
import type { ListState } from '../../src/renderer/features/operations/list/list-state';

let current: ListState | null = null;
let update: UpdateListState | null = null;

function Probe() {
  const [state, set] = useListState();
  current = state;
  update = set;
  return null;
}

function setup(url: string) {
  const router = createMemoryRouter([{ path: '/operations', element: <Probe /> }], {
    initialEntries: [url],
  });
  render(<RouterProvider router={router} />);
  return router;
}

const search = (router: ReturnType<typeof setup>) => router.state.location.search;

afterEach(() => {
  cleanup();
  current = null;
  update = null;
});

describe('list state in the URL', () => {
  it('starts from the URL', () => {
    setup('/operations?q=falke&status=draft&sort=codeName.asc');
    expect(current?.query).toBe('falke');
    expect(current?.statuses).toEqual(['draft']);
    expect(current?.sort).toEqual({ id: 'codeName', desc: false });
  });

  it('writes changes to the URL (replacing) and keeps every keystroke', async () => {
    const router = setup('/operations');
    await act(async () => {
      update?.({ query: 'k' });
      update?.({ query: 'kr' });
      update?.({ query: 'kra' });
    });
    expect(current?.query).toBe('kra');
    // Typing reaches the URL once, after a pause.
    expect(search(router)).toBe('');
    await act(() => new Promise((r) => setTimeout(r, QUERY_URL_DELAY_MS + 50)));
    expect(search(router)).toBe('?q=kra');
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('follows a navigation it did not make, and back', async () => {
    const router = setup('/operations');
    await act(async () => {
      update?.({ view: 'trash' }, { push: true });
    });
    expect(search(router)).toBe('?view=trash');
    await act(async () => {
      await router.navigate('/operations?mun=essen');
    });
    expect(current?.municipalityId).toBe('essen');
    expect(current?.view).toBe('list');
    await act(async () => {
      await router.navigate(-1);
    });
    expect(current?.view).toBe('trash');
    expect(current?.municipalityId).toBeNull();
  });
});
