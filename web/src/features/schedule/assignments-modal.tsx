// The dialog of a task's resources: who is on it (units, work and its overtime, contour, planned
// cost), adding one from the pool (searched by name) by units or work, with planned overtime, changing or removing one under If-Match,
// handing a generic role to a named person (work, units and contour kept), and, when nobody
// suitable is at hand, asking the PMO for a person to fill the role (resource-request-form.tsx).
import { Badge, Button, Group, Modal, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { assignmentQueries, useAddAssignment, useRemoveAssignment, useReplaceAssignment, useUpdateAssignment } from '../../api/assignments.ts';
import { useResources } from '../../api/resources.ts';
import type { Assignment, Contour, ProjectAssignments, ResourceKind, ScheduleTask } from '../../api/types.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useVersionedForm } from '../../ui/use-versioned-form.ts';
import { formatMoney } from '../../ui/money.ts';
import { assignmentFieldOf, assignmentValues, CONTOUR_LABELS, isWorkResource, toAssignmentCreate, toAssignmentPatch, validateAssignment, workLabel } from './assignment-view.ts';
import { ResourceRequestForm } from './resource-request-form.tsx';

interface AssignmentsModalProps {
  projectId: string;
  task: ScheduleTask | null;
  assignments: ProjectAssignments | undefined;
  editable: boolean;
  onClose: () => void;
}

export function AssignmentsModal({ projectId, task, assignments, editable, onClose }: AssignmentsModalProps) {
  const [editing, setEditing] = useState<Assignment | 'new' | null>(null);
  const items = task ? (assignments?.items ?? []).filter((a) => a.taskId === task.id) : [];
  const currency = assignments?.currency ?? 'EUR';
  const close = () => (setEditing(null), onClose());
  return (
    <Modal opened={task !== null} onClose={close} title={task ? `Resources of “${task.name}”` : ''} size="xl">
      {task ? (
        <Stack>
          {items.length === 0 ? <Text size="sm" c="dimmed">No resources on this task yet.</Text> : <AssignmentTable projectId={projectId} task={task} items={items} editable={editable} onEdit={setEditing} />}
          {editable && !items.some((a) => a.resourceKind === 'role') ? (
            <Text size="xs" c="dimmed">No suitable person in the pool? Assign a generic role (such as Developer), then choose Request on it to ask the PMO for a person.</Text>
          ) : null}
          {editing ? (
            <AssignmentForm key={editing === 'new' ? 'new' : `${editing.id}:${editing.version}`} projectId={projectId} taskId={task.id} currency={currency} record={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />
          ) : editable ? (
            <Group>
              <Button size="xs" onClick={() => setEditing('new')}>Assign a resource</Button>
            </Group>
          ) : null}
        </Stack>
      ) : null}
    </Modal>
  );
}

/** What is being done to a role's assignment below the table: handing it to a person, or asking for one. */
type RoleAction = { kind: 'replace' | 'request'; assignment: Assignment };

function AssignmentTable({ projectId, task, items, editable, onEdit }: { projectId: string; task: ScheduleTask; items: Assignment[]; editable: boolean; onEdit: (a: Assignment) => void }) {
  const remove = useRemoveAssignment(projectId, task.id);
  const [action, setAction] = useState<RoleAction | null>(null);
  const done = () => setAction(null);
  return (
    <Stack gap="xs">
      <ProblemAlert error={remove.error} title="The resource was not removed" />
      <Table aria-label="Assigned resources" fz="sm" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Resource</Table.Th>
            <Table.Th>Units</Table.Th>
            <Table.Th>Work</Table.Th>
            <Table.Th>Contour</Table.Th>
            <Table.Th>Planned cost</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((a) => (
            <Table.Tr key={a.id} data-assignment={a.resourceName}>
              <Table.Td>
                {a.resourceName} <Badge size="xs" variant="light">{a.resourceKind}</Badge>
                {a.openRequestId ? <Badge size="xs" color="orange" variant="light" ml={4}>requested</Badge> : null}
              </Table.Td>
              <Table.Td>{a.units !== null ? `${a.units} %` : a.quantity !== null ? `${a.quantity} ${a.unit ?? ''}` : '—'}</Table.Td>
              <Table.Td>{workLabel(a)}</Table.Td>
              <Table.Td>{a.driver !== null ? CONTOUR_LABELS[a.contour] : '—'}</Table.Td>
              <Table.Td>{a.plannedCost ? formatMoney(a.plannedCost) : <Text span size="sm" c="orange.8" title={a.unpriced ?? ''}>no rate</Text>}</Table.Td>
              <Table.Td>
                {editable ? (
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-xs" variant="subtle" onClick={() => onEdit(a)} aria-label={`Change ${a.resourceName}`}>Change</Button>
                    {a.resourceKind === 'role' ? <Button size="compact-xs" variant="subtle" onClick={() => setAction({ kind: 'replace', assignment: a })} aria-label={`Replace ${a.resourceName} by a person`}>Replace</Button> : null}
                    {a.resourceKind === 'role' && !a.openRequestId ? <Button size="compact-xs" variant="subtle" onClick={() => setAction({ kind: 'request', assignment: a })} aria-label={`Request a person for ${a.resourceName}`}>Request</Button> : null}
                    <Button size="compact-xs" variant="subtle" color="red" loading={remove.isPending} onClick={() => remove.mutate({ id: a.id, version: a.version })} aria-label={`Remove ${a.resourceName}`}>Remove</Button>
                  </Group>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {action?.kind === 'replace' ? <ReplaceForm key={action.assignment.id} projectId={projectId} taskId={task.id} assignment={action.assignment} onDone={done} /> : null}
      {action?.kind === 'request' ? <ResourceRequestForm key={action.assignment.id} projectId={projectId} task={task} assignment={action.assignment} onDone={done} /> : null}
    </Stack>
  );
}

/** The pool as options of a searchable select, filtered on the server by what is typed. */
function usePoolOptions(kind?: ResourceKind) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const pool = useResources({ limit: 200, ...(kind && { kind }), ...(q && { q }) });
  const items = pool.data?.items ?? [];
  return { items, search, setSearch, data: items.map((r) => ({ value: r.id, label: `${r.name} (${r.kind}${r.roleName ? `, ${r.roleName}` : ''})` })) };
}

function ReplaceForm({ projectId, taskId, assignment, onDone }: { projectId: string; taskId: string; assignment: Assignment; onDone: () => void }) {
  const replace = useReplaceAssignment(projectId, taskId);
  const people = usePoolOptions('person');
  const [personId, setPersonId] = useState<string | null>(null);
  return (
    <Stack gap="xs" p="sm" bg="gray.0" aria-label={`Replace ${assignment.resourceName}`} role="group">
      <ProblemAlert error={replace.error} title="The role was not replaced" />
      <Select label={`Person to take the place of ${assignment.resourceName}`} searchable data={people.data} searchValue={people.search} onSearchChange={people.setSearch} value={personId} onChange={setPersonId} nothingFoundMessage="No person matches" />
      <Group justify="flex-end">
        <Button variant="default" size="xs" onClick={onDone}>Cancel</Button>
        <Button size="xs" disabled={!personId} loading={replace.isPending} onClick={() => personId && replace.mutate({ id: assignment.id, version: assignment.version, resourceId: personId }, { onSuccess: onDone })}>Replace</Button>
      </Group>
    </Stack>
  );
}

function AssignmentForm({ projectId, taskId, currency, record, onDone }: { projectId: string; taskId: string; currency: string; record: Assignment | undefined; onDone: () => void }) {
  const queryClient = useQueryClient();
  const add = useAddAssignment(projectId, taskId);
  const update = useUpdateAssignment(projectId, taskId);
  const pool = usePoolOptions();
  const { form, mutation, submit, reload } = useVersionedForm({
    record,
    values: assignmentValues,
    validate: (v) => validateAssignment(v),
    create: add,
    update,
    toCreate: (v) => toAssignmentCreate(v, currency),
    toPatch: (v, r) => toAssignmentPatch(v, r, currency),
    fieldOf: assignmentFieldOf,
    onClose: onDone,
    onReload: async (id) => (await queryClient.fetchQuery(assignmentQueries.project(projectId))).items.find((a) => a.id === id),
  });
  const kind = form.values.kind;
  return (
    <form onSubmit={submit} noValidate aria-label={record ? `Change ${record.resourceName}` : 'Assign a resource'}>
      <Stack gap="xs" p="sm" bg="gray.0">
        <ProblemAlert error={mutation.error} title="The assignment was not saved" onReload={() => void reload()} />
        {record ? (
          <Text size="sm" fw={600}>{record.resourceName}</Text>
        ) : (
          <Select
            label="Resource"
            placeholder="Search the pool by name"
            searchable
            data={pool.data}
            searchValue={pool.search}
            onSearchChange={pool.setSearch}
            nothingFoundMessage="No resource matches"
            {...form.getInputProps('resourceId')}
            onChange={(id) => {
              form.setFieldValue('resourceId', id ?? '');
              form.setFieldValue('kind', pool.items.find((r) => r.id === id)?.kind ?? null);
            }}
          />
        )}
        {kind && isWorkResource(kind) ? (
          <>
            <SegmentedControl size="xs" data={[{ value: 'units', label: 'By units' }, { value: 'work', label: 'By work' }]} {...form.getInputProps('by')} />
            <SimpleGrid cols={2}>
              {form.values.by === 'units' ? <TextInput label="Units (%)" description="100 = full time; the work follows." inputMode="decimal" {...form.getInputProps('units')} /> : <TextInput label="Work (hours)" description="The units follow from the task's working time." inputMode="decimal" {...form.getInputProps('workHours')} />}
              <Select label="Contour" allowDeselect={false} data={Object.entries(CONTOUR_LABELS).map(([value, label]) => ({ value, label }))} {...form.getInputProps('contour')} onChange={(c) => c && form.setFieldValue('contour', c as Contour)} />
              <TextInput label="Of which overtime (hours)" description="Priced at the resource's overtime rate." inputMode="decimal" placeholder="0" {...form.getInputProps('overtimeHours')} />
            </SimpleGrid>
          </>
        ) : null}
        {kind === 'material' ? <TextInput label="Quantity" inputMode="decimal" {...form.getInputProps('quantity')} /> : null}
        {kind === 'cost' ? <TextInput label={`Amount (${currency})`} inputMode="decimal" {...form.getInputProps('amount')} /> : null}
        <Group justify="flex-end">
          <Button variant="default" size="xs" onClick={onDone} disabled={mutation.isPending}>Cancel</Button>
          <Button type="submit" size="xs" loading={mutation.isPending}>{record ? 'Save' : 'Assign'}</Button>
        </Group>
      </Stack>
    </form>
  );
}
