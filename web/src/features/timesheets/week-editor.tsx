// My week being edited: the grid, the row picker and the actions. The rows live in state while
// typing and are taken again from the server's answer after each save (so the inputs, and the
// cell being typed in, stay where they are). Enter or Save saves the whole week under If-Match;
// Submit saves first when needed; Recall takes a submitted week back.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useBookableTasks, useSaveMyWeek, useTimesheetStep, type BookableTask, type Timesheet } from '../../api/timesheets.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AddRowPicker } from './add-row-picker.tsx';
import { isDirty, rowOfTask, rowsOfSheet, setCell, tidyCell, toSaveRows, type EditRow } from './grid-model.ts';
import { WeekGrid } from './week-grid.tsx';

interface WeekEditorProps {
  sheet: Timesheet;
  onReload: () => void;
}

export function WeekEditor({ sheet, onReload }: WeekEditorProps) {
  const [seen, setSeen] = useState(sheet);
  const [rows, setRows] = useState<EditRow[]>(() => rowsOfSheet(sheet));
  if (seen !== sheet) {
    setSeen(sheet);
    setRows(rowsOfSheet(sheet));
  }
  const bookable = useBookableTasks();
  const save = useSaveMyWeek(sheet.weekStart);
  const step = useTimesheetStep();
  const dirty = isDirty(rows, sheet);
  const toSave = toSaveRows(rows);
  const busy = save.isPending || step.isPending;

  const saveWeek = async (): Promise<Timesheet | null> => {
    if (!sheet.canEdit || toSave === null) return null;
    if (!dirty) return sheet;
    step.reset();
    try {
      return await save.mutateAsync({ version: sheet.version, rows: toSave });
    } catch {
      return null;
    }
  };
  const submit = async () => {
    const saved = await saveWeek();
    if (saved?.id) step.mutate({ id: saved.id, version: saved.version, step: 'submit' });
  };
  const addRow = (task: BookableTask, overtime: boolean) => {
    setRows((current) => [...current, rowOfTask(task, overtime)]);
    // The new row's first cell takes the keyboard once it is drawn.
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>(`input[data-cell="${rows.length}:0"]`)?.focus());
  };

  return (
    <Stack gap="md">
      <ProblemAlert error={save.error ?? step.error} title={save.error ? 'The week was not saved' : undefined} onReload={onReload} />
      <WeekGrid
        rows={rows}
        dates={sheet.dates}
        editable={sheet.canEdit}
        lockedThrough={sheet.lockedThrough}
        onCellChange={(r, d, text) => setRows((current) => setCell(current, r, d, text))}
        onCellLeave={(r, d) => setRows((current) => setCell(current, r, d, tidyCell(current[r]?.cells[d] ?? '')))}
        onRemoveRow={(r) => setRows((current) => current.filter((_, i) => i !== r))}
        onEnter={() => void saveWeek()}
      />
      {toSave === null ? (
        <Alert color="red" variant="light" role="alert">
          <Text size="sm">Some cells are not hours, or a day adds up to more than 24 hours. Type hours like 7.5 or 7:30.</Text>
        </Alert>
      ) : null}
      {sheet.canEdit ? <AddRowPicker tasks={bookable.data?.items ?? []} present={new Set(rows.map((r) => r.key))} onAdd={addRow} /> : null}
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {sheet.canEdit ? (dirty ? 'Unsaved changes: press Enter in a cell, or Save.' : 'All changes saved.') : null}
        </Text>
        <Group gap="sm">
          {sheet.canEdit ? (
            <>
              <Button variant="default" onClick={() => void saveWeek()} loading={save.isPending} disabled={!dirty || toSave === null || busy}>
                Save
              </Button>
              <Button onClick={() => void submit()} loading={step.isPending} disabled={toSave === null || toSave.length === 0 || busy}>
                Submit for approval
              </Button>
            </>
          ) : null}
          {sheet.canRecall && sheet.id ? (
            <Button variant="default" onClick={() => step.mutate({ id: sheet.id!, version: sheet.version, step: 'recall' })} loading={step.isPending}>
              Recall
            </Button>
          ) : null}
        </Group>
      </Group>
    </Stack>
  );
}
