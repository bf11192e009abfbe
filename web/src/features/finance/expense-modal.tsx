// Recording an expense or a supplier invoice (the project's team), or opening one: the day, the
// amount in the project's currency, what it was spent on, the supplier and their reference, and the
// purchase order it is invoiced against (which consumes that order's commitment). Editing sends
// only what changed with the version read; the team may also remove one recorded by mistake.
import { Button, Grid, Group, Modal, SegmentedControl, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useCreateExpense, useDeleteExpense, useUpdateExpense, type Expense, type PurchaseOrder } from '../../api/finance.ts';
import { applyProblemToForm } from '../../ui/form-problems.ts';
import { optionsOf } from '../../ui/labels.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { COST_TYPE_LABELS, EXPENSE_KIND_LABELS, SPENDING_CATEGORY_LABELS } from './finance-labels.ts';
import { expenseValues, moneyFormFieldOf, toExpenseCreate, toExpensePatch, validateExpense, type ExpenseValues } from './finance-form-values.ts';

export type ExpenseTarget = { mode: 'create' } | { mode: 'edit'; expense: Expense };

interface ExpenseModalProps {
  projectId: string;
  currency: string;
  orders: readonly PurchaseOrder[];
  target: ExpenseTarget | null;
  readOnly: boolean;
  onClose: () => void;
}

export function ExpenseModal(props: ExpenseModalProps) {
  const { target, onClose } = props;
  const title = !target ? '' : target.mode === 'create' ? 'Add expense' : `${EXPENSE_KIND_LABELS[target.expense.kind]} of ${target.expense.incurredOn}`;
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size="lg">
      {target ? <ExpenseForm key={target.mode === 'edit' ? `${target.expense.id}:${target.expense.version}` : 'new'} {...props} target={target} /> : null}
    </Modal>
  );
}

const FIELDS = ['kind', 'incurredOn', 'amount', 'category', 'costType', 'supplier', 'reference', 'purchaseOrderId', 'description'];

function ExpenseForm({ projectId, currency, orders, target, readOnly, onClose }: ExpenseModalProps & { target: ExpenseTarget }) {
  const create = useCreateExpense(projectId);
  const update = useUpdateExpense();
  const remove = useDeleteExpense();
  const editing = target.mode === 'edit' ? target.expense : null;
  const form = useForm<ExpenseValues>({ initialValues: expenseValues(editing, new Date().toISOString().slice(0, 10)), validate: (v) => validateExpense(v, currency) });
  const submit = form.onSubmit(async (values) => {
    try {
      if (!editing) await create.mutateAsync(toExpenseCreate(values, currency));
      else {
        const patch = toExpensePatch(values, editing);
        if (Object.keys(patch).length > 0) await update.mutateAsync({ id: editing.id, version: editing.version, patch });
      }
      onClose();
    } catch (problem) {
      applyProblemToForm(form, problem, moneyFormFieldOf(FIELDS));
    }
  });
  const orderOptions = orders.map((o) => ({ value: o.id, label: `${o.number} · ${o.supplier}` }));

  return (
    <form onSubmit={submit} noValidate aria-label={editing ? 'Edit expense' : 'New expense'}>
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack gap="sm">
          <SegmentedControl aria-label="Kind" data={optionsOf(EXPENSE_KIND_LABELS)} {...form.getInputProps('kind')} />
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 6 }}><TextInput label="Date" type="date" required {...form.getInputProps('incurredOn')} /></Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}><TextInput label={`Amount (${currency})`} required inputMode="decimal" placeholder="1250.00" {...form.getInputProps('amount')} /></Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}><Select label="Category" data={optionsOf(SPENDING_CATEGORY_LABELS)} allowDeselect={false} {...form.getInputProps('category')} /></Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}><Select label="Capex or opex" data={optionsOf(COST_TYPE_LABELS)} allowDeselect={false} {...form.getInputProps('costType')} /></Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}><TextInput label="Supplier" {...form.getInputProps('supplier')} /></Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}><TextInput label="Reference" description="Invoice number or receipt." {...form.getInputProps('reference')} /></Grid.Col>
            <Grid.Col span={12}><Select label="Purchase order" description="An invoice against an order uses up what is committed on it." data={orderOptions} clearable placeholder="None" {...form.getInputProps('purchaseOrderId')} /></Grid.Col>
          </Grid>
          <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
        </Stack>
      </fieldset>
      <Stack gap="sm" mt="md">
        <ProblemAlert error={create.error ?? update.error ?? remove.error} title="The expense was not saved" onReload={onClose} />
        <Group justify="space-between">
          {editing && !readOnly ? <Button color="red" variant="subtle" loading={remove.isPending} onClick={() => remove.mutate({ id: editing.id, version: editing.version }, { onSuccess: onClose })}>Remove</Button> : <span />}
          <Group>
            <Button variant="default" onClick={onClose}>{readOnly ? 'Close' : 'Cancel'}</Button>
            {readOnly ? null : <Button type="submit" loading={create.isPending || update.isPending}>{editing ? 'Save changes' : 'Add expense'}</Button>}
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
