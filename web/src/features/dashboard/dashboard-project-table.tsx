// The per-project table of a program's view: each project's phase, status, RAG, next milestone,
// risks, overdue actions, budget, earned value's CPI and SPI, and compliance in one row, so a program manager sees the whole
// program at a glance and opens any project from it.
import { Badge, Table } from '@mantine/core';
import type { DashboardProject } from '../../api/types.ts';
import { BADGE_STYLE, StatusBadge } from '../../ui/badges.tsx';
import { formatDate } from '../../ui/dates.ts';
import { PROJECT_STATUS_LABELS, isLabelKey } from '../../ui/labels.ts';
import { formatMoney } from '../../ui/money.ts';
import { STATE_META } from '../compliance/compliance-view.ts';
import { IndexBadge } from '../evm/index-badge.tsx';
import { Block, ProjectLink } from './dashboard-tables.tsx';
import { RAG_META, localDay, slipLabel } from './dashboard-view.ts';

export function DashboardProjectTable({ projects }: { projects: readonly DashboardProject[] }) {
  return (
    <Block title="Projects" empty={projects.length === 0 ? 'No projects.' : null}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Project</Table.Th><Table.Th>Phase</Table.Th><Table.Th>Status</Table.Th><Table.Th>RAG</Table.Th><Table.Th>Next milestone</Table.Th>
          <Table.Th ta="right">Open risks</Table.Th><Table.Th ta="right">Overdue actions</Table.Th><Table.Th ta="right">Budget</Table.Th><Table.Th ta="right">CPI</Table.Th><Table.Th ta="right">SPI</Table.Th><Table.Th>Compliance</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {projects.map((p) => {
          const rag = p.rag ? RAG_META[p.rag] : p.notReported ? RAG_META.not_reported : null;
          return (
            <Table.Tr key={p.id} data-project={p.code}>
              <Table.Td><ProjectLink id={p.id} code={p.code} /> {p.name}</Table.Td>
              <Table.Td>{p.phase.name}</Table.Td>
              <Table.Td>{isLabelKey(PROJECT_STATUS_LABELS, p.status) ? <StatusBadge status={p.status} /> : p.status}</Table.Td>
              <Table.Td>{rag ? <Badge style={BADGE_STYLE} color={rag.color}>{rag.label}</Badge> : '—'}</Table.Td>
              <Table.Td>
                {p.nextMilestone ? `${p.nextMilestone.name}, ${formatDate(localDay(p.nextMilestone.forecastFinish))}${p.nextMilestone.lateness ? ` (${slipLabel(p.nextMilestone)})` : ''}` : '—'}
              </Table.Td>
              <Table.Td ta="right">{p.openRisks}{p.openCriticalRisks > 0 ? ` (${p.openCriticalRisks} critical)` : ''}</Table.Td>
              <Table.Td ta="right">{p.overdueActions}</Table.Td>
              <Table.Td ta="right">{formatMoney(p.budget)}</Table.Td>
              <Table.Td ta="right"><IndexBadge label={`${p.code} CPI`} value={p.cpi} /></Table.Td>
              <Table.Td ta="right"><IndexBadge label={`${p.code} SPI`} value={p.spi} /></Table.Td>
              <Table.Td><Badge style={BADGE_STYLE} variant="light" color={STATE_META[p.compliance].color}>{STATE_META[p.compliance].label}</Badge></Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Block>
  );
}
