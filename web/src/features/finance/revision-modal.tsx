// Drafting a budget revision: the original budget (amounts) or a change to it (signed amounts: a
// negative line takes money away, so moving money out of contingency into services is a draw on
// reserve). Lines are rows of category, capex/opex, month and amount; a draft can be edited under
// If-Match or discarded until the PMO or the sponsor decides it.
import { ActionIcon, Button, Group, Modal, Select, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useCreateRevision, useDeleteRevision, useUpdateRevision, type BudgetRevision } from '../../api/finance.ts';
import { applyProblemToForm } from '../../ui/form-problems.ts';
import { optionsOf } from '../../ui/labels.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { CATEGORY_LABELS, COST_TYPE_LABELS } from './finance-labels.ts';
import { newLine, revisionFieldOf, revisionValues, toRevisionBody, validateRevision, type RevisionValues } from './finance-form-values.ts';

export type RevisionTarget = { mode: 'create'; original: boolean } | { mode: 'edit'; revision: BudgetRevision };

interface RevisionModalProps {
  projectId: string;
  currency: string;
  target: RevisionTarget | null;
  onClose: () => void;
}

export function RevisionModal({ projectId, currency, target, onClose }: RevisionModalProps) {
  const original = target?.mode === 'create' ? target.original : target?.revision.kind === 'original';
  const title = !target ? '' : target.mode === 'edit' ? `Draft revision ${target.revision.number}` : original ? 'Draft the original budget' : 'Draft a budget revision';
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size="xl">
      {target ? <RevisionForm key={target.mode === 'edit' ? `${target.revision.id}:${target.revision.version}` : 'new'} projectId={projectId} currency={currency} target={target} original={Boolean(original)} onClose={onClose} /> : null}
    </Modal>
  );
}

const thisMonth = () => new Date().toISOString().slice(0, 7);

function RevisionForm({ projectId, currency, target, original, onClose }: RevisionModalProps & { target: RevisionTarget; original: boolean }) {
  const create = useCreateRevision(projectId);
  const update = useUpdateRevision();
  const discard = useDeleteRevision();
  const editing = target.mode === 'edit' ? target.revision : null;
  const form = useForm<RevisionValues>({ initialValues: revisionValues(editing, thisMonth()), validate: (v) => validateRevision(v, original, currency) });
  const error = create.error ?? update.error ?? discard.error;

  const submit = form.onSubmit(async (values) => {
    try {
      const body = toRevisionBody(values, currency);
      if (editing) await update.mutateAsync({ id: editing.id, version: editing.version, patch: body });
      else await create.mutateAsync({ ...body, changeRequestId: null });
      onClose();
    } catch (problem) {
      applyProblemToForm(form, problem, revisionFieldOf);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={original ? 'Original budget' : 'Budget revision'}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {original
            ? `Amounts per category, capex/opex and month, in ${currency}. It counts once the PMO or the sponsor approves it.`
            : `Changes to the current budget, in ${currency}: a negative amount takes money away. To draw on contingency, take it out of contingency and add it where it is spent.`}
        </Text>
        <Textarea label="Why" required={!original} autosize minRows={2} {...form.getInputProps('reason')} />
        <Table verticalSpacing={4} aria-label="Budget lines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Category</Table.Th>
              <Table.Th>Capex/opex</Table.Th>
              <Table.Th>Month</Table.Th>
              <Table.Th>Amount ({currency})</Table.Th>
              <Table.Th aria-label="Remove" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {form.values.lines.map((_, i) => (
              <Table.Tr key={form.key(`lines.${i}`)}>
                <Table.Td><Select aria-label={`Category of line ${i + 1}`} data={optionsOf(CATEGORY_LABELS)} allowDeselect={false} {...form.getInputProps(`lines.${i}.category`)} /></Table.Td>
                <Table.Td><Select aria-label={`Capex or opex of line ${i + 1}`} data={optionsOf(COST_TYPE_LABELS)} allowDeselect={false} w={110} {...form.getInputProps(`lines.${i}.costType`)} /></Table.Td>
                <Table.Td><TextInput aria-label={`Month of line ${i + 1}`} type="month" {...form.getInputProps(`lines.${i}.month`)} /></Table.Td>
                <Table.Td><TextInput aria-label={`Amount of line ${i + 1}`} inputMode="decimal" placeholder={original ? '125000' : '-5000 or 5000'} {...form.getInputProps(`lines.${i}.amount`)} /></Table.Td>
                <Table.Td><ActionIcon variant="subtle" color="gray" aria-label={`Remove line ${i + 1}`} onClick={() => form.removeListItem('lines', i)}>×</ActionIcon></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group>
          <Button variant="light" size="xs" onClick={() => form.insertListItem('lines', newLine(form.values.lines.at(-1)?.month || thisMonth()))}>Add line</Button>
        </Group>
        <ProblemAlert error={error} title="The budget was not saved" onReload={onClose} />
        <Group justify="space-between">
          {editing ? (
            <Button color="red" variant="subtle" loading={discard.isPending} onClick={() => discard.mutate({ id: editing.id, version: editing.version }, { onSuccess: onClose })}>Discard draft</Button>
          ) : <span />}
          <Group>
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={create.isPending || update.isPending}>Save draft</Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
