// Adds a corrective action to a finding: a RAID action of the finding's project (sourceType
// "review", sourceId the finding), so it is followed up in the action log like any other.
import { Button, Group, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useCreateCorrectiveAction } from '../../api/quality.ts';
import { applyProblemToForm, sameNameFields } from '../../ui/form-problems.ts';
import { usePeopleOptions } from '../../ui/person-name.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';

export function CorrectiveActionForm({ projectId, findingId }: { projectId: string; findingId: string }) {
  const create = useCreateCorrectiveAction(projectId, findingId);
  const people = usePeopleOptions();
  const form = useForm({
    initialValues: { title: '', ownerId: null as string | null, dueDate: '' },
    validate: { title: (v: string) => (v.trim() ? null : 'Say what will be done.') },
  });
  const submit = form.onSubmit(async (v) => {
    try {
      await create.mutateAsync({ title: v.title.trim(), ownerId: v.ownerId, dueDate: v.dueDate || null });
      form.reset();
    } catch (error) {
      applyProblemToForm(form, error, sameNameFields(['title', 'ownerId', 'dueDate']));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="New corrective action">
      <ProblemAlert error={create.error} title="The action was not added" />
      <Group align="flex-end" gap="xs" wrap="wrap">
        <TextInput label="Action" placeholder="What will be done" style={{ flex: 2, minWidth: 200 }} {...form.getInputProps('title')} />
        <Select label="Owner" placeholder="None" clearable searchable data={people} style={{ flex: 1, minWidth: 140 }} {...form.getInputProps('ownerId')} />
        <TextInput label="Due" type="date" style={{ width: 150 }} {...form.getInputProps('dueDate')} />
        <Button type="submit" loading={create.isPending}>Add action</Button>
      </Group>
    </form>
  );
}
