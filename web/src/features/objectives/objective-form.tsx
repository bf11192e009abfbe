// Creating a strategic objective: name, description, owner, status and target date.
import { Button, Group, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useCreateObjective } from '../../api/objectives.ts';
import type { ObjectiveStatus } from '../../api/types.ts';
import { applyProblemToForm, sameNameFields } from '../../ui/form-problems.ts';
import { OBJECTIVE_STATUS_LABELS, isLabelKey, optionsOf } from '../../ui/labels.ts';
import { usePeopleOptions } from '../../ui/person-name.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';

interface ObjectiveFormValues {
  code: string;
  name: string;
  description: string;
  ownerId: string | null;
  status: ObjectiveStatus;
  targetDate: string;
}

const fieldOf = sameNameFields(['code', 'name', 'description', 'ownerId', 'status', 'targetDate']);

export function ObjectiveForm({ onDone }: { onDone: () => void }) {
  const create = useCreateObjective();
  const people = usePeopleOptions();
  const form = useForm<ObjectiveFormValues>({
    initialValues: { code: '', name: '', description: '', ownerId: null, status: 'active', targetDate: '' },
    validate: {
      code: (v) => (v.trim() && !/^[A-Za-z][A-Za-z0-9]{1,9}-[0-9]{1,6}$/.test(v.trim()) ? 'Codes look like OBJ-004: letters, a dash, digits.' : null),
      name: (v) => (v.trim() ? null : 'Give the objective a name.'),
    },
  });
  const submit = form.onSubmit(async (v) => {
    try {
      await create.mutateAsync({
        ...(v.code.trim() ? { code: v.code.trim().toUpperCase() } : {}),
        name: v.name.trim(),
        description: v.description,
        ownerId: v.ownerId,
        status: v.status,
        targetDate: v.targetDate || null,
      });
      onDone();
    } catch (error) {
      applyProblemToForm(form, error, fieldOf);
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="New objective">
      <Stack>
        <ProblemAlert error={create.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Code" description="Leave empty for the next free code." {...form.getInputProps('code')} />
          <TextInput label="Name" required {...form.getInputProps('name')} />
        </SimpleGrid>
        <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select label="Owner" placeholder="Nobody yet" clearable searchable data={people} {...form.getInputProps('ownerId')} />
          <Select
            label="Status"
            data={optionsOf(OBJECTIVE_STATUS_LABELS)}
            allowDeselect={false}
            {...form.getInputProps('status')}
            onChange={(v) => isLabelKey(OBJECTIVE_STATUS_LABELS, v) && form.setFieldValue('status', v)}
          />
          <TextInput label="Target date" type="date" {...form.getInputProps('targetDate')} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Create objective
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
