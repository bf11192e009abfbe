// One task's predecessors: the links into it (with a Remove each) and a form to add one, with
// its type and lag in days. A link that would close a loop is refused by the server (422
// schedule_cycle) and its message, naming the loop, is shown here.
import { Button, Group, Modal, NumberInput, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { isApiProblem } from '../../api/api-problem.ts';
import { useAddScheduleLink, useDeleteScheduleLink } from '../../api/schedule.ts';
import type { LinkType, Schedule, ScheduleChange, ScheduleTask } from '../../api/types.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { daysToMinutes, formatDays, LINK_TYPE_LABELS } from './schedule-view.ts';

interface TaskLinksModalProps {
  projectId: string;
  schedule: Schedule;
  task: ScheduleTask | null;
  onClose: () => void;
  onChanged: (change: ScheduleChange) => void;
}

const LINK_TYPES = Object.entries(LINK_TYPE_LABELS).map(([value, label]) => ({ value, label }));

export function TaskLinksModal({ projectId, schedule, task, onClose, onChanged }: TaskLinksModalProps) {
  return (
    <Modal opened={task !== null} onClose={onClose} title={task ? `Predecessors of ${task.name}` : ''} size="lg">
      {task ? <TaskLinks key={task.id} projectId={projectId} schedule={schedule} task={task} onChanged={onChanged} /> : null}
    </Modal>
  );
}

function TaskLinks({ projectId, schedule, task, onChanged }: { projectId: string; schedule: Schedule; task: ScheduleTask; onChanged: (change: ScheduleChange) => void }) {
  const addLink = useAddScheduleLink(projectId);
  const deleteLink = useDeleteScheduleLink(projectId);
  const [predecessorId, setPredecessorId] = useState<string | null>(null);
  const [type, setType] = useState<LinkType>('FS');
  const [lagDays, setLagDays] = useState<string | number>(0);
  const perDay = schedule.settings.minutesPerDay;
  const rowOf = new Map(schedule.tasks.map((t, i) => [t.id, i + 1]));
  const nameOf = new Map(schedule.tasks.map((t) => [t.id, t.name]));
  const incoming = schedule.links.filter((l) => l.successorId === task.id);
  const options = schedule.tasks.filter((t) => t.id !== task.id).map((t) => ({ value: t.id, label: `${rowOf.get(t.id)} · ${t.name}` }));
  const error = addLink.error ?? deleteLink.error;
  const cycle = isApiProblem(error) && error.code === 'schedule_cycle';

  const add = () => {
    if (!predecessorId) return;
    const lag = typeof lagDays === 'number' ? lagDays : Number.parseFloat(lagDays) || 0;
    deleteLink.reset();
    addLink.mutate(
      { predecessorId, successorId: task.id, type, lagMinutes: daysToMinutes(lag, perDay) },
      {
        onSuccess: (change) => {
          onChanged(change);
          setPredecessorId(null);
          setLagDays(0);
        },
      },
    );
  };

  return (
    <Stack>
      {incoming.length === 0 ? (
        <Text size="sm" c="dimmed">
          No predecessors: the task starts with the project (or its constraint).
        </Text>
      ) : (
        <Table aria-label="Predecessors" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Predecessor</Table.Th>
              <Table.Th>Type</Table.Th>
              <Table.Th>Lag</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {incoming.map((link) => (
              <Table.Tr key={link.id}>
                <Table.Td>
                  {rowOf.get(link.predecessorId)} · {nameOf.get(link.predecessorId) ?? 'Unknown task'}
                </Table.Td>
                <Table.Td>{link.type}</Table.Td>
                <Table.Td>{formatDays(link.lagMinutes, perDay)}</Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    loading={deleteLink.isPending && deleteLink.variables === link.id}
                    onClick={() => {
                      addLink.reset();
                      deleteLink.mutate(link.id, { onSuccess: onChanged });
                    }}
                  >
                    Remove
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {error ? <ProblemAlert error={error} title={cycle ? 'This link would make a loop' : undefined} /> : null}
      <Group align="flex-end" wrap="wrap">
        <Select label="Predecessor" placeholder="Pick a task" data={options} value={predecessorId} onChange={setPredecessorId} searchable style={{ flex: 1 }} miw={200} />
        <Select label="Type" data={LINK_TYPES} value={type} onChange={(v) => setType((v as LinkType | null) ?? 'FS')} allowDeselect={false} w={190} />
        <NumberInput label="Lag (days)" value={lagDays} onChange={setLagDays} decimalScale={2} w={100} />
        <Button onClick={add} disabled={!predecessorId} loading={addLink.isPending}>
          Add link
        </Button>
      </Group>
    </Stack>
  );
}
