// The PMO's locked period: every timesheet day on or before the date is closed (no changes, no
// submissions or returns there). Moving it back reopens those days.
import { Button, Card, Group, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useSetTimesheetLock, useTimesheetLock, type TimesheetLock } from '../../api/timesheets.ts';
import { formatDate, formatInstant } from '../../ui/dates.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';

export function LockCard() {
  const lock = useTimesheetLock();
  return (
    <Card withBorder radius="md" padding="md">
      <Title order={2} size="h4" mb="xs">Locked period</Title>
      <ProblemAlert error={lock.error} />
      {lock.data ? <LockForm key={lock.data.version} lock={lock.data} onReload={() => void lock.refetch()} /> : null}
    </Card>
  );
}

function LockForm({ lock, onReload }: { lock: TimesheetLock; onReload: () => void }) {
  const [date, setDate] = useState(lock.lockedThrough ?? '');
  const save = useSetTimesheetLock();
  return (
    <>
      <Text size="sm" c="dimmed" mb="sm">
        {lock.lockedThrough ? `Locked through ${formatDate(lock.lockedThrough)} by ${lock.lockedBy?.name ?? '—'}, ${formatInstant(lock.lockedAt)}.` : 'No day is locked.'}
      </Text>
      <ProblemAlert error={save.error} title="The lock was not moved" onReload={onReload} />
      <Group gap="sm" align="flex-end">
        <TextInput type="date" label="Locked through" value={date} onChange={(e) => setDate(e.currentTarget.value)} w={180} />
        <Button onClick={() => save.mutate({ version: lock.version, lockedThrough: date || null })} loading={save.isPending} disabled={(date || null) === lock.lockedThrough}>
          {date ? 'Lock' : 'Unlock'}
        </Button>
      </Group>
    </>
  );
}
