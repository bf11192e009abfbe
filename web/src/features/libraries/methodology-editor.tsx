// The methodology editor's form: name, key (for a new one), description and lifecycle, then the
// phases in order, each with its gate. Saving sends the whole methodology under If-Match; the
// server's field errors land on the fields they name (a phase's duplicated key on that phase), a
// stale version offers a reload, and a new key already taken is said on the key.
import { useState } from 'react';
import { Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { isApiProblem } from '../../api/api-problem.ts';
import { useSaveMethodology } from '../../api/governance.ts';
import type { Lifecycle, Methodology } from '../../api/types.ts';
import { applyProblemToForm } from '../../ui/form-problems.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { methodologyFieldOf } from './methodology-field-of.ts';
import { emptyPhase, toMethodologyBody, validateMethodologyForm, type KnownDeliverable, type MethodologyFormValues } from './methodology-form-values.ts';
import { PhaseCard } from './phase-card.tsx';

const LIFECYCLE_OPTIONS: Array<{ value: Lifecycle; label: string }> = [
  { value: 'predictive', label: 'Predictive' },
  { value: 'agile', label: 'Agile' },
  { value: 'hybrid', label: 'Hybrid' },
];

interface MethodologyEditorProps {
  initialValues: MethodologyFormValues;
  /** The version read (If-Match); 0 for a new key. */
  version: number;
  /** For a new methodology, the keys already in the library; null when editing one. */
  takenKeys: readonly string[] | null;
  known: readonly KnownDeliverable[];
  onSaved: (saved: Methodology) => void;
  onCancel: () => void;
  /** Reloads the methodology after someone else changed it (editing only). */
  onReload?: () => void;
}

export function MethodologyEditor({ initialValues, version, takenKeys, known, onSaved, onCancel, onReload }: MethodologyEditorProps) {
  const creating = takenKeys !== null;
  const save = useSaveMethodology();
  const [alert, setAlert] = useState<unknown>(null);
  const form = useForm<MethodologyFormValues>({ initialValues, validate: (values) => validateMethodologyForm(values, takenKeys) });
  const phases = form.getValues().phases;

  const submit = form.onSubmit(async (values) => {
    setAlert(null);
    try {
      onSaved(await save.mutateAsync({ key: values.key, version, body: toMethodologyBody(values) }));
    } catch (error) {
      if (creating && isApiProblem(error) && error.code === 'version_conflict') {
        form.setFieldError('key', 'The library has a methodology with this key already; choose another.');
        return;
      }
      setAlert(error);
      applyProblemToForm(form, error, methodologyFieldOf);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={creating ? 'New methodology' : `Edit ${initialValues.name}`}>
      <Stack gap="md">
        <ProblemAlert error={alert} title={isApiProblem(alert) && alert.code === 'version_conflict' ? undefined : 'The methodology was not saved'} onReload={onReload} />
        <Card withBorder radius="md" padding="lg">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, md: 3 }}>
              <TextInput label="Name" required {...form.getInputProps('name')} />
              <TextInput label="Key" required disabled={!creating}
                description={creating ? 'Projects name the methodology by it; it cannot change later.' : 'Fixed once saved.'} {...form.getInputProps('key')} />
              <Select label="Lifecycle" data={LIFECYCLE_OPTIONS} allowDeselect={false} {...form.getInputProps('lifecycle')} />
            </SimpleGrid>
            <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
          </Stack>
        </Card>
        <Stack gap="sm" role="list" aria-label="Phases">
          {phases.map((phase, i) => (
            <div role="listitem" key={phase.id}>
              <PhaseCard form={form} index={i} count={phases.length} known={known} />
            </div>
          ))}
        </Stack>
        {form.errors.phases ? <Text size="sm" c="red.7" role="alert">{form.errors.phases}</Text> : null}
        <Group justify="space-between">
          <Button variant="light" onClick={() => form.insertListItem('phases', emptyPhase())} disabled={phases.length >= 20}>Add phase</Button>
          <Group gap="sm">
            <Button variant="default" onClick={onCancel} disabled={save.isPending}>Cancel</Button>
            <Button type="submit" loading={save.isPending}>Save methodology</Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
