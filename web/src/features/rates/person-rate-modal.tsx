// The dialog that gives a person a cost rate from a day, or changes one: the person (fixed once
// the rate exists), the day it starts, the standard and overtime cost of an hour and their
// currency. Editing sends If-Match with the version the dialog opened with; a 409 offers a reload,
// and the server's field errors (a rate from that day exists …) land on their inputs.
import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { usePeople } from '../../api/people.ts';
import { useCreatePersonRate, useUpdatePersonRate } from '../../api/rates.ts';
import type { PersonRate } from '../../api/types.ts';
import { useVersionedForm } from '../../ui/use-versioned-form.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { today } from '../timesheets/timesheet-search.ts';
import { currencyOptions } from './currency-options.ts';
import { personRateFieldOf, personRateFormValues, toPersonRateCreate, toPersonRatePatch, validatePersonRate } from './rate-form-values.ts';

export type PersonRateTarget = { mode: 'create' } | { mode: 'edit'; rate: PersonRate };

interface PersonRateModalProps {
  target: PersonRateTarget | null;
  baseCurrency: string;
  onClose: () => void;
  /** Re-reads the rates (after a 409) and answers the fresh one. */
  onReload: (id: string) => Promise<PersonRate | undefined>;
}

export function PersonRateModal({ target, onClose, ...rest }: PersonRateModalProps) {
  const title = !target ? '' : target.mode === 'create' ? 'Add a cost rate' : `Cost rate of ${target.rate.userName}`;
  return (
    <Modal opened={target !== null} onClose={onClose} title={title}>
      {target ? <PersonRateEditor key={target.mode === 'edit' ? target.rate.id : 'new'} target={target} onClose={onClose} {...rest} /> : null}
    </Modal>
  );
}

function PersonRateEditor({ target, baseCurrency, onClose, onReload }: PersonRateModalProps & { target: PersonRateTarget }) {
  const people = usePeople();
  const create = useCreatePersonRate();
  const update = useUpdatePersonRate();
  const { form, record: base, mutation, submit, reload } = useVersionedForm({
    record: target.mode === 'edit' ? target.rate : undefined,
    values: (record) => personRateFormValues(record, { currency: baseCurrency, effectiveFrom: today() }),
    validate: validatePersonRate,
    create,
    update,
    toCreate: toPersonRateCreate,
    toPatch: toPersonRatePatch,
    fieldOf: personRateFieldOf,
    onClose,
    onReload,
  });

  const personOptions = (people.data ?? []).map((p) => ({ value: p.id, label: p.name }));
  if (base && !personOptions.some((o) => o.value === base.userId)) personOptions.push({ value: base.userId, label: base.userName });

  return (
    <form onSubmit={submit} noValidate aria-label={base ? 'Edit cost rate' : 'New cost rate'}>
      <Stack>
        <ProblemAlert error={mutation.error} title={base ? 'The rate was not saved' : 'The rate was not added'} onReload={() => void reload()} />
        <Select label="Person" required searchable data={personOptions} disabled={base !== undefined} nothingFoundMessage="No one by that name" {...form.getInputProps('userId')} />
        <TextInput type="date" label="Effective from" description="In force from this day until the person’s next rate." required {...form.getInputProps('effectiveFrom')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="Standard per hour" inputMode="decimal" placeholder="e.g. 85.00" required {...form.getInputProps('standard')} />
          <TextInput label="Overtime per hour" inputMode="decimal" placeholder="As standard" description="Empty: the standard rate." {...form.getInputProps('overtime')} />
          <Select label="Currency" allowDeselect={false} data={currencyOptions(form.values.currency, baseCurrency)} {...form.getInputProps('currency')} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={mutation.isPending}>Cancel</Button>
          <Button type="submit" loading={mutation.isPending}>{base ? 'Save changes' : 'Add rate'}</Button>
        </Group>
      </Stack>
    </form>
  );
}
