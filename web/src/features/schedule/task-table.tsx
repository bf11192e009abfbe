// The schedule's task grid: MS Project's columns, with the name and duration editable in place
// (saved on blur or Enter, each through the API with the task's version), percent complete (a
// summary's rolled up; a task's opens its Progress dialog, and a check marks it 100 % at once), the
// resources assigned to each task (opening their dialog), the task's priority for resource levelling
// (0–1000; 1000 = never delay it), and per-row actions.
import { ActionIcon, Badge, Button, Group, NumberInput, Progress, ScrollArea, Table, Text, TextInput } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import type { Schedule, ScheduleTask, ScheduleTaskUpdate } from '../../api/types.ts';
import { daysToMinutes, formatDays, formatLocal, minutesToDays, predecessorsLabel, type BaselineDates } from './schedule-view.ts';

interface TaskTableProps {
  schedule: Schedule;
  editable: boolean;
  baseline?: ReadonlyMap<string, BaselineDates & { finishVarianceMinutes: number | null }>;
  onUpdate: (task: ScheduleTask, patch: ScheduleTaskUpdate) => void;
  onEditLinks: (task: ScheduleTask) => void;
  onDelete: (task: ScheduleTask) => void;
  /** Each task's assigned resources, as the Resources column lists them. */
  resourcesOf: (taskId: string) => string;
  onEditResources: (task: ScheduleTask) => void;
  /** Each task's percent complete, summaries rolled up (schedule-view.ts: percentByTask). */
  percentOf: ReadonlyMap<string, number>;
  onEditProgress: (task: ScheduleTask) => void;
  onComplete: (task: ScheduleTask) => void;
}

const blurOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
  if (event.key === 'Enter') event.currentTarget.blur();
};

function NameCell({ task, editable, onSave }: { task: ScheduleTask; editable: boolean; onSave: (name: string) => void }) {
  const [value, setValue] = useState(task.name);
  const indent = (task.outlineLevel - 1) * 16;
  if (!editable) {
    return (
      <Text size="sm" fw={task.summary ? 600 : undefined} pl={indent}>
        {task.name}
      </Text>
    );
  }
  return (
    <TextInput
      size="xs"
      pl={indent}
      aria-label={`Name of ${task.name}`}
      value={value}
      fw={task.summary ? 600 : undefined}
      styles={{ input: { fontWeight: task.summary ? 600 : undefined } }}
      onChange={(e) => setValue(e.currentTarget.value)}
      onKeyDown={blurOnEnter}
      onBlur={() => {
        const name = value.trim();
        if (!name) setValue(task.name);
        else if (name !== task.name) onSave(name);
      }}
    />
  );
}

function DurationCell({ task, editable, minutesPerDay, onSave }: { task: ScheduleTask; editable: boolean; minutesPerDay: number; onSave: (minutes: number) => void }) {
  const [value, setValue] = useState<string | number>(minutesToDays(task.durationMinutes, minutesPerDay));
  // An estimated duration shows MS Project's "?"; typing a duration makes it firm (see the caller).
  const estimate = task.estimated ? '?' : '';
  if (!editable || task.summary) return <Text size="sm">{`${formatDays(task.durationMinutes, minutesPerDay)}${estimate}`}</Text>;
  return (
    <NumberInput
      size="xs"
      w={90}
      min={0}
      step={1}
      decimalScale={2}
      suffix={`d${estimate}`}
      aria-label={`Duration of ${task.name} in days`}
      value={value}
      onChange={setValue}
      onKeyDown={blurOnEnter}
      onBlur={() => {
        const days = typeof value === 'number' ? value : Number.parseFloat(value);
        if (!Number.isFinite(days) || days < 0) {
          setValue(minutesToDays(task.durationMinutes, minutesPerDay));
          return;
        }
        const minutes = daysToMinutes(days, minutesPerDay);
        if (minutes !== task.durationMinutes) onSave(minutes);
      }}
    />
  );
}

function PriorityCell({ task, editable, onSave }: { task: ScheduleTask; editable: boolean; onSave: (priority: number) => void }) {
  const [value, setValue] = useState<string | number>(task.priority);
  if (!editable || task.summary) return <Text size="sm">{task.summary ? '' : task.priority}</Text>;
  return (
    <NumberInput
      size="xs"
      w={80}
      min={0}
      max={1000}
      step={100}
      allowDecimal={false}
      aria-label={`Priority of ${task.name}`}
      value={value}
      onChange={setValue}
      onKeyDown={blurOnEnter}
      onBlur={() => {
        const priority = typeof value === 'number' ? value : Number.parseInt(value, 10);
        if (!Number.isInteger(priority) || priority < 0 || priority > 1000) return void setValue(task.priority);
        if (priority !== task.priority) onSave(priority);
      }}
    />
  );
}

function PercentCell({ task, percent, editable, onEdit, onComplete }: { task: ScheduleTask; percent: number; editable: boolean; onEdit: () => void; onComplete: () => void }) {
  const bar = <Progress value={percent} size="xs" w={48} color={percent === 100 ? 'green' : 'blue'} aria-hidden />;
  if (!editable || task.summary) {
    return (
      <Group gap={6} wrap="nowrap">
        <Text size="sm" w={40} ta="right">{percent} %</Text>
        {bar}
      </Group>
    );
  }
  return (
    <Group gap={4} wrap="nowrap">
      <Button size="compact-xs" variant="subtle" color="dark" fw={400} w={52} styles={{ inner: { justifyContent: 'flex-end' } }} onClick={onEdit} aria-label={`Progress of ${task.name}: ${percent} % complete`}>
        {percent} %
      </Button>
      {bar}
      {percent < 100 ? (
        <ActionIcon size="sm" variant="subtle" color="green" onClick={onComplete} aria-label={`Mark ${task.name} 100 % complete`} title="Mark 100 % complete">
          ✓
        </ActionIcon>
      ) : null}
    </Group>
  );
}

export function TaskTable({ schedule, editable, baseline, onUpdate, onEditLinks, onDelete, resourcesOf, onEditResources, percentOf, onEditProgress, onComplete }: TaskTableProps) {
  const perDay = schedule.settings.minutesPerDay;
  const rowOf = new Map(schedule.tasks.map((t, i) => [t.id, i + 1]));
  return (
    <ScrollArea.Autosize mah={480} type="auto" offsetScrollbars="x">
      <Table aria-label="Tasks" striped highlightOnHover verticalSpacing={4} fz="sm" stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>#</Table.Th>
            <Table.Th miw={220}>Task</Table.Th>
            <Table.Th w={110}>Duration</Table.Th>
            <Table.Th w={140} title="Percent complete at the status date; a summary's is rolled up from its tasks">% Complete</Table.Th>
            <Table.Th>Start</Table.Th>
            <Table.Th>Finish</Table.Th>
            <Table.Th>Predecessors</Table.Th>
            <Table.Th title="Total slack: how far the task can slip without moving the project's finish">Slack</Table.Th>
            <Table.Th miw={140}>Resources</Table.Th>
            <Table.Th w={90} title="Levelling priority, 0–1000 (500 by default): lower priorities wait first; 1000 is never delayed">Priority</Table.Th>
            {baseline ? <Table.Th title="Finish against baseline 0: late (+) or early (−)">Variance</Table.Th> : null}
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {schedule.tasks.map((task, index) => {
            const base = baseline?.get(task.id);
            return (
              <Table.Tr key={task.id} data-task-row={task.name} data-critical={task.critical || undefined}>
                <Table.Td c="dimmed">{index + 1}</Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    {/* Keyed by the stored value: a change from the server resets the field. */}
                    <NameCell key={task.name} task={task} editable={editable} onSave={(name) => onUpdate(task, { name })} />
                    {task.milestone ? <Badge size="xs" color="grape" variant="light" style={{ flexShrink: 0 }}>Milestone</Badge> : null}
                    {task.critical && !task.summary ? <Badge size="xs" color="red" variant="light" style={{ flexShrink: 0 }}>Critical</Badge> : null}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <DurationCell key={task.durationMinutes} task={task} editable={editable} minutesPerDay={perDay} onSave={(durationMinutes) => onUpdate(task, { durationMinutes, ...(task.estimated && { estimated: false }) })} />
                </Table.Td>
                <Table.Td data-column="percent-complete">
                  <PercentCell task={task} percent={percentOf.get(task.id) ?? task.percentComplete} editable={editable} onEdit={() => onEditProgress(task)} onComplete={() => onComplete(task)} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }} data-column="start">{formatLocal(task.start)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }} data-column="finish">{formatLocal(task.finish)}</Table.Td>
                <Table.Td data-column="predecessors">{predecessorsLabel(task, schedule, rowOf) || '—'}</Table.Td>
                <Table.Td>{formatDays(task.totalSlack, perDay)}</Table.Td>
                <Table.Td data-column="resources">
                  {task.summary ? null : (
                    <Button size="compact-xs" variant="subtle" color={resourcesOf(task.id) ? 'dark' : 'gray'} fw={400} onClick={() => onEditResources(task)} aria-label={`Resources of ${task.name}`} styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}>
                      {resourcesOf(task.id) || (editable ? 'Assign…' : '—')}
                    </Button>
                  )}
                </Table.Td>
                <Table.Td data-column="priority">
                  <PriorityCell key={task.priority} task={task} editable={editable} onSave={(priority) => onUpdate(task, { priority })} />
                </Table.Td>
                {baseline ? <Table.Td>{base ? formatDays(base.finishVarianceMinutes, perDay) : '—'}</Table.Td> : null}
                <Table.Td>
                  {editable ? (
                    <Group gap={4} wrap="nowrap">
                      <Button size="compact-xs" variant="subtle" onClick={() => onEditLinks(task)} aria-label={`Links of ${task.name}`}>
                        Links
                      </Button>
                      <Button size="compact-xs" variant="subtle" color="red" onClick={() => onDelete(task)} aria-label={`Delete ${task.name}`}>
                        Delete
                      </Button>
                    </Group>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
