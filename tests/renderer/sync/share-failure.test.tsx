// A failed sharing step is named in the UI's language: the known failures (server silent, origin
// not admitted, another lead, clock, key, store codes) each by their reason, anything else as
// unexpected — and the error's own text (German, technical) only under "Details", never inside
// an English sentence.
import { act, cleanup, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@shared/domain';
import { CodedError } from '@shared/result';
import { FrameKeyError } from '@shared/sync/frame-key';
import { loadDemo } from '../../../src/renderer/data/demo';
import { openDataSession, type DataSession } from '../../../src/renderer/data/session';
import {
  shareFailureOf,
  technicalText,
} from '../../../src/renderer/features/sharing/share-failure';
import { SharingView } from '../../../src/renderer/features/workspace/sharing';
import { initI18n, setLanguage } from '../../../src/renderer/i18n';
import { reportShareProblem } from '../../../src/renderer/sync/open-shares';
import { SyncServerError } from '../../../src/renderer/sync/server-api';
import { ServerSilentError } from '../../../src/renderer/sync/shared-operation';
import { renderWithSession } from '../support/session-ui';
import { WorkspacePart, until as waitFor } from '../support/workspace-part';

const NOW = '2026-11-16T09:00:00.000Z';
let session: DataSession | undefined;

beforeAll(async () => {
  await initI18n('de');
});
afterEach(async () => {
  cleanup();
  session?.close();
  await setLanguage('de');
});

const until = (check: () => boolean) => waitFor(check, { tries: 600, everyMs: 10 });

describe('share failure reasons', () => {
  it('names the known failures and keeps the rest unexpected', () => {
    const reason = (e: unknown) => shareFailureOf(e).reason;
    expect(reason(new ServerSilentError())).toBe('serverSilent');
    expect(reason(new TypeError('Failed to fetch'))).toBe('serverSilent');
    expect(reason(new TypeError('fetch failed'))).toBe('serverSilent');
    expect(reason(new DOMException('connect ECONNREFUSED', 'NetworkError'))).toBe('serverSilent');
    expect(reason(new SyncServerError(403, 'origin'))).toBe('serverOrigin');
    expect(reason(new SyncServerError(403, 'not_lead'))).toBe('notLead');
    expect(reason(new SyncServerError(401, 'expired'))).toBe('clock');
    expect(reason(new SyncServerError(400, 'malformed'))).toBe('serverRefused');
    expect(reason(new FrameKeyError('kein Ed25519'))).toBe('keyUnusable');
    expect(shareFailureOf(new CodedError('conflict', 'Revision'))).toEqual({
      reason: 'coded',
      code: 'conflict',
    });
    // A programming error is no network failure, and 'internal' says nothing of its own.
    expect(reason(new TypeError('x is not a function'))).toBe('unexpected');
    expect(reason(new CodedError('internal', 'kaputt'))).toBe('unexpected');
    expect(reason('Speicher voll')).toBe('unexpected');
  });

  it('keeps the technical text for the details', () => {
    expect(technicalText(new SyncServerError(409, 'is_lead'))).toBe('HTTP 409: is_lead');
    expect(technicalText(new FrameKeyError('kein Ed25519'))).toBe('FrameKeyError: kein Ed25519');
    expect(technicalText(new Error('Speicher voll'))).toBe('Speicher voll');
    expect(technicalText(null)).toBe('');
  });
});

describe('a save problem in English', () => {
  it('says the reason in English and the German error only under Details', async () => {
    const s = await openDataSession({ dbName: `vp-test-${newId()}`, now: () => NOW });
    session = s;
    const op = await loadDemo(s.repos, NOW);
    const error = new SyncServerError(403, 'origin');
    reportShareProblem(op.id, { kind: 'save', message: error.message, error });
    await act(() => setLanguage('en'));
    renderWithSession(
      s,
      <MemoryRouter>
        <WorkspacePart operationId={op.id}>
          <SharingView />
        </WorkspacePart>
      </MemoryRouter>,
    );
    await until(() => screen.queryByTestId('sharing-problem') !== null);
    const sentence = screen.getByTestId('sharing-problem').querySelector('p')?.textContent ?? '';
    expect(sentence).toContain('could not be saved: The sync server does not admit this app');
    expect(sentence).not.toContain('Synchronisierungsserver');
    expect(screen.getByTestId('share-failure-details').textContent).toContain('HTTP 403: origin');
  });
});
