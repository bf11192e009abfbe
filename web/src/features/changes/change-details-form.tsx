// The change request's details: what changes and why, who asked, and its impact on scope, cost
// and risk. Used to raise a request (all fields sent) and to change a draft or submitted one
// (only what changed; the page adds If-Match). Server field errors land on the same inputs.
import { Button, Grid, Group, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { applyProblemToForm, sameNameFields } from '../../ui/form-problems.ts';
import { optionsOf } from '../../ui/labels.ts';
import { usePeopleOptions } from '../../ui/person-name.tsx';
import { CURRENCIES } from '../projects/project-form-values.ts';
import { validateChangeDetails, type ChangeDetailsValues } from './change-details-values.ts';
import { CHANGE_CATEGORY_LABELS, CHANGE_PRIORITY_LABELS } from './change-labels.ts';

interface ChangeDetailsFormProps {
  mode: 'create' | 'edit';
  initialValues: ChangeDetailsValues;
  readOnly: boolean;
  submitting: boolean;
  onSubmit: (values: ChangeDetailsValues) => Promise<unknown>;
  onCancel?: () => void;
}

const FIELDS = ['title', 'description', 'category', 'priority', 'reason', 'requestedBy', 'ownerId', 'scopeImpact', 'riskImpact'];
const fieldOf = (path: string): string | null => (path.startsWith('costImpact') ? 'costAmount' : sameNameFields(FIELDS)(path));

export function ChangeDetailsForm({ mode, initialValues, readOnly, submitting, onSubmit, onCancel }: ChangeDetailsFormProps) {
  const form = useForm<ChangeDetailsValues>({ initialValues, validate: validateChangeDetails });
  const people = usePeopleOptions();
  const submit = form.onSubmit(async (values) => {
    try {
      await onSubmit(values);
    } catch (error) {
      applyProblemToForm(form, error, fieldOf);
    }
  });
  const ro = { readOnly };

  return (
    <form onSubmit={submit} noValidate aria-label={mode === 'create' ? 'New change request' : 'Change request details'}>
      <Stack gap="sm">
        <TextInput label="Title" required {...ro} {...form.getInputProps('title')} />
        <Textarea label="Description" description="What changes." autosize minRows={2} {...ro} {...form.getInputProps('description')} />
        <Textarea label="Reason" description="Why the change is needed (required to submit it)." autosize minRows={2} {...ro} {...form.getInputProps('reason')} />
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select label="Category" data={optionsOf(CHANGE_CATEGORY_LABELS)} allowDeselect={false} disabled={readOnly} {...form.getInputProps('category')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select label="Priority" data={optionsOf(CHANGE_PRIORITY_LABELS)} allowDeselect={false} disabled={readOnly} {...form.getInputProps('priority')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label="Requested by" description="A person or a party, possibly outside Orrery." {...ro} {...form.getInputProps('requestedBy')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select label="Owner" placeholder="None" clearable searchable data={people} disabled={readOnly} {...form.getInputProps('ownerId')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextInput label="Cost impact" inputMode="decimal" placeholder="e.g. 2500 or -500 for a saving" description="Leave empty if not assessed." {...ro} {...form.getInputProps('costAmount')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Select label="Currency" data={[...CURRENCIES]} allowDeselect={false} disabled={readOnly} {...form.getInputProps('costCurrency')} />
          </Grid.Col>
        </Grid>
        <Textarea label="Scope impact" autosize minRows={1} {...ro} {...form.getInputProps('scopeImpact')} />
        <Textarea label="Risk impact" autosize minRows={1} {...ro} {...form.getInputProps('riskImpact')} />
        {readOnly ? null : (
          <Group justify="flex-end">
            {onCancel ? <Button variant="default" onClick={onCancel} disabled={submitting}>Cancel</Button> : null}
            <Button type="submit" loading={submitting} disabled={mode === 'edit' && !form.isDirty()}>
              {mode === 'create' ? 'Raise change request' : 'Save details'}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
