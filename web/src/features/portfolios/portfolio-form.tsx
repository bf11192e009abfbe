// The portfolio form (new and edit): code on creation, name, description and owner.
import { Button, Group, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Portfolio } from '../../api/types.ts';
import { applyProblemToForm, sameNameFields } from '../../ui/form-problems.ts';
import { usePeopleOptions } from '../../ui/person-name.tsx';

export interface PortfolioFormValues {
  code: string;
  name: string;
  description: string;
  ownerId: string | null;
}

export const portfolioFormValues = (p?: Portfolio): PortfolioFormValues => ({
  code: p?.code ?? '',
  name: p?.name ?? '',
  description: p?.description ?? '',
  ownerId: p?.ownerId ?? null,
});

const CODE = /^[A-Za-z][A-Za-z0-9]{1,9}-[0-9]{1,6}$/;
const fieldOf = sameNameFields(['code', 'name', 'description', 'ownerId']);

interface PortfolioFormProps {
  mode: 'create' | 'edit';
  initialValues: PortfolioFormValues;
  submitting: boolean;
  onSubmit: (values: PortfolioFormValues) => Promise<unknown>;
  onCancel: () => void;
}

export function PortfolioForm({ mode, initialValues, submitting, onSubmit, onCancel }: PortfolioFormProps) {
  const people = usePeopleOptions();
  const form = useForm<PortfolioFormValues>({
    initialValues,
    validate: {
      code: (v) => (v.trim() && !CODE.test(v.trim()) ? 'Codes look like PFL-7: letters, a dash, digits.' : null),
      name: (v) => (v.trim() ? (v.trim().length > 200 ? 'Keep the name under 200 characters.' : null) : 'Give the portfolio a name.'),
    },
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await onSubmit(values);
    } catch (error) {
      applyProblemToForm(form, error, fieldOf);
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label={mode === 'create' ? 'New portfolio' : 'Edit portfolio'}>
      <Stack>
        {mode === 'create' ? (
          <TextInput label="Code" description="Leave empty for the next free code (PFL-…)." {...form.getInputProps('code')} />
        ) : null}
        <TextInput label="Name" required {...form.getInputProps('name')} />
        <Textarea label="Description" autosize minRows={3} maxRows={10} {...form.getInputProps('description')} />
        <Select label="Owner" placeholder="Nobody yet" clearable searchable data={people} {...form.getInputProps('ownerId')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={submitting}>
            Cancel
          </Button>
          <Button type="submit" loading={submitting}>
            {mode === 'create' ? 'Create portfolio' : 'Save changes'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
