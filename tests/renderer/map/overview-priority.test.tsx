// Karte opened right after unlock asks the read model for what it draws first: the premises
// (the largest table) and the targets come before the tables of the operations list and the
// participations, which the registry order would build first.
import { describe, expect, it } from 'vitest';
import { useOverviewData } from '../../../src/renderer/features/map/useOverviewData';
import { buildOrderWhileShown } from '../support/build-order';

function Probe() {
  useOverviewData();
  return null;
}

describe('Karte and the read model', () => {
  it('has the premises and targets built before the other tables still to come', async () => {
    expect(await buildOrderWhileShown(<Probe />)).toEqual([
      'operations',
      'premises',
      'targets',
      'agencies',
      'participations',
      'results',
      'teams',
    ]);
  });
});
