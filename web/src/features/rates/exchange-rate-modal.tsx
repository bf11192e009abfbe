// The dialog that adds an exchange rate to the base currency from a day, or changes one (its day
// and rate; the currency is fixed once it exists). The rate stays decimal text end to end; a 409
// offers a reload, and the server's field errors land on their inputs.
import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useCreateExchangeRate, useUpdateExchangeRate } from '../../api/rates.ts';
import type { ExchangeRate } from '../../api/types.ts';
import { useVersionedForm } from '../../ui/use-versioned-form.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { today } from '../timesheets/timesheet-search.ts';
import { currencyOptions } from './currency-options.ts';
import { exchangeRateFieldOf, exchangeRateFormValues, toExchangeRateCreate, toExchangeRatePatch, validateExchangeRate } from './rate-form-values.ts';

export type ExchangeRateTarget = { mode: 'create' } | { mode: 'edit'; rate: ExchangeRate };

interface ExchangeRateModalProps {
  target: ExchangeRateTarget | null;
  baseCurrency: string;
  onClose: () => void;
  onReload: (id: string) => Promise<ExchangeRate | undefined>;
}

export function ExchangeRateModal({ target, onClose, ...rest }: ExchangeRateModalProps) {
  const title = !target ? '' : target.mode === 'create' ? 'Add an exchange rate' : `${target.rate.currency} → ${target.rate.baseCurrency}`;
  return (
    <Modal opened={target !== null} onClose={onClose} title={title}>
      {target ? <ExchangeRateEditor key={target.mode === 'edit' ? target.rate.id : 'new'} target={target} onClose={onClose} {...rest} /> : null}
    </Modal>
  );
}

function ExchangeRateEditor({ target, baseCurrency, onClose, onReload }: ExchangeRateModalProps & { target: ExchangeRateTarget }) {
  const create = useCreateExchangeRate();
  const update = useUpdateExchangeRate();
  const { form, record: base, mutation, submit, reload } = useVersionedForm({
    record: target.mode === 'edit' ? target.rate : undefined,
    values: (record) => exchangeRateFormValues(record, { effectiveFrom: today() }),
    validate: (v) => validateExchangeRate(v, baseCurrency),
    create,
    update,
    toCreate: toExchangeRateCreate,
    toPatch: toExchangeRatePatch,
    fieldOf: exchangeRateFieldOf,
    onClose,
    onReload,
  });

  const currencies = currencyOptions(form.values.currency || null).filter((c) => c !== baseCurrency);
  return (
    <form onSubmit={submit} noValidate aria-label={base ? 'Edit exchange rate' : 'New exchange rate'}>
      <Stack>
        <ProblemAlert error={mutation.error} title={base ? 'The exchange rate was not saved' : 'The exchange rate was not added'} onReload={() => void reload()} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label="Currency" required allowDeselect={false} data={currencies} disabled={base !== undefined} {...form.getInputProps('currency')} />
          <TextInput type="date" label="Effective from" required {...form.getInputProps('effectiveFrom')} />
        </SimpleGrid>
        <TextInput label={`${baseCurrency} per unit`} inputMode="decimal" placeholder="e.g. 0.9215" required
          description={form.values.currency ? `1 ${form.values.currency} = this many ${baseCurrency}.` : `Units of ${baseCurrency} one unit of the currency is worth.`} {...form.getInputProps('rate')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={mutation.isPending}>Cancel</Button>
          <Button type="submit" loading={mutation.isPending}>{base ? 'Save changes' : 'Add exchange rate'}</Button>
        </Group>
      </Stack>
    </form>
  );
}
