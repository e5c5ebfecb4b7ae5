// Benchmark: the Kräfteübersicht of a roster with 60 agencies and 400 persons, re-rendered after
// one liaison answer changes — totals recomputed and the three tables committed to the DOM —
// against a plain React table of the same rows changing one cell, both in the same run. happy-dom
// is slower at DOM work than Chromium, so a median within one frame here holds in the app.
import { MantineProvider } from '@mantine/core';
import { act, cleanup, render } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterAll, describe, expect, it } from 'vitest';
import type { Agency, PlanSnapshot, Premises } from '@shared/domain';
import { cssVariablesResolver, theme } from '../../src/renderer/app/theme';
import { DataContext, openDataSession } from '../../src/renderer/data/session';
import { ForceOverview } from '../../src/renderer/features/workspace/forces/ForceOverview';
import {
  WorkspaceContext,
  type WorkspaceData,
} from '../../src/renderer/features/workspace/core/context';
import type { OperationDraft } from '../../src/renderer/features/workspace/core/useOperationDraft';
import { HostContext } from '../../src/renderer/host';
import { browserHost } from '../../src/renderer/host/browser';
import { initI18n } from '../../src/renderer/i18n';
import { report, summarize } from './harness';
import { FRAME_MS, roster } from './roster-dataset';

const RUNS = 40;
const WARMUP = 5;

/** Plan `n`: the n-th agency has just confirmed `n % 7 + 1` persons. */
function withAnswer(plan: PlanSnapshot, n: number): PlanSnapshot {
  const i = n % plan.participations.length;
  return {
    ...plan,
    participations: plan.participations.map((p, k) =>
      k === i
        ? {
            ...p,
            confirmation: {
              ...p.confirmation,
              status: 'partially_confirmed' as const,
              confirmedStrength: (n % 7) + 1,
            },
          }
        : p,
    ),
  };
}

function PlainTable({ rows, changed, value }: { rows: number; changed: number; value: number }) {
  return (
    <table>
      <tbody>
        {Array.from({ length: rows }, (_, i) => (
          <tr key={i}>
            <td>Zeile {i}</td>
            <td>{i === changed ? value : i}</td>
            <td>{i * 2}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

async function timeRerenders(renderNth: (n: number) => void): Promise<number[]> {
  const times: number[] = [];
  for (let n = 1; n <= WARMUP + RUNS; n++) {
    const t0 = performance.now();
    renderNth(n); // inside act(): effects and the DOM commit are done when it returns
    if (n > WARMUP) times.push(performance.now() - t0);
  }
  return times;
}

describe('roster render', () => {
  afterAll(() => cleanup());

  it('force overview re-render after one answer vs a plain table', async () => {
    const { plan, agencies, premises } = roster();
    const i18n = await initI18n('de');
    const session = await openDataSession({ dbName: 'bench-roster-render' });
    const agencyMap = new Map<string, Agency>(agencies.map((a) => [a.id, a]));
    const premisesMap = new Map<string, Premises>(premises.map((p) => [p.id, p]));
    const workspace = (p: PlanSnapshot): WorkspaceData => ({
      // The overview reads the plan, never the draft; the draft belongs to the editing views.
      draft: {} as OperationDraft,
      plan: p,
      agencies: agencyMap,
      premises: premisesMap,
      agencyName: (id) => (id ? (agencyMap.get(id)?.name ?? '') : ''),
      premisesName: (id) => premisesMap.get(id)?.name ?? '',
      goTo: () => {},
    });
    // Providers stay mounted as in the app; only the workspace's plan changes.
    let setPlan: (p: PlanSnapshot) => void = () => {};
    function Overview() {
      const [current, set] = useState(plan);
      setPlan = set;
      return (
        <WorkspaceContext.Provider value={workspace(current)}>
          <ForceOverview />
        </WorkspaceContext.Provider>
      );
    }
    const tree = (
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <I18nextProvider i18n={i18n}>
          <HostContext.Provider value={browserHost()}>
            <DataContext.Provider value={session}>
              <Overview />
            </DataContext.Provider>
          </HostContext.Provider>
        </I18nextProvider>
      </MantineProvider>
    );

    const view = render(tree);
    const agencyRows = () =>
      view.getByTestId('totals-agencies').querySelectorAll('tbody tr').length;
    expect(agencyRows()).toBeGreaterThanOrEqual(60);
    const overview = await timeRerenders((n) => {
      act(() => setPlan(withAnswer(plan, n)));
    });
    // The last answer is on screen: the table really followed the changes.
    expect(view.getByTestId('totals-agencies').textContent).toContain('teilweise bestätigt');
    const rows = view.container.querySelectorAll('tr').length;
    view.unmount();

    const plain = render(<PlainTable rows={rows} changed={0} value={0} />);
    const bare = await timeRerenders((n) =>
      plain.rerender(<PlainTable rows={rows} changed={n % rows} value={n} />),
    );
    plain.unmount();
    session.close();

    const m = summarize(
      'roster: force overview re-render after one answer',
      `60 agencies, 400 persons, 12 teams, 30 premises; ${rows} table rows, happy-dom`,
      overview,
      { name: `plain React table with ${rows} rows, one cell changed`, times: bare },
    );
    report(m);
    console.log(
      `[bench] force overview median ${m.medianMs.toFixed(2)} ms ${m.medianMs <= FRAME_MS ? 'is within' : 'EXCEEDS'} one frame (${FRAME_MS} ms)`,
    );
  });
});
