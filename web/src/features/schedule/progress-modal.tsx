// A task's progress, as MS Project's Update Tasks dialog takes it: percent complete, actual start
// and finish, remaining duration in days, and the status date they are measured at (the schedule's
// setting, changed here too). Left empty, the server fills in what MS Project would: the actual
// start of a task given progress, the actual finish of one at 100 %. Typing an actual finish makes
// the task 100 %. Enter saves, Escape closes; "Mark 100 % complete" saves at once. Saving sends
// the task first, then the status date (so a refused task leaves both), and the page announces
// what moved. Errors land on the field they name.
import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { isApiProblem } from '../../api/api-problem.ts';
import { useUpdateScheduleSettings, useUpdateScheduleTask } from '../../api/schedule.ts';
import type { Schedule, ScheduleChange, ScheduleTask } from '../../api/types.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { movedByBoth, problemsFromServer, progressFormOf, progressProblems, progressUpdate, remainingHint, statusDateChange, type ProgressForm } from './progress-view.ts';
import { formatDays, formatLocal } from './schedule-view.ts';

interface ProgressModalProps {
  projectId: string;
  schedule: Schedule;
  /** The task whose progress is recorded (as the current schedule has it), or null when closed. */
  task: ScheduleTask | null;
  onClose: () => void;
  onSaved: (change: ScheduleChange) => void;
  /** After a version conflict: read the plan again. */
  onReload: () => void;
}

export function ProgressModal({ task, onClose, ...rest }: ProgressModalProps) {
  return (
    <Modal opened={task !== null} onClose={onClose} title={task ? `Progress of “${task.name}”` : ''} size="lg">
      {/* Mounted afresh for each task, so the form starts from what is stored. */}
      {task ? <ProgressDialog key={task.id} task={task} onClose={onClose} {...rest} /> : null}
    </Modal>
  );
}

function ProgressDialog({ projectId, schedule, task, onClose, onSaved, onReload }: ProgressModalProps & { task: ScheduleTask }) {
  const updateTask = useUpdateScheduleTask(projectId);
  const updateSettings = useUpdateScheduleSettings(projectId);
  const [form, setForm] = useState<ProgressForm>(() => progressFormOf(task, schedule));
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const perDay = task.durationElapsed ? 1440 : schedule.settings.minutesPerDay;
  const serverProblems = isApiProblem(error) ? problemsFromServer(error.fieldErrors) : {};
  const problems = { ...serverProblems, ...progressProblems(form) };
  const edit = (patch: Partial<ProgressForm>) => {
    setError(null);
    setForm((f) => ({ ...f, ...patch }));
  };

  const save = async (values: ProgressForm) => {
    if (Object.keys(progressProblems(values)).length > 0) return;
    const patch = progressUpdate(task, schedule, values);
    const statusDate = statusDateChange(schedule, values);
    if (Object.keys(patch).length === 0 && statusDate === undefined) return onClose();
    setSaving(true);
    setError(null);
    try {
      // The settings' version does not move when a task changes: the one read still holds.
      const first = Object.keys(patch).length > 0 ? await updateTask.mutateAsync({ taskId: task.id, version: task.version, patch }) : null;
      const second = statusDate !== undefined ? await updateSettings.mutateAsync({ version: schedule.settings.version, patch: { statusDate } }) : null;
      const last = (second ?? first)!;
      onSaved({ ...last, moved: movedByBoth(first?.moved ?? [], second?.moved ?? []) });
      onClose();
    } catch (failure) {
      setError(failure);
      setSaving(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(form);
  };

  const placedOnFields = Object.keys(serverProblems).length > 0;
  const milestone = task.milestone || task.durationMinutes === 0;
  return (
    <form onSubmit={submit} aria-label={`Progress of ${task.name}`}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed" data-testid="progress-scheduled">
          Scheduled {formatLocal(task.start)} → {formatLocal(task.finish)} · {formatDays(task.durationMinutes, perDay)}
        </Text>
        <TextInput
          type="datetime-local"
          label="Status date"
          description={form.statusDate ? 'Progress is as of this date; the work left is scheduled after it. Saved in the schedule’s settings.' : 'None yet: set one so the work left is scheduled after it.'}
          value={form.statusDate}
          onChange={(e) => edit({ statusDate: e.currentTarget.value })}
          error={problems.statusDate}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <NumberInput
            data-autofocus
            label="% complete"
            min={0}
            max={100}
            step={5}
            allowDecimal={false}
            clampBehavior="none"
            suffix=" %"
            value={form.percent}
            onChange={(value) => edit({ percent: value })}
            error={problems.percent}
          />
          {milestone ? null : (
            <NumberInput
              label="Remaining duration (days)"
              description="Empty: what the percent leaves. Given: the duration becomes the part done plus this."
              placeholder={remainingHint(task, schedule, form)}
              min={0}
              step={0.5}
              decimalScale={2}
              value={form.remainingDays}
              onChange={(value) => edit({ remainingDays: value })}
              error={problems.remainingDays}
            />
          )}
          <TextInput
            type="datetime-local"
            label="Actual start"
            description="Empty with progress: the start the plan gives it."
            value={form.actualStart}
            onChange={(e) => edit({ actualStart: e.currentTarget.value })}
            error={problems.actualStart}
          />
          <TextInput
            type="datetime-local"
            label="Actual finish"
            description="Makes it 100 %. Empty at 100 %: its scheduled finish."
            value={form.actualFinish}
            onChange={(e) => {
              const actualFinish = e.currentTarget.value;
              edit({ actualFinish, ...(actualFinish && { percent: 100, remainingDays: '' }) });
            }}
            error={problems.actualFinish}
          />
        </SimpleGrid>
        {error && !placedOnFields ? <ProblemAlert error={error} title="The progress was not saved" onReload={onReload} /> : null}
        {placedOnFields ? <Text size="sm" c="red" role="alert">The progress was not saved: {Object.values(serverProblems).join(' ')}</Text> : null}
        <Group justify="space-between" mt="xs">
          <Button variant="light" color="green" onClick={() => void save({ ...form, percent: 100, remainingDays: '' })} disabled={saving || task.percentComplete === 100}>
            Mark 100 % complete
          </Button>
          <Group gap="xs">
            <Button variant="default" onClick={onClose} disabled={saving}>
              Cancel
            </Button>
            <Button type="submit" loading={saving} disabled={Object.keys(progressProblems(form)).length > 0}>
              Save and reschedule
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
