// The plan's settings: where it starts, whether it is scheduled forward from the start or back from
// a finish date, the status date that progress is measured at, the project calendar, and whether
// approved timesheet hours move tasks' progress. Saving
// reschedules the plan; the page announces what moved.
import { Button, Checkbox, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useUpdateScheduleSettings } from '../../api/schedule.ts';
import type { Schedule, ScheduleChange } from '../../api/types.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';

interface ScheduleSettingsModalProps {
  projectId: string;
  schedule: Schedule;
  opened: boolean;
  onClose: () => void;
  onSaved: (change: ScheduleChange) => void;
}

export function ScheduleSettingsModal({ projectId, schedule, opened, onClose, onSaved }: ScheduleSettingsModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Schedule settings">
      {/* Mounted afresh on each opening, so the form starts from the plan's current settings. */}
      {opened ? <SettingsForm projectId={projectId} schedule={schedule} onClose={onClose} onSaved={onSaved} /> : null}
    </Modal>
  );
}

function SettingsForm({ projectId, schedule, onClose, onSaved }: Omit<ScheduleSettingsModalProps, 'opened'>) {
  const settings = schedule.settings;
  const update = useUpdateScheduleSettings(projectId);
  const [scheduleFrom, setScheduleFrom] = useState<'start' | 'finish'>(settings.scheduleFrom);
  const [start, setStart] = useState(settings.start);
  const [finish, setFinish] = useState(settings.finish ?? '');
  const [statusDate, setStatusDate] = useState(settings.statusDate ?? '');
  const [calendarId, setCalendarId] = useState(settings.calendarId);
  const [progressFromTimesheets, setProgressFromTimesheets] = useState(settings.progressFromTimesheets);
  const finishMissing = scheduleFrom === 'finish' && finish === '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (finishMissing) return;
    // Scheduled back from the finish, the start is the engine's to find: an emptied field keeps the stored one.
    const patch = { scheduleFrom, ...(start !== '' && { start }), finish: finish === '' ? null : finish, statusDate: statusDate === '' ? null : statusDate, calendarId, progressFromTimesheets };
    update.mutate({ version: settings.version, patch }, { onSuccess: (change) => { onSaved(change); onClose(); } });
  };

  return (
    <form onSubmit={submit}>
      <Stack>
        <div>
          <Text size="sm" fw={500} mb={4}>
            Schedule from
          </Text>
          <SegmentedControl
            aria-label="Schedule from"
            value={scheduleFrom}
            onChange={(value) => setScheduleFrom(value === 'finish' ? 'finish' : 'start')}
            data={[
              { value: 'start', label: 'Forward from the start' },
              { value: 'finish', label: 'Back from the finish' },
            ]}
          />
        </div>
        <TextInput type="datetime-local" label="Project start" description="Tasks start as soon as possible from here." required={scheduleFrom === 'start'} value={start} onChange={(e) => setStart(e.currentTarget.value)} />
        <TextInput
          type="datetime-local"
          label="Project finish"
          description="Scheduling back from the finish date: the plan ends here and starts as late as it can."
          value={finish}
          onChange={(e) => setFinish(e.currentTarget.value)}
          error={finishMissing ? 'Give the date the project must finish by.' : undefined}
        />
        <TextInput type="datetime-local" label="Status date" description="Unfinished work is scheduled from here." value={statusDate} onChange={(e) => setStatusDate(e.currentTarget.value)} />
        <Select label="Project calendar" data={schedule.calendars.map((c) => ({ value: c.id, label: c.name }))} value={calendarId} onChange={(value) => value && setCalendarId(value)} allowDeselect={false} />
        <Checkbox
          label="Approved timesheet hours update progress"
          description="Each task's percent complete follows its approved hours against its assignments' planned work (never backwards, never to 100 %: marking a task done stays yours)."
          checked={progressFromTimesheets}
          onChange={(e) => setProgressFromTimesheets(e.currentTarget.checked)}
        />
        {update.error ? <ProblemAlert error={update.error} title="The settings were not saved" /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={update.isPending} disabled={finishMissing}>
            Save and reschedule
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
