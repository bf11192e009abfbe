// The dialog that sets how a task earns its value (percent complete, 0/100, 50/50 or weighted
// milestones, each ticked off when done) and its manager's estimate to complete. Saving sends
// If-Match with the version it opened with (0 while the defaults apply); a 409 offers a reload, and
// the server's field errors (a currency other than the project's …) land on their inputs.
import { ActionIcon, Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { evmQueries, useSaveTaskEarning, useTaskEarning } from '../../api/evm.ts';
import type { EarningMethod, TaskEarning } from '../../api/types.ts';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useVersionedForm } from '../../ui/use-versioned-form.ts';
import { EARNING_METHODS, METHOD_LABELS, newMilestone, taskEarningFieldOf, taskEarningValues, toTaskEarningBody, validateTaskEarning } from './task-earning-view.ts';

export interface TaskEarningTarget {
  taskId: string;
  name: string;
}

interface TaskEarningModalProps {
  projectId: string;
  currency: string;
  target: TaskEarningTarget | null;
  onClose: () => void;
}

export function TaskEarningModal({ target, onClose, ...rest }: TaskEarningModalProps) {
  return (
    <Modal opened={target !== null} onClose={onClose} title={target ? `How “${target.name}” earns` : ''} size="lg">
      {target ? <TaskEarningLoader key={target.taskId} taskId={target.taskId} onClose={onClose} {...rest} /> : null}
    </Modal>
  );
}

function TaskEarningLoader({ projectId, taskId, ...rest }: Omit<TaskEarningModalProps, 'target'> & { taskId: string }) {
  const earning = useTaskEarning(projectId, taskId);
  if (earning.error) return <ProblemAlert error={earning.error} title="The task’s settings could not be read" />;
  if (!earning.data) return <Pending label="Loading the task’s settings" />;
  return <TaskEarningEditor projectId={projectId} earning={earning.data} {...rest} />;
}

type Record = TaskEarning & { id: string };
const asRecord = (earning: TaskEarning): Record => ({ ...earning, id: earning.taskId });

function TaskEarningEditor({ projectId, earning, currency, onClose }: Omit<TaskEarningModalProps, 'target'> & { earning: TaskEarning }) {
  const queryClient = useQueryClient();
  const save = useSaveTaskEarning(projectId);
  const { form, mutation, submit, reload } = useVersionedForm({
    record: asRecord(earning),
    values: (record) => taskEarningValues(record!),
    validate: (values) => validateTaskEarning(values, currency),
    // The settings always exist (version 0 while the defaults apply): saving is always a PUT.
    create: save,
    update: save,
    toCreate: (values) => ({ id: earning.taskId, version: 0, patch: toTaskEarningBody(values, earning, currency) }),
    toPatch: (values, record) => toTaskEarningBody(values, record, currency),
    fieldOf: taskEarningFieldOf,
    onClose,
    onReload: async () => asRecord(await queryClient.fetchQuery(evmQueries.taskEarning(projectId, earning.taskId))),
  });
  const method = form.values.method;

  return (
    <form onSubmit={submit} noValidate aria-label="Earning method and estimate">
      <Stack>
        <ProblemAlert error={mutation.error} title="The settings were not saved" onReload={() => void reload()} />
        <Select
          label="Earns by"
          allowDeselect={false}
          data={EARNING_METHODS.map((m) => ({ value: m, label: METHOD_LABELS[m].label }))}
          description={METHOD_LABELS[method].description}
          {...form.getInputProps('method')}
          onChange={(value) => value && form.setFieldValue('method', value as EarningMethod)}
        />
        {method === 'milestones' ? (
          <Stack gap="xs" aria-label="Milestones" role="group">
            {form.values.milestones.map((_, i) => (
              <Group key={i} align="flex-start" wrap="nowrap">
                <TextInput style={{ flex: 1 }} label={i === 0 ? 'Milestone' : undefined} aria-label={`Milestone ${i + 1}`} placeholder="e.g. Design signed off" {...form.getInputProps(`milestones.${i}.name`)} />
                <TextInput w={90} label={i === 0 ? 'Weight' : undefined} aria-label={`Weight of milestone ${i + 1}`} inputMode="decimal" {...form.getInputProps(`milestones.${i}.weight`)} />
                <Checkbox mt={i === 0 ? 30 : 8} label="Done" aria-label={`Milestone ${i + 1} done`} {...form.getInputProps(`milestones.${i}.done`, { type: 'checkbox' })} />
                <ActionIcon mt={i === 0 ? 28 : 4} variant="subtle" color="gray" aria-label={`Remove milestone ${i + 1}`} disabled={form.values.milestones.length === 1} onClick={() => form.removeListItem('milestones', i)}>×</ActionIcon>
              </Group>
            ))}
            {form.errors.milestones ? <Text size="sm" c="red">{form.errors.milestones}</Text> : null}
            <Group>
              <Button size="xs" variant="light" onClick={() => form.insertListItem('milestones', newMilestone())}>Add a milestone</Button>
              <Text size="xs" c="dimmed">Each earns its weight’s share of the task’s budget once done.</Text>
            </Group>
          </Stack>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={`Estimate to complete (${currency})`} description="What the rest of the task will cost; empty: no estimate." inputMode="decimal" placeholder="e.g. 1200.00" {...form.getInputProps('etc')} />
          <TextInput type="date" label="Estimated on" description="Empty: today, when the estimate changes." {...form.getInputProps('etcAsOf')} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={mutation.isPending}>Cancel</Button>
          <Button type="submit" loading={mutation.isPending}>Save</Button>
        </Group>
      </Stack>
    </form>
  );
}
