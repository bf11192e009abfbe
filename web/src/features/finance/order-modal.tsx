// Recording a purchase order (the project's manager, the PMO), or opening one to change or close it:
// its number, supplier, amount in the project's currency, the day it was placed and what it buys.
// A closed order commits nothing more; editing sends only what changed with the version read.
import { Button, Grid, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useCreatePurchaseOrder, useUpdatePurchaseOrder, type PurchaseOrder } from '../../api/finance.ts';
import { applyProblemToForm } from '../../ui/form-problems.ts';
import { optionsOf } from '../../ui/labels.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { COST_TYPE_LABELS, ORDER_STATUS_LABELS, SPENDING_CATEGORY_LABELS } from './finance-labels.ts';
import { moneyFormFieldOf, orderValues, toOrderCreate, toOrderPatch, validateOrder, type OrderValues } from './finance-form-values.ts';
import { moneyText } from './finance-view.ts';

export type OrderTarget = { mode: 'create' } | { mode: 'edit'; order: PurchaseOrder };

interface OrderModalProps {
  projectId: string;
  currency: string;
  target: OrderTarget | null;
  readOnly: boolean;
  onClose: () => void;
}

export function OrderModal(props: OrderModalProps) {
  const { target, onClose } = props;
  const title = !target ? '' : target.mode === 'create' ? 'Add purchase order' : `Purchase order ${target.order.number}`;
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size="lg">
      {target ? <OrderForm key={target.mode === 'edit' ? `${target.order.id}:${target.order.version}` : 'new'} {...props} target={target} /> : null}
    </Modal>
  );
}

const FIELDS = ['number', 'supplier', 'amount', 'orderedOn', 'status', 'category', 'costType', 'description'];

function OrderForm({ projectId, currency, target, readOnly, onClose }: OrderModalProps & { target: OrderTarget }) {
  const create = useCreatePurchaseOrder(projectId);
  const update = useUpdatePurchaseOrder();
  const editing = target.mode === 'edit' ? target.order : null;
  const form = useForm<OrderValues>({ initialValues: orderValues(editing, new Date().toISOString().slice(0, 10)), validate: (v) => validateOrder(v, currency) });
  const submit = form.onSubmit(async (values) => {
    try {
      if (!editing) await create.mutateAsync(toOrderCreate(values, currency));
      else {
        const patch = toOrderPatch(values, editing);
        if (Object.keys(patch).length > 0) await update.mutateAsync({ id: editing.id, version: editing.version, patch });
      }
      onClose();
    } catch (problem) {
      applyProblemToForm(form, problem, moneyFormFieldOf(FIELDS));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={editing ? 'Edit purchase order' : 'New purchase order'}>
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack gap="sm">
          {editing ? <Text size="sm">Invoiced {moneyText(editing.invoicedMinor, currency)} in {editing.invoiceCount} invoice(s); still committed {moneyText(editing.openCommitmentMinor, currency)}.</Text> : null}
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 6 }}><TextInput label="Order number" required {...form.getInputProps('number')} /></Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}><TextInput label="Supplier" required {...form.getInputProps('supplier')} /></Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}><TextInput label={`Amount (${currency})`} required inputMode="decimal" {...form.getInputProps('amount')} /></Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}><TextInput label="Ordered on" type="date" required {...form.getInputProps('orderedOn')} /></Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}><Select label="Category" data={optionsOf(SPENDING_CATEGORY_LABELS)} allowDeselect={false} {...form.getInputProps('category')} /></Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}><Select label="Capex or opex" data={optionsOf(COST_TYPE_LABELS)} allowDeselect={false} {...form.getInputProps('costType')} /></Grid.Col>
          </Grid>
          <SegmentedControl aria-label="Status" data={optionsOf(ORDER_STATUS_LABELS)} {...form.getInputProps('status')} />
          <Textarea label="What it buys" autosize minRows={2} {...form.getInputProps('description')} />
        </Stack>
      </fieldset>
      <Stack gap="sm" mt="md">
        <ProblemAlert error={create.error ?? update.error} title="The order was not saved" onReload={onClose} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{readOnly ? 'Close' : 'Cancel'}</Button>
          {readOnly ? null : <Button type="submit" loading={create.isPending || update.isPending}>{editing ? 'Save changes' : 'Add purchase order'}</Button>}
        </Group>
      </Stack>
    </form>
  );
}
