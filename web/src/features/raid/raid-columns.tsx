// The columns of the issue, assumption, decision, action and dependency logs (risks have their
// own file): what a PMO scans each log for — due dates with overdue flags, priority and
// escalation, where an action comes from, and whether a provider's slip threatens a dependency.
import { Badge, Group, Stack, Text } from '@mantine/core';
import type { Assumption, Decision, Dependency, Issue, RaidAction } from '../../api/types.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { formatDate } from '../../ui/dates.ts';
import { DueDate, RaidStatusBadge, ThreatenedBadge } from './raid-badges.tsx';
import { ACTION_SOURCE_LABELS, ESCALATION_LABELS, ISSUE_PRIORITY_LABELS, ISSUE_SEVERITY_LABELS, PRIORITY_COLORS, labelOf } from './raid-labels.ts';
import type { RaidColumn } from './raid-table.tsx';

type Common = { projectCode: string; projectName: string; ownerName: string | null };

/** The project (on cross-project pages) and the owner, shared by every log. */
export function commonColumns<T extends Common>(): { project: RaidColumn<T>; owner: RaidColumn<T> } {
  return {
    project: { key: 'project', label: 'Project', cell: (i) => <Text span fz="sm" title={i.projectName}>{i.projectCode}</Text> },
    owner: { key: 'owner', label: 'Owner', cell: (i) => i.ownerName ?? <Text span c="dimmed" fz="sm">—</Text> },
  };
}

const withProject = <T extends Common>(showProject: boolean, columns: RaidColumn<T>[]): RaidColumn<T>[] => {
  const { project, owner } = commonColumns<T>();
  return [...(showProject ? [project] : []), owner, ...columns];
};

export const issueColumns = (showProject: boolean): RaidColumn<Issue>[] =>
  withProject(showProject, [
    {
      key: 'priority',
      label: 'Priority',
      sort: 'priority',
      cell: (i) => (
        <Badge style={BADGE_STYLE} color={PRIORITY_COLORS[i.priority]} variant={i.priority === 'critical' ? 'filled' : 'light'}>
          {ISSUE_PRIORITY_LABELS[i.priority]}
        </Badge>
      ),
    },
    { key: 'severity', label: 'Severity', cell: (i) => ISSUE_SEVERITY_LABELS[i.severity] },
    { key: 'escalation', label: 'Escalated to', cell: (i) => ESCALATION_LABELS[i.escalationLevel] },
    { key: 'due', label: 'Due', sort: 'dueDate', cell: (i) => <DueDate date={i.dueDate} overdue={i.overdue} /> },
    { key: 'status', label: 'Status', sort: 'status', cell: (i) => <RaidStatusBadge kind="issues" status={i.status} /> },
  ]);

export const assumptionColumns = (showProject: boolean): RaidColumn<Assumption>[] =>
  withProject(showProject, [
    { key: 'validateBy', label: 'Validate by', sort: 'validateBy', cell: (a) => <DueDate date={a.validateBy} overdue={a.validationOverdue} /> },
    { key: 'status', label: 'Status', sort: 'status', cell: (a) => <RaidStatusBadge kind="assumptions" status={a.status} /> },
  ]);

export const decisionColumns = (showProject: boolean): RaidColumn<Decision>[] =>
  withProject(showProject, [
    { key: 'decidedBy', label: 'Decided by', cell: (d) => d.decidedByName ?? '—' },
    { key: 'decidedOn', label: 'Decided on', sort: 'decidedOn', cell: (d) => formatDate(d.decidedOn) },
    { key: 'status', label: 'Status', sort: 'status', cell: (d) => <RaidStatusBadge kind="decisions" status={d.status} /> },
  ]);

export const actionColumns = (showProject: boolean): RaidColumn<RaidAction>[] =>
  withProject(showProject, [
    { key: 'due', label: 'Due', sort: 'dueDate', cell: (a) => <DueDate date={a.dueDate} overdue={a.overdue} /> },
    {
      key: 'source',
      label: 'Source',
      cell: (a) => (a.sourceCode ? `${labelOf(ACTION_SOURCE_LABELS, a.sourceType)} · ${a.sourceCode}` : labelOf(ACTION_SOURCE_LABELS, a.sourceType)),
    },
    { key: 'status', label: 'Status', sort: 'status', cell: (a) => <RaidStatusBadge kind="actions" status={a.status} /> },
  ]);

const slipText = (days: number | null): string => (days === null ? '—' : days > 0 ? `${days} d late` : days === 0 ? 'On the day' : `${-days} d to spare`);

export const dependencyColumns = (showProject: boolean): RaidColumn<Dependency>[] =>
  withProject(showProject, [
    {
      key: 'provider',
      label: 'Provider',
      cell: (d) => (
        <Stack gap={0}>
          <Text span fz="sm" title={d.providerProjectName}>
            {d.providerProjectCode} · {d.providerProjectName}
          </Text>
          {d.providerTaskName ? <Text span fz="xs" c="dimmed">{d.providerTaskName}</Text> : null}
        </Stack>
      ),
    },
    { key: 'neededBy', label: 'Needed by', sort: 'neededBy', cell: (d) => formatDate(d.neededBy) },
    { key: 'forecast', label: 'Forecast', cell: (d) => formatDate(d.forecastDate) },
    {
      key: 'slip',
      label: 'Slip',
      align: 'right',
      cell: (d) => <Text span fz="sm" c={d.slipDays !== null && d.slipDays > 0 ? 'red.7' : undefined} style={{ whiteSpace: 'nowrap' }}>{slipText(d.slipDays)}</Text>,
    },
    {
      key: 'status',
      label: 'Status',
      sort: 'status',
      cell: (d) => (
        <Group gap={6} wrap="nowrap">
          <RaidStatusBadge kind="dependencies" status={d.status} />
          {d.threatened ? <ThreatenedBadge /> : null}
        </Group>
      ),
    },
  ]);
