// "The risk happened": the risk becomes occurred and an issue is raised from it in one step, with
// the issue's priority, escalation and due date chosen here (its title defaults to the risk's).
import { useState, type FormEvent } from 'react';
import { Button, Fieldset, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useRiskOccurred } from '../../api/raid.ts';
import type { Issue, Risk } from '../../api/types.ts';
import { isLabelKey, optionsOf } from '../../ui/labels.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { ESCALATION_LABELS, ISSUE_PRIORITY_LABELS } from './raid-labels.ts';

interface RiskOccurredProps {
  risk: Risk;
  onRaised: (issue: Issue) => void;
  /** Reloads the risk after a version conflict. */
  onReload: () => void;
}

export function RiskOccurred({ risk, onRaised, onReload }: RiskOccurredProps) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(risk.title);
  const [priority, setPriority] = useState<Issue['priority']>('high');
  const [escalationLevel, setEscalationLevel] = useState<Issue['escalationLevel']>('project');
  const [dueDate, setDueDate] = useState('');
  const occurred = useRiskOccurred();

  if (!open) {
    return (
      <Group>
        <Button color="red" variant="light" onClick={() => setOpen(true)}>
          Risk happened → raise issue
        </Button>
      </Group>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { title: title.trim() || risk.title, priority, escalationLevel, dueDate: dueDate === '' ? null : dueDate };
    occurred.mutate({ id: risk.id, version: risk.version, body }, { onSuccess: ({ issue }) => onRaised(issue) });
  };

  return (
    <form onSubmit={submit} aria-label="Raise an issue">
      <Fieldset legend="The risk happened: raise an issue">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Issue title" value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
          <TextInput label="Issue due date" type="date" value={dueDate} onChange={(e) => setDueDate(e.currentTarget.value)} />
          <Select label="Issue priority" data={optionsOf(ISSUE_PRIORITY_LABELS)} value={priority} allowDeselect={false}
            onChange={(v) => isLabelKey(ISSUE_PRIORITY_LABELS, v) && setPriority(v)} />
          <Select label="Escalate to" data={optionsOf(ESCALATION_LABELS)} value={escalationLevel} allowDeselect={false}
            onChange={(v) => isLabelKey(ESCALATION_LABELS, v) && setEscalationLevel(v)} />
        </SimpleGrid>
        {occurred.error ? (
          <div style={{ marginTop: 12 }}>
            <ProblemAlert error={occurred.error} title="No issue was raised" onReload={() => { occurred.reset(); onReload(); }} />
          </div>
        ) : null}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setOpen(false)} disabled={occurred.isPending}>
            Cancel
          </Button>
          <Button type="submit" color="red" loading={occurred.isPending}>
            Raise issue
          </Button>
        </Group>
      </Fieldset>
    </form>
  );
}
