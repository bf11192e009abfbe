// The schedule edits a change request proposes: the list (each removable) and a form to propose
// one more (add a task after/before tasks, change a duration, set a constraint, add or remove a
// link), with task and link pickers from the project's schedule. Every change saves the whole
// list with If-Match (the page's onSave), and the Impact panel recomputes from the saved version.
import { useState } from 'react';
import { ActionIcon, Button, Card, Checkbox, Grid, Group, NumberInput, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ChangeRequest, Schedule, ScheduleEdit } from '../../api/types.ts';
import { optionsOf } from '../../ui/labels.ts';
import { CONSTRAINT_LABELS, EDIT_OP_LABELS } from './change-labels.ts';
import { describeEdit, namesFromSchedule } from './change-view.ts';
import { draftToEdit, emptyDraft, type EditDraft } from './edit-draft.ts';

interface ScheduleEditsEditorProps {
  request: ChangeRequest;
  schedule: Schedule | undefined;
  editable: boolean;
  saving: boolean;
  /** Saves the whole list; rejects with an ApiProblem (shown by the page). */
  onSave: (edits: ScheduleEdit[]) => Promise<unknown>;
}

const LINK_TYPES = ['FS', 'SS', 'FF', 'SF'].map((t) => ({ value: t, label: t }));

export function ScheduleEditsEditor({ request, schedule, editable, saving, onSave }: ScheduleEditsEditorProps) {
  const names = namesFromSchedule(schedule);
  const edits = request.scheduleEdits;
  const [adding, setAdding] = useState(false);
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label="Proposed schedule edits">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">Proposed schedule edits</Title>
        {editable && !adding ? <Button size="xs" variant="light" onClick={() => setAdding(true)}>Propose an edit</Button> : null}
      </Group>
      {edits.length === 0 ? <Text size="sm" c="dimmed">No schedule edits proposed: this change does not move the plan.</Text> : (
        <Table aria-label="Schedule edits" verticalSpacing={6}>
          <Table.Tbody>
            {edits.map((edit, index) => (
              <Table.Tr key={`${index}:${edit.op}`}>
                <Table.Td w={30} fz="sm" c="dimmed">{index + 1}.</Table.Td>
                <Table.Td fz="sm">{describeEdit(edit, names)}</Table.Td>
                <Table.Td w={40}>
                  {editable ? (
                    <ActionIcon variant="subtle" color="red" aria-label={`Remove edit ${index + 1}`} loading={saving}
                      onClick={() => void onSave(edits.filter((_, i) => i !== index)).catch(() => undefined)}>
                      ×
                    </ActionIcon>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editable && adding ? (
        <EditForm schedule={schedule} saving={saving} onCancel={() => setAdding(false)}
          onAdd={async (edit) => {
            await onSave([...edits, edit]);
            setAdding(false);
          }} />
      ) : null}
    </Card>
  );
}

function EditForm({ schedule, saving, onAdd, onCancel }: { schedule: Schedule | undefined; saving: boolean; onAdd: (edit: ScheduleEdit) => Promise<void>; onCancel: () => void }) {
  const form = useForm<EditDraft>({ initialValues: emptyDraft() });
  const minutesPerDay = schedule?.settings.minutesPerDay ?? 480;
  const tasks = (schedule?.tasks ?? []).map((t) => ({ value: t.id, label: t.name }));
  const workTasks = (schedule?.tasks ?? []).filter((t) => !t.summary).map((t) => ({ value: t.id, label: t.name }));
  const names = namesFromSchedule(schedule);
  const links = (schedule?.links ?? []).map((l) => ({ value: l.id, label: names.link(l.id) }));
  const { op } = form.values;
  const dated = op === 'set_constraint' && form.values.constraintType !== 'ASAP' && form.values.constraintType !== 'ALAP';

  const submit = form.onSubmit(async (draft) => {
    const result = draftToEdit(draft, minutesPerDay);
    if (!result.ok) return form.setErrors(result.errors);
    await onAdd(result.edit).catch(() => undefined);
  });
  const taskPicker = (field: keyof EditDraft, label: string, data = tasks, required = true) => (
    <Select label={label} placeholder={required ? 'Choose a task' : 'None'} searchable clearable={!required} required={required} data={data} {...form.getInputProps(field)} />
  );

  return (
    <form onSubmit={submit} noValidate aria-label="Propose a schedule edit">
      <Stack gap="sm" mt="md">
        <Select label="Edit" data={optionsOf(EDIT_OP_LABELS)} allowDeselect={false} {...form.getInputProps('op')}
          onChange={(value) => value && form.setValues({ ...emptyDraft(value as EditDraft['op']) })} />
        <Grid gap="sm">
          {op === 'add_task' ? (
            <>
              <Grid.Col span={{ base: 12, sm: 8 }}><TextInput label="Task name" required {...form.getInputProps('name')} /></Grid.Col>
              <Grid.Col span={{ base: 12, sm: 4 }}><NumberInput label="Duration (days)" min={0} step={0.5} disabled={form.values.milestone} {...form.getInputProps('durationDays')} /></Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>{taskPicker('afterTaskId', 'After task', tasks, false)}</Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>{taskPicker('beforeTaskId', 'Before task', tasks, false)}</Grid.Col>
              <Grid.Col span={12}><Checkbox label="Milestone" {...form.getInputProps('milestone', { type: 'checkbox' })} /></Grid.Col>
            </>
          ) : null}
          {op === 'set_duration' ? (
            <>
              <Grid.Col span={{ base: 12, sm: 8 }}>{taskPicker('taskId', 'Task', workTasks)}</Grid.Col>
              <Grid.Col span={{ base: 12, sm: 4 }}><NumberInput label="New duration (days)" min={0} step={0.5} {...form.getInputProps('durationDays')} /></Grid.Col>
            </>
          ) : null}
          {op === 'set_constraint' ? (
            <>
              <Grid.Col span={{ base: 12, sm: 6 }}>{taskPicker('taskId', 'Task')}</Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}><Select label="Constraint" data={optionsOf(CONSTRAINT_LABELS)} allowDeselect={false} {...form.getInputProps('constraintType')} /></Grid.Col>
              {dated ? <Grid.Col span={{ base: 12, sm: 6 }}><TextInput label="Constraint date" type="datetime-local" required {...form.getInputProps('constraintDate')} /></Grid.Col> : null}
            </>
          ) : null}
          {op === 'add_link' ? (
            <>
              <Grid.Col span={{ base: 12, sm: 6 }}>{taskPicker('predecessorId', 'Predecessor')}</Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>{taskPicker('successorId', 'Successor')}</Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}><Select label="Link type" data={LINK_TYPES} allowDeselect={false} {...form.getInputProps('linkType')} /></Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}><NumberInput label="Lag (days)" description="Negative for a lead." step={0.5} {...form.getInputProps('lagDays')} /></Grid.Col>
            </>
          ) : null}
          {op === 'remove_link' ? (
            <Grid.Col span={12}>
              <Select label="Link" placeholder={links.length ? 'Choose a link' : 'The plan has no links'} searchable required data={links} {...form.getInputProps('linkId')} />
            </Grid.Col>
          ) : null}
        </Grid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={saving}>Cancel</Button>
          <Button type="submit" loading={saving}>Add edit</Button>
        </Group>
      </Stack>
    </form>
  );
}
