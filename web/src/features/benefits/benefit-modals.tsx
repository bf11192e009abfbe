// The dialogs of the benefits tab: adding or changing a benefit (money in its currency typed in
// major units, other measures in their unit; the owner may be anyone in Orrery; planned
// measurement dates as a list) and recording a measurement. A change sends the version the
// dialog opened with in If-Match; a conflict says so and the tab shows the benefit as it now is.
import { Button, Group, Modal, SegmentedControl, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useCreateBenefit, useRecordMeasurement, useUpdateBenefit, type Benefit, type BenefitCreate } from '../../api/benefits.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { usePeopleOptions } from '../../ui/person-name.tsx';
import { today } from '../timesheets/timesheet-search.ts';
import { parseDates, parseValue, valueText } from './benefit-view.ts';

interface BenefitValues {
  title: string;
  description: string;
  category: 'financial' | 'non_financial';
  measure: string;
  unit: string;
  currency: string;
  direction: 'higher_is_better' | 'lower_is_better';
  baseline: string;
  target: string;
  ownerId: string | null;
  expectedBy: string;
  plannedMeasurements: string;
}

const valuesOf = (b: Benefit | null, baseCurrency: string): BenefitValues => ({
  title: b?.title ?? '',
  description: b?.description ?? '',
  category: b?.category ?? 'financial',
  measure: b?.measure ?? '',
  unit: b && !b.currency ? b.unit : '',
  currency: b?.currency ?? baseCurrency,
  direction: b?.direction ?? 'higher_is_better',
  baseline: b ? valueText(b, b.baseline) : '',
  target: b ? valueText(b, b.target) : '',
  ownerId: b?.ownerId ?? null,
  expectedBy: b?.expectedBy ?? '',
  plannedMeasurements: b?.plannedMeasurements.join(', ') ?? '',
});

const currencyOf = (v: BenefitValues): string | null => (v.category === 'financial' ? v.currency.trim().toUpperCase() : null);

function validate(v: BenefitValues): Partial<Record<keyof BenefitValues, string>> {
  const errors: Partial<Record<keyof BenefitValues, string>> = {};
  if (!v.title.trim()) errors.title = 'Give the benefit a title.';
  if (!v.measure.trim()) errors.measure = 'Name the measure or KPI, e.g. Annual operating cost.';
  if (v.category === 'financial' && !/^[A-Za-z]{3}$/.test(v.currency.trim())) errors.currency = 'A three-letter currency code, such as EUR.';
  for (const key of ['baseline', 'target'] as const) {
    const parsed = parseValue(v[key], currencyOf(v));
    if (!parsed.ok) errors[key] = parsed.message;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.expectedBy)) errors.expectedBy = 'The date it should be realised by.';
  const dates = parseDates(v.plannedMeasurements);
  if (!dates.ok) errors.plannedMeasurements = dates.message;
  return errors;
}

function toBody(v: BenefitValues): BenefitCreate {
  const value = (text: string) => {
    const parsed = parseValue(text, currencyOf(v));
    return parsed.ok ? parsed.value : 0;
  };
  const dates = parseDates(v.plannedMeasurements);
  return {
    title: v.title.trim(),
    description: v.description,
    category: v.category,
    measure: v.measure.trim(),
    unit: v.category === 'financial' ? '' : v.unit.trim(),
    currency: currencyOf(v),
    direction: v.direction,
    baseline: value(v.baseline),
    target: value(v.target),
    ownerId: v.ownerId,
    expectedBy: v.expectedBy,
    plannedMeasurements: dates.ok ? dates.dates : [],
  };
}

export type BenefitTarget = { mode: 'create' } | { mode: 'edit'; benefit: Benefit };

export function BenefitModal({ projectId, baseCurrency, target, onClose }: { projectId: string; baseCurrency: string; target: BenefitTarget | null; onClose: () => void }) {
  const title = target?.mode === 'edit' ? `${target.benefit.code} · ${target.benefit.title}` : 'Add benefit';
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size="lg">
      {target ? <BenefitForm key={target.mode === 'edit' ? target.benefit.id : 'new'} projectId={projectId} benefit={target.mode === 'edit' ? target.benefit : null} baseCurrency={baseCurrency} onClose={onClose} /> : null}
    </Modal>
  );
}

function BenefitForm({ projectId, benefit, baseCurrency, onClose }: { projectId: string; benefit: Benefit | null; baseCurrency: string; onClose: () => void }) {
  const create = useCreateBenefit(projectId);
  const update = useUpdateBenefit();
  const people = usePeopleOptions();
  const form = useForm<BenefitValues>({ initialValues: valuesOf(benefit, baseCurrency), validate });
  const mutation = benefit ? update : create;
  const financial = form.values.category === 'financial';
  const submit = form.onSubmit(async (values) => {
    const body = toBody(values);
    if (benefit) await update.mutateAsync({ id: benefit.id, version: benefit.version, patch: body });
    else await create.mutateAsync(body);
    onClose();
  });
  return (
    <form onSubmit={(e) => void submit(e)}>
      <Stack gap="sm">
        <ProblemAlert error={mutation.error} title="The benefit was not saved" />
        <TextInput label="Benefit" required {...form.getInputProps('title')} />
        <Group grow align="flex-start">
          <Stack gap={4}>
            <Text size="sm" fw={500}>Category</Text>
            <SegmentedControl aria-label="Category" data={[{ value: 'financial', label: 'Financial' }, { value: 'non_financial', label: 'Non-financial' }]} {...form.getInputProps('category')} />
          </Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500}>Better when the measure is</Text>
            <SegmentedControl aria-label="Direction" data={[{ value: 'higher_is_better', label: 'Higher' }, { value: 'lower_is_better', label: 'Lower' }]} {...form.getInputProps('direction')} />
          </Stack>
        </Group>
        <Group grow align="flex-start">
          <TextInput label="Measure (KPI)" required {...form.getInputProps('measure')} />
          {financial ? <TextInput label="Currency" required maxLength={3} {...form.getInputProps('currency')} /> : <TextInput label="Unit" placeholder="hours, %, tickets/month" {...form.getInputProps('unit')} />}
        </Group>
        <Group grow align="flex-start">
          <TextInput label="Baseline" required description={financial ? 'In the currency, e.g. 420000' : undefined} {...form.getInputProps('baseline')} />
          <TextInput label="Target" required {...form.getInputProps('target')} />
        </Group>
        <Group grow align="flex-start">
          <Select label="Owner" data={people} searchable clearable placeholder="Nobody yet" {...form.getInputProps('ownerId')} />
          <TextInput label="Expected by" type="date" required {...form.getInputProps('expectedBy')} />
        </Group>
        <TextInput label="Planned measurements" description="Dates, YYYY-MM-DD, separated by commas (after the project closes too)" {...form.getInputProps('plannedMeasurements')} />
        <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button type="submit" loading={mutation.isPending}>{benefit ? 'Save' : 'Add benefit'}</Button>
        </Group>
      </Stack>
    </form>
  );
}

interface MeasurementValues {
  measuredOn: string;
  value: string;
  note: string;
}

export function MeasurementModal({ benefit, onClose }: { benefit: Benefit | null; onClose: () => void }) {
  return (
    <Modal opened={benefit !== null} onClose={onClose} title={benefit ? `Record a measurement: ${benefit.code} · ${benefit.title}` : ''}>
      {benefit ? <MeasurementForm key={benefit.id} benefit={benefit} onClose={onClose} /> : null}
    </Modal>
  );
}

function MeasurementForm({ benefit, onClose }: { benefit: Benefit; onClose: () => void }) {
  const record = useRecordMeasurement();
  const form = useForm<MeasurementValues>({
    initialValues: { measuredOn: today(), value: '', note: '' },
    validate: {
      measuredOn: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? null : 'The day the value holds for.'),
      value: (v) => {
        const parsed = parseValue(v, benefit.currency);
        return parsed.ok ? null : parsed.message;
      },
    },
  });
  const submit = form.onSubmit(async (values) => {
    const parsed = parseValue(values.value, benefit.currency);
    if (!parsed.ok) return;
    await record.mutateAsync({ id: benefit.id, body: { measuredOn: values.measuredOn, value: parsed.value, note: values.note } });
    onClose();
  });
  return (
    <form onSubmit={(e) => void submit(e)}>
      <Stack gap="sm">
        <ProblemAlert error={record.error} title="The measurement was not recorded" />
        <Text size="sm" c="dimmed">{benefit.measure}: baseline {valueText(benefit, benefit.baseline)}, target {valueText(benefit, benefit.target)} {benefit.unit}</Text>
        <Group grow align="flex-start">
          <TextInput label="Measured on" type="date" required {...form.getInputProps('measuredOn')} />
          <TextInput label={`Value (${benefit.unit || 'number'})`} required {...form.getInputProps('value')} />
        </Group>
        <TextInput label="Note" {...form.getInputProps('note')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button type="submit" loading={record.isPending}>Record</Button>
        </Group>
      </Stack>
    </form>
  );
}
