// "Open an assessment" (PMO): a title, the day it is taken, who is asked to answer and, optionally,
// a target level per dimension of today's model.
import { Button, Group, MultiSelect, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { MaturityAssessmentCreate, MaturityModel } from '../../api/types.ts';
import { applyProblemToForm, sameNameFields } from '../../ui/form-problems.ts';
import { usePeopleOptions } from '../../ui/person-name.tsx';

interface OpenValues {
  title: string;
  openedOn: string;
  respondentIds: string[];
  targets: Record<string, number | string>;
}

const fieldOf = sameNameFields(['title', 'openedOn', 'respondentIds']);

export function OpenAssessmentForm({ model, submitting, onSubmit, onCancel }: {
  model: MaturityModel | undefined;
  submitting: boolean;
  onSubmit: (body: MaturityAssessmentCreate) => Promise<unknown>;
  onCancel: () => void;
}) {
  const people = usePeopleOptions();
  const form = useForm<OpenValues>({
    initialValues: { title: '', openedOn: '', respondentIds: [], targets: {} },
    validate: {
      title: (v) => (v.trim() ? null : 'Give the assessment a title, such as "Annual PMO maturity review".'),
      respondentIds: (v) => (v.length > 0 ? null : 'Ask at least one person to answer.'),
    },
  });
  const submit = form.onSubmit(async (v) => {
    const targets = Object.fromEntries(Object.entries(v.targets).filter(([, t]) => typeof t === 'number')) as Record<string, number>;
    try {
      await onSubmit({ title: v.title.trim(), respondentIds: v.respondentIds, targets, ...(v.openedOn ? { openedOn: v.openedOn } : {}) });
    } catch (error) {
      applyProblemToForm(form, error, fieldOf);
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Open an assessment">
      <Stack>
        <TextInput label="Title" required {...form.getInputProps('title')} />
        <TextInput label="Taken on" type="date" description="Today if left empty." {...form.getInputProps('openedOn')} />
        <MultiSelect label="Respondents" required searchable data={people} placeholder="Who answers" {...form.getInputProps('respondentIds')} />
        <Text size="sm" fw={500}>Target level per dimension <Text span size="xs" c="dimmed">(optional: one level above today by default)</Text></Text>
        <SimpleGrid cols={{ base: 2, sm: 3 }}>
          {(model?.dimensions ?? []).map((d) => (
            <NumberInput key={d.key} label={d.name} min={1} max={5} allowDecimal={false} placeholder="—" {...form.getInputProps(`targets.${d.key}`)} />
          ))}
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={submitting}>Cancel</Button>
          <Button type="submit" loading={submitting}>Open assessment</Button>
        </Group>
      </Stack>
    </form>
  );
}
