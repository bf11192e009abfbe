// Findings as a table (a review's, or the cross-project follow-up list): severity, owner, due date
// with the overdue flag, status (and "awaiting verification"), corrective actions; the title opens
// the finding's drawer.
import { Badge, Table, Text, UnstyledButton } from '@mantine/core';
import type { Finding } from '../../api/types.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { PersonName } from '../../ui/person-name.tsx';
import { DueDate } from '../raid/raid-badges.tsx';
import { FindingSeverityBadge, FindingStatusBadge } from './quality-badges.tsx';

interface FindingTableProps {
  label: string;
  items: readonly Finding[];
  showProject?: boolean;
  empty: string;
  onOpen: (finding: Finding) => void;
}

export function FindingTable({ label, items, showProject = false, empty, onOpen }: FindingTableProps) {
  const columns = showProject ? 9 : 8;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-label={label} striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Code</Table.Th>
            {showProject ? <Table.Th>Project · review</Table.Th> : null}
            <Table.Th>Title</Table.Th><Table.Th>Severity</Table.Th><Table.Th>Owner</Table.Th><Table.Th>Due</Table.Th>
            <Table.Th>Status</Table.Th><Table.Th>Actions</Table.Th><Table.Th>Question</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((f) => (
            <Table.Tr key={f.id} data-finding={f.code} onClick={() => onOpen(f)} style={{ cursor: 'pointer' }}>
              <Table.Td fz="sm" ff="monospace">{f.code}</Table.Td>
              {showProject ? <Table.Td fz="sm">{f.projectCode} · {f.reviewCode}</Table.Td> : null}
              <Table.Td>
                <UnstyledButton fz="sm" fw={500} onClick={(e) => { e.stopPropagation(); onOpen(f); }}>{f.title}</UnstyledButton>
              </Table.Td>
              <Table.Td><FindingSeverityBadge severity={f.severity} /></Table.Td>
              <Table.Td fz="sm"><PersonName id={f.ownerId} /></Table.Td>
              <Table.Td><DueDate date={f.dueDate} overdue={f.overdue} /></Table.Td>
              <Table.Td>
                <FindingStatusBadge status={f.status} />
                {f.awaitingVerification ? <Badge style={BADGE_STYLE} ml={4} size="sm" color="grape" variant="light">To verify</Badge> : null}
              </Table.Td>
              <Table.Td fz="sm">{f.actions.length === 0 ? '—' : `${f.actions.filter((a) => a.status === 'done').length}/${f.actions.length} done`}</Table.Td>
              <Table.Td fz="xs" c="dimmed">{f.questionKey ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
          {items.length === 0 ? (
            <Table.Tr><Table.Td colSpan={columns}><Text c="dimmed" ta="center" py="md">{empty}</Text></Table.Td></Table.Tr>
          ) : null}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
