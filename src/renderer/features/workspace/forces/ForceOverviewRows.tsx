// Rows of the Kräfteübersicht. Each takes only primitive values and is memoised, so a changed
// answer re-renders its own row and the totals, not all sixty agencies (see the roster bench).
import { Table } from '@mantine/core';
import { memo } from 'react';
import { CONFIRMATION_STATUS_LABELS, PARTICIPATION_ROLE_LABELS } from '@shared/catalog';
import type { AgencyTotals } from '@shared/roster';
import { useLabel } from '../../../ui/useLabel';

type AgencyRowProps = Pick<
  AgencyTotals,
  'name' | 'role' | 'status' | 'requested' | 'confirmed' | 'assigned' | 'limit' | 'vehicles'
>;

export const AgencyRow = memo(function AgencyRow(p: AgencyRowProps) {
  const label = useLabel();
  const over = p.assigned > p.limit;
  return (
    <Table.Tr>
      <Table.Td>{p.name}</Table.Td>
      <Table.Td>{label(PARTICIPATION_ROLE_LABELS[p.role])}</Table.Td>
      <Table.Td>{label(CONFIRMATION_STATUS_LABELS[p.status])}</Table.Td>
      <Table.Td ta="right">{p.requested}</Table.Td>
      <Table.Td ta="right">{p.confirmed}</Table.Td>
      <Table.Td ta="right" c={over ? 'red.8' : undefined}>
        {p.assigned}
      </Table.Td>
      <Table.Td ta="right">{p.vehicles}</Table.Td>
    </Table.Tr>
  );
});

export const TeamRow = memo(function TeamRow(p: {
  name: string;
  callSign: string;
  /** "PP Essen 4, HZA 2" — already joined, so the row can compare it. */
  members: string;
  assigned: number;
}) {
  return (
    <Table.Tr>
      <Table.Td>{p.name}</Table.Td>
      <Table.Td>{p.callSign}</Table.Td>
      <Table.Td>{p.members}</Table.Td>
      <Table.Td ta="right" fw={600}>
        {p.assigned}
      </Table.Td>
    </Table.Tr>
  );
});

export const PremisesRow = memo(function PremisesRow(p: {
  name: string;
  teams: string;
  assigned: number;
}) {
  return (
    <Table.Tr>
      <Table.Td>{p.name}</Table.Td>
      <Table.Td>{p.teams}</Table.Td>
      <Table.Td ta="right" fw={600}>
        {p.assigned}
      </Table.Td>
    </Table.Tr>
  );
});
