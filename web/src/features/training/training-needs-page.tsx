// Who needs which training: managers of high-risk projects without a current PM certification,
// certifications running out within 90 days, and gaps against the required levels — each with its
// reason and the courses that would meet it.
import { Badge, Card, Stack, Table, Text } from '@mantine/core';
import { useTrainingNeeds } from '../../api/training.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink } from '../../ui/router-links.tsx';
import { TrainingNav } from './training-nav.tsx';
import { NEED_LABELS } from './training-view.ts';

export function TrainingNeedsPage() {
  const needs = useTrainingNeeds();
  return (
    <Stack gap="md">
      <PageHeader title="Training needs" subtitle={needs.data ? `A project counts as high-risk from exposure ${needs.data.highRiskExposure} (the risk matrix's high band).` : undefined} />
      <TrainingNav />
      <ProblemAlert error={needs.error} />
      {needs.isPending ? <Pending label="Loading training needs" /> : needs.data!.items.length === 0 ? <Text c="dimmed">Nobody needs training now.</Text> : (
        <Card withBorder padding={0} radius="md">
          <Table aria-label="Training needs" striped verticalSpacing="xs">
            <Table.Thead><Table.Tr><Table.Th>Person</Table.Th><Table.Th>Need</Table.Th><Table.Th>Why</Table.Th><Table.Th>Courses</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {needs.data!.items.map((n, i) => (
                <Table.Tr key={`${n.person.id}-${n.kind}-${n.competencyKey ?? n.certification ?? i}`}>
                  <Table.Td><AnchorLink to="/training/people/$userId" params={{ userId: n.person.id }}>{n.person.name}</AnchorLink></Table.Td>
                  <Table.Td><Badge color={NEED_LABELS[n.kind].color} variant="light" style={BADGE_STYLE}>{NEED_LABELS[n.kind].label}</Badge></Table.Td>
                  <Table.Td><Text size="sm">{n.reason}</Text></Table.Td>
                  <Table.Td><Text size="sm">{n.courses.map((c) => c.name).join('; ') || '—'}</Text></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
    </Stack>
  );
}
