// A project's policy breaches as a table: severity, policy, the sentence naming the items, and a
// link to where each is put right. Shared by the Compliance page and the project overview.
import { Anchor, Badge, Table, Text } from '@mantine/core';
import type { Breach } from '../../api/types.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { AnchorLink } from '../../ui/router-links.tsx';
import { SEVERITY_META, fixLabel, fixTarget, governanceHref, sortBreaches } from './compliance-view.ts';

export function SeverityBadge({ severity }: { severity: Breach['severity'] }) {
  const meta = SEVERITY_META[severity];
  return (
    <Badge style={BADGE_STYLE} color={meta.color} variant={severity === 'critical' ? 'filled' : 'light'}>
      {meta.label}
    </Badge>
  );
}

export function FixLink({ breach }: { breach: Breach }) {
  const target = fixTarget(breach);
  const label = fixLabel(breach);
  const { projectId } = target;
  switch (target.to) {
    case 'raid':
      return (
        <AnchorLink to="/projects/$projectId/raid" params={{ projectId }} search={{ tab: target.tab, ...(target.open ? { open: target.open } : {}) }} fz="sm">
          {label}
        </AnchorLink>
      );
    case 'governance':
      return <Anchor href={governanceHref(projectId)} fz="sm">{label}</Anchor>;
    case 'schedule':
      return <AnchorLink to="/projects/$projectId/schedule" params={{ projectId }} fz="sm">{label}</AnchorLink>;
    case 'project':
      return <AnchorLink to="/projects/$projectId" params={{ projectId }} fz="sm">{label}</AnchorLink>;
  }
}

export function BreachList({ breaches, label }: { breaches: readonly Breach[]; label: string }) {
  if (breaches.length === 0) return <Text size="sm" c="dimmed">No breaches: this project meets every enabled policy.</Text>;
  return (
    <Table aria-label={label} verticalSpacing="xs" withRowBorders>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={100}>Severity</Table.Th>
          <Table.Th w={220}>Policy</Table.Th>
          <Table.Th>Breach</Table.Th>
          <Table.Th w={170}>Fix</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sortBreaches(breaches).map((breach) => (
          <Table.Tr key={breach.policyKey} data-breach={breach.policyKey}>
            <Table.Td><SeverityBadge severity={breach.severity} /></Table.Td>
            <Table.Td fz="sm" fw={500}>{breach.policyName}</Table.Td>
            <Table.Td fz="sm">{breach.message}</Table.Td>
            <Table.Td><FixLink breach={breach} /></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
