// Days off and other exceptions of a plan's calendars: pick a calendar, see its exceptions, add a
// non-working period (a holiday, a site closure) or remove one. Saving reschedules the plan; the
// page announces what moved. Working weeks and changed hours are edited through the API for now.
import { ActionIcon, Button, Group, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useUpdateScheduleCalendar } from '../../api/schedule.ts';
import type { Schedule, ScheduleChange } from '../../api/types.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';

type Calendar = Schedule['calendars'][number];
type Exception = Calendar['definition']['exceptions'][number];

interface CalendarExceptionsModalProps {
  projectId: string;
  schedule: Schedule;
  opened: boolean;
  onClose: () => void;
  onSaved: (change: ScheduleChange) => void;
}

export function CalendarExceptionsModal({ projectId, schedule, opened, onClose, onSaved }: CalendarExceptionsModalProps) {
  const [calendarId, setCalendarId] = useState(schedule.settings.calendarId);
  const calendar = schedule.calendars.find((c) => c.id === calendarId) ?? schedule.calendars[0];
  const update = useUpdateScheduleCalendar(projectId);
  const [name, setName] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');

  if (!calendar) return null;
  const save = (exceptions: Exception[], then?: () => void) =>
    update.mutate(
      { calendarId: calendar.id, version: calendar.version, patch: { definition: { ...calendar.definition, exceptions } } },
      {
        onSuccess: (change) => {
          onSaved(change);
          then?.();
        },
      },
    );
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (start === '') return;
    const added: Exception = { start, end: end === '' ? start : end, ranges: [], ...(name.trim() !== '' && { name: name.trim() }) };
    save([...calendar.definition.exceptions, added].sort((a, b) => a.start.localeCompare(b.start)), () => {
      setName('');
      setStart('');
      setEnd('');
    });
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Calendar exceptions" size="lg">
      <Stack>
        <Select label="Calendar" data={schedule.calendars.map((c) => ({ value: c.id, label: c.name }))} value={calendar.id} onChange={(value) => value && setCalendarId(value)} allowDeselect={false} />
        {calendar.definition.exceptions.length === 0 ? (
          <Text size="sm" c="dimmed">
            No exceptions: every week is the calendar’s usual week.
          </Text>
        ) : (
          <Table aria-label="Exceptions" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>From</Table.Th>
                <Table.Th>To</Table.Th>
                <Table.Th>Working</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {calendar.definition.exceptions.map((e, i) => (
                <Table.Tr key={`${e.start}-${e.end}-${i}`}>
                  <Table.Td>{e.name ?? ''}</Table.Td>
                  <Table.Td>{e.start}</Table.Td>
                  <Table.Td>{e.end}</Table.Td>
                  <Table.Td>{e.ranges.length === 0 ? 'Day off' : e.ranges.map((r) => `${hhmm(r.start)}–${hhmm(r.end)}`).join(', ')}</Table.Td>
                  <Table.Td>
                    <ActionIcon variant="subtle" color="red" aria-label={`Remove ${e.name ?? e.start}`} onClick={() => save(calendar.definition.exceptions.filter((_, k) => k !== i))} loading={update.isPending}>
                      ×
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <form onSubmit={add}>
          <Group align="flex-end">
            <TextInput label="Name" placeholder="Site closed" value={name} onChange={(e) => setName(e.currentTarget.value)} />
            <TextInput type="date" label="From" required value={start} onChange={(e) => setStart(e.currentTarget.value)} />
            <TextInput type="date" label="To" description="Empty: one day" value={end} onChange={(e) => setEnd(e.currentTarget.value)} />
            <Button type="submit" loading={update.isPending}>
              Add day off
            </Button>
          </Group>
        </form>
        {update.error ? <ProblemAlert error={update.error} title="The calendar was not changed" /> : null}
      </Stack>
    </Modal>
  );
}

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
