// The dashboards' watch lists: milestones due and slipped, the top risks (each opening the risk in
// its project's log) and the issues escalated beyond their project. Each is a titled table that
// says plainly when it is empty rather than disappearing.
import type { ReactNode } from 'react';
import { Badge, Card, Table, Text, Title } from '@mantine/core';
import type { MilestoneRef, PortfolioDashboard } from '../../api/types.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { formatDate } from '../../ui/dates.ts';
import { AnchorLink } from '../../ui/router-links.tsx';
import { localDay, slipLabel } from './dashboard-view.ts';

/** A titled card holding one table (or its empty note). */
export function Block({ title, subtitle, empty, children }: { title: string; subtitle?: ReactNode; empty: string | null; children: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={title}>
      <Title order={2} size="h5">{title}</Title>
      {subtitle ? <Text size="sm" c="dimmed">{subtitle}</Text> : null}
      {empty ? <Text size="sm" c="dimmed" mt="xs">{empty}</Text> : <Table.ScrollContainer minWidth={480} mt="xs"><Table aria-label={title} striped>{children}</Table></Table.ScrollContainer>}
    </Card>
  );
}

export function ProjectLink({ id, code }: { id: string; code: string }) {
  return <AnchorLink to="/projects/$projectId" params={{ projectId: id }}>{code}</AnchorLink>;
}

export function MilestonesTable({ title, subtitle, items, slipped }: { title: string; subtitle: string; items: readonly MilestoneRef[]; slipped: boolean }) {
  return (
    <Block title={title} subtitle={subtitle} empty={items.length === 0 ? 'None.' : null}>
      <Table.Thead>
        <Table.Tr><Table.Th>Project</Table.Th><Table.Th>Milestone</Table.Th><Table.Th>Forecast</Table.Th><Table.Th>Baseline</Table.Th>{slipped ? <Table.Th>Slip</Table.Th> : null}</Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((m) => (
          <Table.Tr key={m.taskId} data-milestone={m.name}>
            <Table.Td><ProjectLink id={m.projectId} code={m.projectCode} /></Table.Td>
            <Table.Td><AnchorLink to="/projects/$projectId/schedule" params={{ projectId: m.projectId }}>{m.name}</AnchorLink></Table.Td>
            <Table.Td>{formatDate(localDay(m.forecastFinish))}</Table.Td>
            <Table.Td>{formatDate(localDay(m.baselineFinish))}</Table.Td>
            {slipped ? <Table.Td c="red.7" fw={600}>{slipLabel(m)}</Table.Td> : null}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Block>
  );
}

export function TopRisksTable({ risks }: { risks: PortfolioDashboard['topRisks'] }) {
  return (
    <Block title="Top risks" subtitle={`The highest scores of ${risks.openRisks} open risks`} empty={risks.items.length === 0 ? 'No open risks.' : null}>
      <Table.Thead>
        <Table.Tr><Table.Th>Risk</Table.Th><Table.Th>Project</Table.Th><Table.Th>Score</Table.Th><Table.Th>Owner</Table.Th><Table.Th>Review</Table.Th></Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {risks.items.map((r) => (
          <Table.Tr key={r.id} data-risk={r.code}>
            <Table.Td>
              <AnchorLink to="/projects/$projectId/raid" params={{ projectId: r.projectId }} search={{ tab: 'risks', open: r.id }}>{r.code} · {r.title}</AnchorLink>
            </Table.Td>
            <Table.Td><ProjectLink id={r.projectId} code={r.projectCode} /></Table.Td>
            <Table.Td><Badge style={BADGE_STYLE} variant="light" color={r.band === 'critical' || r.band === 'high' ? 'red' : 'gray'}>{r.score} · {r.band}</Badge></Table.Td>
            <Table.Td>{r.ownerName ?? '—'}</Table.Td>
            <Table.Td>{formatDate(r.reviewDate)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Block>
  );
}

export function EscalatedIssuesTable({ issues }: { issues: PortfolioDashboard['escalatedIssues'] }) {
  return (
    <Block title="Escalated issues" empty={issues.items.length === 0 ? 'No issues escalated beyond their project.' : null}>
      <Table.Thead>
        <Table.Tr><Table.Th>Issue</Table.Th><Table.Th>Project</Table.Th><Table.Th>Escalated to</Table.Th><Table.Th>Priority</Table.Th><Table.Th>Owner</Table.Th><Table.Th>Due</Table.Th></Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {issues.items.map((i) => (
          <Table.Tr key={i.id}>
            <Table.Td>
              <AnchorLink to="/projects/$projectId/raid" params={{ projectId: i.projectId }} search={{ tab: 'issues', open: i.id }}>{i.code} · {i.title}</AnchorLink>
            </Table.Td>
            <Table.Td><ProjectLink id={i.projectId} code={i.projectCode} /></Table.Td>
            <Table.Td>{i.escalationLevel}</Table.Td>
            <Table.Td>{i.priority}</Table.Td>
            <Table.Td>{i.ownerName ?? '—'}</Table.Td>
            <Table.Td>{formatDate(i.dueDate)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Block>
  );
}
