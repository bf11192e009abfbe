// The project request form: the fixed fields (problem, objectives, strategic objectives served,
// benefits, cost and duration estimates, risks, sponsor, target portfolio and program) and the
// PMO's own fields, rendered by their type. It saves a draft or submits; the page decides how.
import { Button, Fieldset, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useObjectives } from '../../api/objectives.ts';
import { usePortfolios } from '../../api/portfolios.ts';
import { usePrograms } from '../../api/programs.ts';
import type { IntakeField } from '../../api/types.ts';
import { usePeopleOptions } from '../../ui/person-name.tsx';
import type { RequestFormValues } from './request-form-values.ts';

interface RequestFormProps {
  initial: RequestFormValues;
  fields: readonly IntakeField[];
  busy: boolean;
  /** Per field, the server's message (paths like problem or fields.deadline). */
  errors: Record<string, string>;
  onSave: (values: RequestFormValues, submit: boolean) => void;
  /** Offer "Submit" (a draft); otherwise only "Save". */
  canSubmit: boolean;
}

export function RequestForm({ initial, fields, busy, errors, onSave, canSubmit }: RequestFormProps) {
  const [v, setV] = useState<RequestFormValues>(initial);
  const set = <K extends keyof RequestFormValues>(key: K, value: RequestFormValues[K]) => setV((old) => ({ ...old, [key]: value }));
  const objectives = useObjectives();
  const portfolios = usePortfolios();
  const programs = usePrograms(v.portfolioId ?? undefined, { enabled: v.portfolioId !== null });
  const people = usePeopleOptions();
  const text = (key: 'title' | 'problem' | 'objectives' | 'expectedBenefits' | 'keyRisks') => ({ value: v[key], onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value), error: errors[key] });

  return (
    <form onSubmit={(e) => { e.preventDefault(); onSave(v, canSubmit); }} noValidate>
      <Stack>
        <TextInput label="Title" required {...text('title')} />
        <Textarea label="Problem or opportunity" autosize minRows={2} {...text('problem')} />
        <Textarea label="Objectives" description="What the project should achieve." autosize minRows={2} {...text('objectives')} />
        <MultiSelect label="Strategic objectives served" searchable data={(objectives.data ?? []).map((o) => ({ value: o.id, label: `${o.code} · ${o.name}` }))} value={v.objectiveIds} onChange={(ids) => set('objectiveIds', ids)} error={errors.objectiveIds} />
        <Textarea label="Expected benefits" autosize minRows={2} {...text('expectedBenefits')} />
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <TextInput label="Cost estimate" value={v.cost} onChange={(e) => set('cost', e.currentTarget.value)} error={errors.cost ?? errors.costEstimate} />
          <TextInput label="Currency" value={v.currency} onChange={(e) => set('currency', e.currentTarget.value)} maxLength={3} />
          <TextInput label="Duration (months)" value={v.months} onChange={(e) => set('months', e.currentTarget.value.replace(/[^0-9]/g, ''))} error={errors.durationEstimateMonths} />
          <TextInput label="Desired start" type="date" value={v.desiredStart} onChange={(e) => set('desiredStart', e.currentTarget.value)} error={errors.desiredStart} />
        </SimpleGrid>
        <Textarea label="Key risks" autosize minRows={2} {...text('keyRisks')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select label="Sponsor" searchable clearable data={people} value={v.sponsorId} onChange={(id) => set('sponsorId', id)} error={errors.sponsorId} />
          <Select label="Target portfolio" searchable clearable data={(portfolios.data ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }))} value={v.portfolioId} onChange={(id) => setV((old) => ({ ...old, portfolioId: id, programId: null }))} error={errors.portfolioId} />
          <Select label="Program (optional)" searchable clearable disabled={!v.portfolioId} data={(programs.data ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }))} value={v.programId} onChange={(id) => set('programId', id)} error={errors.programId} />
        </SimpleGrid>
        {fields.length > 0 ? (
          <Fieldset legend="More about the request">
            <Stack>
              {fields.map((f) => <OwnField key={f.key} field={f} value={v.fields[f.key] ?? ''} error={errors[`fields.${f.key}`]} onChange={(value) => set('fields', { ...v.fields, [f.key]: value })} />)}
            </Stack>
          </Fieldset>
        ) : null}
        <Group justify="flex-end">
          {canSubmit ? <Button variant="default" loading={busy} onClick={() => onSave(v, false)}>Save draft</Button> : null}
          <Button type="submit" loading={busy}>{canSubmit ? 'Submit request' : 'Save'}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** One of the PMO's fields, as its type asks. */
function OwnField({ field, value, error, onChange }: { field: IntakeField; value: string; error: string | undefined; onChange: (value: string) => void }) {
  const common = { label: field.label, description: field.help || undefined, required: field.required, error };
  switch (field.type) {
    case 'choice':
      return <Select {...common} clearable data={field.options} value={value || null} onChange={(x) => onChange(x ?? '')} />;
    case 'number':
      return <NumberInput {...common} value={value === '' ? '' : Number(value)} onChange={(x) => onChange(x === '' ? '' : String(x))} />;
    case 'date':
      return <TextInput {...common} type="date" value={value} onChange={(e) => onChange(e.currentTarget.value)} />;
    default:
      return <Textarea {...common} autosize minRows={1} value={value} onChange={(e) => onChange(e.currentTarget.value)} />;
  }
}
