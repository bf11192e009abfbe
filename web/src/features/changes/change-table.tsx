// A list of change requests as a table (a project's, or the change board's queue across projects):
// code and title link to the request's page; status, priority, cost impact, requester, decision.
import { Table, Text } from '@mantine/core';
import type { ChangeRequest } from '../../api/types.ts';
import { formatInstant } from '../../ui/dates.ts';
import { AnchorLink } from '../../ui/router-links.tsx';
import { ChangeStatusBadge, CostImpact } from './change-badges.tsx';
import { CHANGE_PRIORITY_LABELS, DECISION_LABELS } from './change-labels.ts';

interface ChangeTableProps {
  label: string;
  items: readonly ChangeRequest[];
  showProject?: boolean;
  empty: string;
}

export function ChangeTable({ label, items, showProject = false, empty }: ChangeTableProps) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-label={label} striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Code</Table.Th>
            {showProject ? <Table.Th>Project</Table.Th> : null}
            <Table.Th>Title</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Priority</Table.Th>
            <Table.Th ta="right">Cost impact</Table.Th>
            <Table.Th>Requested by</Table.Th>
            <Table.Th>Decision</Table.Th>
            <Table.Th>Updated</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((cr) => (
            <Table.Tr key={cr.id} data-change={cr.code}>
              <Table.Td fz="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>{cr.code}</Table.Td>
              {showProject ? <Table.Td fz="sm">{cr.projectCode} · {cr.projectName}</Table.Td> : null}
              <Table.Td fz="sm">
                <AnchorLink to="/change-requests/$changeId" params={{ changeId: cr.id }} fz="sm" fw={500}>{cr.title}</AnchorLink>
              </Table.Td>
              <Table.Td><ChangeStatusBadge status={cr.status} /></Table.Td>
              <Table.Td fz="sm">{CHANGE_PRIORITY_LABELS[cr.priority]}</Table.Td>
              <Table.Td ta="right"><CostImpact cost={cr.costImpact} /></Table.Td>
              <Table.Td fz="sm">{cr.requestedBy || <Text span c="dimmed" fz="sm">—</Text>}</Table.Td>
              <Table.Td fz="sm">{cr.decision ? `${DECISION_LABELS[cr.decision]}${cr.decidedByName ? ` by ${cr.decidedByName}` : ''}` : '—'}</Table.Td>
              <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>{formatInstant(cr.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
          {items.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={showProject ? 9 : 8}>
                <Text c="dimmed" ta="center" py="md">{empty}</Text>
              </Table.Td>
            </Table.Tr>
          ) : null}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
