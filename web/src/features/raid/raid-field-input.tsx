// One field of a RAID form, drawn from its description (raid-fields.ts): text, dates, selects of
// labelled values, people, the matrix's levels ("4 – Likely"), and for a dependency the provider
// project and a task of that project's schedule.
import { MultiSelect, Select, TextInput, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import type { UseFormReturnType } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useProjectPicker } from '../../api/raid.ts';
import { scheduleQueries } from '../../api/schedule.ts';
import type { RiskMatrix } from '../../api/types.ts';
import { optionsOf } from '../../ui/labels.ts';
import { usePeopleOptions } from '../../ui/person-name.tsx';
import type { FieldSpec, FormValues } from './raid-fields.ts';
import { levelOptions } from './risk-matrix-view.ts';

interface FieldInputProps {
  field: FieldSpec;
  form: UseFormReturnType<FormValues>;
  matrix: RiskMatrix | undefined;
  readOnly: boolean;
  /** The project the item belongs to (a dependency's provider is another one). */
  projectId: string;
}

export function RaidFieldInput({ field, form, matrix, readOnly, projectId }: FieldInputProps) {
  const common = {
    label: field.label,
    description: field.description,
    required: field.required,
    disabled: readOnly,
    ...form.getInputProps(field.name),
  };
  // Selects speak null for "nothing chosen"; the form keeps '' (every form value is text).
  const select = {
    ...common,
    value: form.values[field.name] || null,
    onChange: (value: string | null) => form.setFieldValue(field.name, value ?? ''),
  };
  switch (field.type) {
    case 'text':
      return <TextInput {...common} />;
    case 'textarea':
      return <Textarea {...common} autosize minRows={2} maxRows={8} />;
    case 'date':
      return <TextInput {...common} type="date" />;
    case 'select':
      return <Select {...select} data={optionsOf(field.options ?? {})} clearable={field.nullable} allowDeselect={field.nullable ?? false} placeholder={field.nullable ? 'None' : undefined} />;
    case 'rating': {
      const levels = matrix ? (field.axis === 'impact' ? matrix.impact : matrix.probability) : [];
      return <Select {...select} data={levelOptions(levels)} clearable={!field.required} placeholder={field.required ? 'Choose a level' : 'Not rated'} />;
    }
    case 'person':
      return <PersonSelect {...select} />;
    case 'project':
      return <ProjectSelect common={select} exclude={projectId} onPicked={() => form.setFieldValue('providerTaskId', '')} />;
    case 'task':
      return <TaskSelect common={select} providerProjectId={form.values.providerProjectId ?? ''} />;
    case 'tasks':
      return <TasksSelect common={common} projectId={projectId} value={form.values[field.name] ?? ''} onChange={(ids) => form.setFieldValue(field.name, ids.join(','))} />;
  }
}

interface Common {
  label: string;
  description?: string | undefined;
  required?: boolean | undefined;
  disabled: boolean;
  error?: ReactNode;
  value: string | null;
  onChange: (value: string | null) => void;
}

function PersonSelect(common: Common) {
  const people = usePeopleOptions();
  return <Select {...common} data={people} searchable clearable placeholder="Nobody" />;
}

function ProjectSelect({ common, exclude, onPicked }: { common: Common; exclude: string; onPicked: () => void }) {
  const projects = useProjectPicker(true);
  const options = (projects.data ?? []).filter((p) => p.id !== exclude).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }));
  return (
    <Select
      {...common}
      data={options}
      searchable
      placeholder="The project that delivers it"
      onChange={(value) => {
        common.onChange(value);
        onPicked();
      }}
    />
  );
}

function TaskSelect({ common, providerProjectId }: { common: Common; providerProjectId: string }) {
  const schedule = useQuery({ ...scheduleQueries.detail(providerProjectId), enabled: providerProjectId !== '' });
  const options = (schedule.data?.tasks ?? []).map((t) => ({ value: t.id, label: t.name }));
  const note = providerProjectId === '' ? 'Choose the provider project first.' : schedule.error ? 'The provider’s schedule cannot be read.' : undefined;
  return (
    <Select
      {...common}
      data={options}
      searchable
      clearable
      placeholder="Any task"
      disabled={common.disabled || providerProjectId === ''}
      description={note ?? common.description}
    />
  );
}

/** Several tasks of the item's own project (a risk's threatened tasks). */
function TasksSelect({ common, projectId, value, onChange }: { common: Omit<Common, 'value' | 'onChange'>; projectId: string; value: string; onChange: (ids: string[]) => void }) {
  const schedule = useQuery(scheduleQueries.detail(projectId));
  const options = (schedule.data?.tasks ?? []).map((t) => ({ value: t.id, label: t.name }));
  const note = schedule.data && options.length === 0 ? 'The project has no schedule yet.' : undefined;
  return (
    <MultiSelect
      label={common.label}
      description={note ?? common.description}
      disabled={common.disabled}
      error={common.error}
      data={options}
      value={value === '' ? [] : value.split(',')}
      onChange={onChange}
      searchable
      clearable
      placeholder="No task"
    />
  );
}
