// Asking the PMO for a person to take a generic role's place on a task, from the task's resources
// dialog: the skill (known skills of the pool offered, any other allowed) and least proficiency,
// units, the days and a note. The PMO fills or declines it on the Resource requests page; until
// then the role shows "requested". The server's refusals show on their fields or above the form.
import { Autocomplete, Button, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRequestPerson } from '../../api/assignments.ts';
import { useResourceFacets } from '../../api/resources.ts';
import type { Assignment, ScheduleTask } from '../../api/types.ts';
import { applyProblemToForm } from '../../ui/form-problems.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { PROFICIENCY_OPTIONS } from '../resources/resource-form-values.ts';
import { requestFieldOf, requestValues, toRequestCreate, validateRequest } from './resource-request-view.ts';

interface ResourceRequestFormProps {
  projectId: string;
  task: ScheduleTask;
  /** The generic role's assignment the person will take over. */
  assignment: Assignment;
  onDone: () => void;
}

export function ResourceRequestForm({ projectId, task, assignment, onDone }: ResourceRequestFormProps) {
  const request = useRequestPerson(projectId, task.id);
  const facets = useResourceFacets();
  const form = useForm({ initialValues: requestValues(assignment, task), validate: validateRequest });
  const submit = form.onSubmit(async (values) => {
    try {
      await request.mutateAsync({ assignmentId: assignment.id, body: toRequestCreate(values) });
      onDone();
    } catch (error) {
      applyProblemToForm(form, error, requestFieldOf);
    }
  });
  const role = assignment.resourceName;
  return (
    <form onSubmit={submit} noValidate aria-label={`Request a person for ${role}`}>
      <Stack gap="xs" p="sm" bg="gray.0">
        <Text size="sm">
          Ask the PMO for a person to take the place of <b>{role}</b> on this task. They fill the request with someone from the pool, or decline it saying why.
        </Text>
        <ProblemAlert error={request.error} title="The request was not sent" />
        <SimpleGrid cols={2}>
          <Autocomplete label="Skill" description="Optional: what the person must know." placeholder="e.g. Carpentry" data={facets.data?.skills ?? []} {...form.getInputProps('skill')} />
          <Select label="At least" description="Optional, with a skill." placeholder="Any proficiency" clearable data={PROFICIENCY_OPTIONS} disabled={!form.values.skill.trim()} {...form.getInputProps('minProficiency')} />
        </SimpleGrid>
        <SimpleGrid cols={3}>
          <TextInput label="Units (%)" description="100 = full time." inputMode="decimal" {...form.getInputProps('units')} />
          <TextInput label="From" type="date" {...form.getInputProps('from')} />
          <TextInput label="To" type="date" {...form.getInputProps('to')} />
        </SimpleGrid>
        <Textarea label="Note for the PMO" placeholder="Anything that helps them choose" autosize minRows={2} maxRows={6} {...form.getInputProps('note')} />
        <Group justify="flex-end">
          <Button variant="default" size="xs" onClick={onDone} disabled={request.isPending}>Cancel</Button>
          <Button type="submit" size="xs" loading={request.isPending}>Send request</Button>
        </Group>
      </Stack>
    </form>
  );
}
