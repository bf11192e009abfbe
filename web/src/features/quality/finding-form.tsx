// "Add finding" of a review: the checklist question it answers to (if any), a title, what was
// found, its severity, the owner who follows it up and when it is due.
import { Button, Group, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { FindingCreate, QualityReview } from '../../api/types.ts';
import { applyProblemToForm, sameNameFields } from '../../ui/form-problems.ts';
import { optionsOf } from '../../ui/labels.ts';
import { usePeopleOptions } from '../../ui/person-name.tsx';
import { FINDING_SEVERITY_LABELS } from './quality-labels.ts';

interface FindingValues {
  questionKey: string | null;
  title: string;
  description: string;
  severity: FindingCreate['severity'];
  ownerId: string | null;
  dueDate: string;
}

const fieldOf = sameNameFields(['questionKey', 'title', 'description', 'severity', 'ownerId', 'dueDate']);

export function FindingForm({ review, submitting, onSubmit, onCancel }: { review: QualityReview; submitting: boolean; onSubmit: (body: FindingCreate) => Promise<unknown>; onCancel: () => void }) {
  const people = usePeopleOptions();
  const form = useForm<FindingValues>({
    initialValues: { questionKey: null, title: '', description: '', severity: 'medium', ownerId: null, dueDate: '' },
    validate: { title: (v) => (v.trim() ? null : 'Say what was found.') },
  });
  const submit = form.onSubmit(async (v) => {
    try {
      await onSubmit({ title: v.title.trim(), description: v.description, questionKey: v.questionKey, severity: v.severity, ownerId: v.ownerId, dueDate: v.dueDate || null });
    } catch (error) {
      applyProblemToForm(form, error, fieldOf);
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="New finding">
      <Stack>
        <Select label="Question" placeholder="None (a general finding)" clearable searchable data={review.questions.map((q) => ({ value: q.key, label: `${q.area}: ${q.text}` }))} {...form.getInputProps('questionKey')} />
        <TextInput label="Title" required {...form.getInputProps('title')} />
        <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
        <Group grow>
          <Select label="Severity" data={optionsOf(FINDING_SEVERITY_LABELS)} allowDeselect={false} {...form.getInputProps('severity')} />
          <Select label="Owner" placeholder="None" clearable searchable data={people} {...form.getInputProps('ownerId')} />
          <TextInput label="Due date" type="date" {...form.getInputProps('dueDate')} />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={submitting}>Cancel</Button>
          <Button type="submit" loading={submitting}>Add finding</Button>
        </Group>
      </Stack>
    </form>
  );
}
