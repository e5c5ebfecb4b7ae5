// The workspace part Gemeinsam of one operation on a real data session, as the sharing tests
// render it, and their wait: the part's own waits (a server that does not answer) run on real
// timers, so the wait is long.
import { MemoryRouter } from 'react-router';
import type { Operation } from '@shared/domain';
import type { DataSession } from '../../../../src/renderer/data/session';
import { SharingView } from '../../../../src/renderer/features/workspace/sharing';
import { renderWithSession } from '../../support/session-ui';
import { until as waitFor, WorkspacePart } from '../../support/workspace-part';

export const untilShown = (check: () => boolean) => waitFor(check, { tries: 600, everyMs: 10 });

export function renderSharingPart(s: DataSession, op: Operation) {
  return renderWithSession(
    s,
    <MemoryRouter>
      <WorkspacePart operationId={op.id}>
        <SharingView />
      </WorkspacePart>
    </MemoryRouter>,
  );
}
