// Adds a row to the week: pick one of the tasks I may book on (grouped by project, searchable by
// name or WBS number) or a project's own time; "Overtime" adds it as an overtime row. Rows already
// in the grid are not offered again.
import { Checkbox, Group, Select } from '@mantine/core';
import { useState } from 'react';
import type { BookableTask } from '../../api/timesheets.ts';
import { rowKey } from './grid-model.ts';

interface AddRowPickerProps {
  tasks: readonly BookableTask[];
  /** Keys of the rows in the grid. */
  present: ReadonlySet<string>;
  onAdd: (task: BookableTask, overtime: boolean) => void;
}

const valueOf = (t: BookableTask) => `${t.projectId}|${t.taskId ?? ''}`;
const labelOf = (t: BookableTask) => (t.taskId ? `${t.wbs ?? ''} ${t.taskName ?? ''}`.trim() : `${t.projectCode} project time (meetings, admin)`);

export function AddRowPicker({ tasks, present, onAdd }: AddRowPickerProps) {
  const [overtime, setOvertime] = useState(false);
  const offered = tasks.filter((t) => !present.has(rowKey({ ...t, overtime })));
  const groups = [...new Set(offered.map((t) => t.projectId))].map((projectId) => {
    const own = offered.filter((t) => t.projectId === projectId);
    return { group: `${own[0]!.projectCode} · ${own[0]!.projectName}`, items: own.map((t) => ({ value: valueOf(t), label: labelOf(t) })) };
  });
  return (
    <Group gap="sm" align="flex-end">
      <Select
        label="Add a row"
        placeholder={tasks.length === 0 ? 'You are on no live project’s team' : 'Pick a task'}
        data={groups}
        value={null}
        searchable
        nothingFoundMessage="No task matches"
        disabled={offered.length === 0}
        w={420}
        onChange={(value) => {
          const task = offered.find((t) => valueOf(t) === value);
          if (task) onAdd(task, overtime);
        }}
      />
      <Checkbox label="Overtime" checked={overtime} onChange={(e) => setOvertime(e.currentTarget.checked)} mb={8} />
    </Group>
  );
}
