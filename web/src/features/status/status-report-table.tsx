// Rows of status reports across projects (or, in the due list, projects without their report in):
// project, period, the report, its status and overall colour; the due list names the manager.
import { Badge, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { projectQueries } from '../../api/projects.ts';
import type { StatusReportListItem } from '../../api/types.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { formatDate, formatInstant } from '../../ui/dates.ts';
import { PersonName } from '../../ui/person-name.tsx';
import { AnchorLink } from '../../ui/router-links.tsx';
import { RagBadge } from './rag-badge.tsx';
import { REPORT_STATUSES } from './status-labels.ts';

function Manager({ projectId }: { projectId: string }) {
  const project = useQuery(projectQueries.detail(projectId));
  return <PersonName id={project.data?.managerId} />;
}

interface Props {
  label: string;
  items: readonly StatusReportListItem[];
  empty: string;
  due?: boolean;
}

export function StatusReportTable({ label, items, empty, due = false }: Props) {
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table aria-label={label} verticalSpacing="sm" fz="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Project</Table.Th>
            <Table.Th>Period</Table.Th>
            <Table.Th>Report</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>{due ? 'Manager' : 'Overall'}</Table.Th>
            <Table.Th>Submitted</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map(({ project, periodStart, periodEnd, report }) => (
            <Table.Tr key={`${project.id}:${periodStart}`} data-project={project.code} data-report={report?.code}>
              <Table.Td>
                <AnchorLink to="/projects/$projectId/status" params={{ projectId: project.id }} fz="sm">{project.code} · {project.name}</AnchorLink>
              </Table.Td>
              <Table.Td>{formatDate(periodStart)} – {formatDate(periodEnd)}</Table.Td>
              <Table.Td>
                {report ? <AnchorLink to="/status-reports/$reportId" params={{ reportId: report.id }} ff="monospace" fz="sm">{report.code}</AnchorLink> : <Text span size="sm" c="dimmed">Not started</Text>}
              </Table.Td>
              <Table.Td>{report ? <Badge style={BADGE_STYLE} size="sm" variant="light" color={REPORT_STATUSES[report.status].color}>{REPORT_STATUSES[report.status].label}</Badge> : null}</Table.Td>
              <Table.Td>{due ? <Manager projectId={project.id} /> : report ? <RagBadge colour={report.overall} size="sm" /> : null}</Table.Td>
              <Table.Td>{formatInstant(report?.submittedAt)}</Table.Td>
            </Table.Tr>
          ))}
          {items.length === 0 ? (
            <Table.Tr><Table.Td colSpan={6}><Text c="dimmed" ta="center" py="md" size="sm">{empty}</Text></Table.Td></Table.Tr>
          ) : null}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
