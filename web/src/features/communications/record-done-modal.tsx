// "Record done": the item went out (today, or on an earlier day), which moves its next due date on
// by its frequency. It sends the version of the item as the plan showed it when the dialog opened,
// so recording it twice by two people is a conflict, not two records.
import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useRecordCommunicationDone, type Communication } from '../../api/communications.ts';
import { isApiProblem } from '../../api/api-problem.ts';
import { formatDate } from '../../ui/dates.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { FREQUENCY_LABELS } from './communication-labels.ts';
import { isPeriodic } from './communication-form-values.ts';

interface RecordDoneModalProps {
  item: Communication | null;
  onClose: () => void;
  /** After a conflict: read the plan again (the dialog closes). */
  onReload: () => void;
}

export function RecordDoneModal({ item, onClose, onReload }: RecordDoneModalProps) {
  return (
    <Modal opened={item !== null} onClose={onClose} title={item ? `Record ${item.code} done` : ''}>
      {item ? <RecordDone key={`${item.id}:${item.version}`} item={item} onClose={onClose} onReload={onReload} /> : null}
    </Modal>
  );
}

function RecordDone({ item, onClose, onReload }: { item: Communication; onClose: () => void; onReload: () => void }) {
  const done = useRecordCommunicationDone();
  const [on, setOn] = useState('');
  const fieldError = isApiProblem(done.error) ? done.error.fieldErrors.find((e) => e.path.replace(/^body\./, '') === 'on')?.message : undefined;
  const next = isPeriodic(item.frequency)
    ? `It is next due one period (${FREQUENCY_LABELS[item.frequency].toLowerCase()}) after that day.`
    : 'It has no period: set its next date in the item when you know it.';
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        done.mutate({ id: item.id, version: item.version, on: on || undefined }, { onSuccess: onClose });
      }}
      aria-label="Record done"
    >
      <Stack gap="sm">
        <Text size="sm">
          <b>{item.title}</b> — due {formatDate(item.nextDueOn)}.
        </Text>
        <TextInput label="Went out on" type="date" description="Leave empty for today." value={on} onChange={(e) => setOn(e.currentTarget.value)} error={fieldError} />
        <Text size="sm" c="dimmed">{next}</Text>
        <ProblemAlert error={done.error} title={fieldError ? 'Not recorded' : undefined} onReload={onReload} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={done.isPending}>Cancel</Button>
          <Button type="submit" loading={done.isPending}>Record done</Button>
        </Group>
      </Stack>
    </form>
  );
}
