// "Plan a review": the review type (a checklist from the PMO's library), a title (the type's name
// by default), the planned date, the reviewers (default: whoever plans it) and what it looks at.
import { Button, Group, MultiSelect, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useReviewTypes } from '../../api/quality.ts';
import type { QualityReviewCreate } from '../../api/types.ts';
import { applyProblemToForm, sameNameFields } from '../../ui/form-problems.ts';
import { usePeopleOptions } from '../../ui/person-name.tsx';

interface PlanValues {
  typeKey: string | null;
  title: string;
  plannedDate: string;
  reviewerIds: string[];
  scope: string;
}

interface PlanReviewFormProps {
  submitting: boolean;
  onSubmit: (body: QualityReviewCreate) => Promise<unknown>;
  onCancel: () => void;
}

const fieldOf = sameNameFields(['typeKey', 'title', 'plannedDate', 'reviewerIds', 'scope']);

export function PlanReviewForm({ submitting, onSubmit, onCancel }: PlanReviewFormProps) {
  const types = useReviewTypes();
  const people = usePeopleOptions();
  const form = useForm<PlanValues>({
    initialValues: { typeKey: null, title: '', plannedDate: '', reviewerIds: [], scope: '' },
    validate: {
      typeKey: (v) => (v ? null : 'Choose the kind of review.'),
      plannedDate: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? null : 'Enter the date the review is planned for.'),
    },
  });
  const type = types.data?.items.find((t) => t.key === form.values.typeKey);
  const submit = form.onSubmit(async (v) => {
    try {
      await onSubmit({ typeKey: v.typeKey ?? '', ...(v.title.trim() ? { title: v.title.trim() } : {}), plannedDate: v.plannedDate, reviewerIds: v.reviewerIds, scope: v.scope });
    } catch (error) {
      applyProblemToForm(form, error, fieldOf);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Plan a review">
      <Stack>
        <Select label="Review type" required searchable data={(types.data?.items ?? []).map((t) => ({ value: t.key, label: t.name }))} {...form.getInputProps('typeKey')} />
        {type ? <Text size="xs" c="dimmed">{type.description} ({type.questions.length} questions)</Text> : null}
        <TextInput label="Title" placeholder={type?.name ?? 'The review type’s name'} {...form.getInputProps('title')} />
        <TextInput label="Planned date" type="date" required {...form.getInputProps('plannedDate')} />
        <MultiSelect label="Reviewers" placeholder="You, if nobody is named" searchable data={people} {...form.getInputProps('reviewerIds')} />
        <Textarea label="Scope" description="What the review looks at." autosize minRows={2} {...form.getInputProps('scope')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={submitting}>Cancel</Button>
          <Button type="submit" loading={submitting}>Plan review</Button>
        </Group>
      </Stack>
    </form>
  );
}
