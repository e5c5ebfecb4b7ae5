// Renders a piece of the app the way the shell provides it: Mantine in test mode, the browser
// host and a real data session (repositories on fake-indexeddb).
import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { newId } from '@shared/domain';
import { DataContext, openDataSession, type DataSession } from '../../../src/renderer/data/session';
import { HostContext } from '../../../src/renderer/host';
import { browserHost } from '../../../src/renderer/host/browser';

/** A data session on a fresh, uniquely named database. */
export function openUiSession(now = () => '2026-11-20T10:00:00.000Z'): Promise<DataSession> {
  return openDataSession({ dbName: `vp-test-${newId()}`, now });
}

export function renderWithSession(session: DataSession, ui: ReactNode): RenderResult {
  return render(
    <MantineProvider env="test">
      <HostContext.Provider value={browserHost()}>
        <DataContext.Provider value={session}>{ui}</DataContext.Provider>
      </HostContext.Provider>
    </MantineProvider>,
  );
}
