// The Ausgabe warning for a not-released recipient over the demo plan: one line per text that
// names a target, with the field, the words found and the text; nothing when no text does.
import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TargetMentions } from '../../../src/renderer/features/workspace/briefing/TargetMentions';
import { initI18n } from '../../../src/renderer/i18n';
import { agencyIdsByCatalogKey, buildDemoDataset, seedAgencies } from '@shared/demo';
import type { PlanSnapshot } from '@shared/domain';

beforeAll(async () => {
  await initI18n('de');
});
afterEach(cleanup);

// The demo operation (tests/support/demo-plan.ts is outside this project's typecheck).
function demo() {
  let n = 0;
  const makeId = () => `id-${++n}`;
  const now = '2026-11-16T09:00:00.000Z';
  const agencies = seedAgencies(now, makeId);
  const x = buildDemoDataset({
    now,
    agencyIdByCatalogKey: agencyIdsByCatalogKey(agencies),
    makeId,
  });
  const plan: PlanSnapshot = {
    operation: x.operation,
    targets: x.targets,
    participations: x.participations,
    teams: x.teams,
    timeline: x.timeline,
    comms: x.comms,
  };
  return { plan, premises: x.premises };
}
const d = demo();

describe('TargetMentions', () => {
  it('lists the team name with both targets it names, by field and text', () => {
    render(
      <MantineProvider env="test">
        <TargetMentions plan={d.plan} premises={new Map(d.premises.map((p) => [p.id, p]))} />
      </MantineProvider>,
    );
    const box = screen.getByTestId('briefing-mentions');
    expect(box.textContent).toMatch(/\d+ Texte in dieser Ausfertigung nennen Zielobjekte/);
    const line = [...box.querySelectorAll('li')].find((li) =>
      li.textContent?.includes('„Kontrollteam 2 – Barbershop und Kiosk“'),
    );
    expect(line?.textContent).toContain('Teamname:');
    expect(line?.textContent).toContain(
      '„Barbershop“ (Teil des Namens), „Kiosk“ (Teil des Namens)',
    );
    expect(box.textContent).toContain('Wege: „Exempelallee“ (Straße)');
    // The list scrolls: its viewport is a named, focusable region (axe: scrollable-region-focusable).
    const region = screen.getByRole('region', { name: /Texte in dieser Ausfertigung/ });
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.textContent).toContain('Kontrollteam 2 – Barbershop und Kiosk');
  });

  it('shows nothing when no text names a target', () => {
    const premises = d.premises.map((p, i) => ({
      ...p,
      name: `Zielort Quelle${i}`,
      kind: 'other',
      operator: { ...p.operator, name: `Firma Niemand${i}` },
      address: { ...p.address, street: `Nirgendweg${i}` },
    }));
    render(
      <MantineProvider env="test">
        <TargetMentions plan={d.plan} premises={new Map(premises.map((p) => [p.id, p]))} />
      </MantineProvider>,
    );
    expect(screen.queryByTestId('briefing-mentions')).toBeNull();
  });
});
