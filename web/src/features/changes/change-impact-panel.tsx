// The what-if of a change request: its saved schedule edits run on a copy of the project's plan
// (nothing is saved) to show where the project would finish and by how much that moves, the tasks
// that move, the tasks it adds, how the critical path changes, and new constraint misses. A loop
// or a task no longer in the plan comes back as the server's 422, shown as it says. Once applied,
// the panel shows what applying did instead (the edits are in the plan, a what-if would repeat them).
import { Alert, Badge, Button, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useChangeImpact } from '../../api/change-requests.ts';
import type { ChangeImpact, ChangeRequest } from '../../api/types.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { formatLocal } from '../schedule/schedule-view.ts';
import { CostImpact } from './change-badges.tsx';
import { formatDelta } from './change-view.ts';

const Arrow = ({ from, to }: { from: string | null; to: string | null }) => (
  <Text span fz="sm" style={{ whiteSpace: 'nowrap' }} fw={from !== to ? 600 : undefined}>
    {formatLocal(from)} → {formatLocal(to)}
  </Text>
);

export function ChangeImpactPanel({ request }: { request: ChangeRequest }) {
  if (request.applied) {
    const { applied } = request;
    return (
      <Card withBorder radius="md" padding="lg" component="section" aria-label="Impact">
        <Title order={2} size="h4" mb="sm">Impact (applied)</Title>
        <Stack gap="md">
          <div>
            <Text size="xs" c="dimmed">Project finish</Text>
            <div data-testid="impact-finish"><Arrow from={applied.finishBefore} to={applied.finishAfter} /></div>
          </div>
          <MovedTable moved={applied.moved} />
        </Stack>
      </Card>
    );
  }
  return <WhatIf request={request} />;
}

function WhatIf({ request }: { request: ChangeRequest }) {
  const impact = useChangeImpact(request.id, request.version);
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label="Impact">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">Impact</Title>
        <Button size="xs" variant="subtle" onClick={() => void impact.refetch()} loading={impact.isFetching}>Recalculate</Button>
      </Group>
      <ProblemAlert error={impact.error} title="The impact could not be worked out" />
      {impact.isPending ? <Pending label="Working out the impact" /> : null}
      {impact.data ? <ImpactBody impact={impact.data} /> : null}
    </Card>
  );
}

function ImpactBody({ impact }: { impact: ChangeImpact }) {
  const delta = impact.finishDeltaWorkingDays;
  const { criticalPath: cp } = impact;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <div>
          <Text size="xs" c="dimmed">Project finish</Text>
          <div data-testid="impact-finish"><Arrow from={impact.projectFinishBefore} to={impact.projectFinishAfter} /></div>
          <Badge style={BADGE_STYLE} mt={4} color={delta > 0 ? 'red' : delta < 0 ? 'teal' : 'gray'} variant="light" data-testid="impact-delta">
            {formatDelta(delta)}
          </Badge>
        </div>
        <div>
          <Text size="xs" c="dimmed">Cost impact</Text>
          <CostImpact cost={impact.costImpact} />
        </div>
      </SimpleGrid>
      {impact.warnings.length > 0 ? (
        <Alert color="yellow" title="Constraints or deadlines newly missed">
          <List size="sm">
            {impact.warnings.map((w, i) => <List.Item key={`${w.taskId ?? w.name}:${i}`}>{w.name}: {w.message}</List.Item>)}
          </List>
        </Alert>
      ) : null}
      <MovedTable moved={impact.moved} />
      {impact.addedTasks.length > 0 ? (

        <div>
          <Text size="sm" fw={600} mb={4}>Tasks added ({impact.addedTasks.length})</Text>
          <Table aria-label="Tasks added" verticalSpacing={4}>
            <Table.Tbody>
              {impact.addedTasks.map((t, i) => (
                <Table.Tr key={`${t.name}:${i}`}>
                  <Table.Td fz="sm">{t.name} {t.critical ? <Badge style={BADGE_STYLE} size="xs" color="red" variant="light">Critical</Badge> : null}</Table.Td>
                  <Table.Td><Arrow from={t.start} to={t.finish} /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      ) : null}
      <div>
        <Text size="sm" fw={600} mb={4}>Critical path</Text>
        {cp.joined.length === 0 && cp.left.length === 0 ? <Text size="sm" c="dimmed">Unchanged ({cp.before.length} tasks).</Text> : (
          <Stack gap={2}>
            {cp.joined.length > 0 ? <Text size="sm">Joins: {cp.joined.map((t) => t.name).join(', ')}</Text> : null}
            {cp.left.length > 0 ? <Text size="sm">Leaves: {cp.left.map((t) => t.name).join(', ')}</Text> : null}
          </Stack>
        )}
      </div>
    </Stack>
  );
}

function MovedTable({ moved }: { moved: ChangeImpact['moved'] }) {
  return (
    <div>
      <Text size="sm" fw={600} mb={4}>Tasks that move ({moved.length})</Text>
      {moved.length === 0 ? <Text size="sm" c="dimmed">No existing task moves.</Text> : (
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label="Tasks that move" verticalSpacing={4} striped>
            <Table.Thead>
              <Table.Tr><Table.Th>Task</Table.Th><Table.Th>Start before → after</Table.Th><Table.Th>Finish before → after</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {moved.map((m) => (
                <Table.Tr key={m.taskId}>
                  <Table.Td fz="sm">{m.name}</Table.Td>
                  <Table.Td><Arrow from={m.startBefore} to={m.startAfter} /></Table.Td>
                  <Table.Td><Arrow from={m.finishBefore} to={m.finishAfter} /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </div>
  );
}
