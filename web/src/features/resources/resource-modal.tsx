// The dialog that adds a resource to the pool or changes one: its kind (fixed once it exists),
// name, what its kind carries (account, role and e-mail of a person, unit of material, headcount
// of a role), department, team, manager, skills with proficiency and dated maximum units. Editing
// sends If-Match with the version the dialog opened with; a 409 offers a reload.
import { ActionIcon, Button, Group, Modal, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { usePeople } from '../../api/people.ts';
import { useCreateResource, useResources, useUpdateResource } from '../../api/resources.ts';
import type { Resource, ResourceKind } from '../../api/types.ts';
import { useVersionedForm } from '../../ui/use-versioned-form.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { hasCapacity, KIND_LABELS, PROFICIENCY_OPTIONS, resourceFieldOf, resourceFormValues, toResourceCreate, toResourcePatch, validateResource } from './resource-form-values.ts';

export type ResourceTarget = { mode: 'create' } | { mode: 'edit'; resource: Resource };

interface ResourceModalProps {
  target: ResourceTarget | null;
  onClose: () => void;
  onReload: (id: string) => Promise<Resource | undefined>;
}

export function ResourceModal({ target, onClose, onReload }: ResourceModalProps) {
  const title = !target ? '' : target.mode === 'create' ? 'Add a resource' : `${target.resource.code} · ${target.resource.name}`;
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size="lg">
      {target ? <ResourceEditor key={target.mode === 'edit' ? target.resource.id : 'new'} target={target} onClose={onClose} onReload={onReload} /> : null}
    </Modal>
  );
}

function ResourceEditor({ target, onClose, onReload }: ResourceModalProps & { target: ResourceTarget }) {
  const people = usePeople();
  const roles = useResources({ kind: 'role', limit: 200 });
  const create = useCreateResource();
  const update = useUpdateResource();
  const { form, record, mutation, submit, reload } = useVersionedForm({
    record: target.mode === 'edit' ? target.resource : undefined,
    values: resourceFormValues,
    validate: validateResource,
    create,
    update,
    toCreate: toResourceCreate,
    toPatch: toResourcePatch,
    fieldOf: resourceFieldOf,
    onClose,
    onReload,
  });
  const kind = form.values.kind;
  const personOptions = (people.data ?? []).map((p) => ({ value: p.id, label: p.name }));
  const roleOptions = (roles.data?.items ?? []).map((r) => ({ value: r.id, label: r.name }));

  return (
    <form onSubmit={submit} noValidate aria-label={record ? 'Edit resource' : 'New resource'}>
      <Stack>
        <ProblemAlert error={mutation.error} title={record ? 'The resource was not saved' : 'The resource was not added'} onReload={() => void reload()} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label="Kind" required allowDeselect={false} disabled={record !== undefined} data={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))} {...form.getInputProps('kind')} onChange={(v) => form.setFieldValue('kind', (v ?? 'person') as ResourceKind)} />
          <TextInput label="Name" required={!(kind === 'person' && form.values.userId)} description={kind === 'person' ? 'Empty for a person with an account: the account’s name.' : undefined} {...form.getInputProps('name')} />
        </SimpleGrid>
        {kind === 'person' ? (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select label="Account" description="Links timesheets and person rates." clearable searchable data={personOptions} {...form.getInputProps('userId')} />
            <Select label="Role" clearable searchable data={roleOptions} {...form.getInputProps('roleId')} />
            <TextInput label="E-mail" type="email" disabled={form.values.userId !== null} description={form.values.userId ? 'The account’s.' : undefined} {...form.getInputProps('email')} />
          </SimpleGrid>
        ) : null}
        {kind === 'material' ? <TextInput label="Unit" required placeholder="t, m³, pcs" w={160} {...form.getInputProps('unit')} /> : null}
        {kind === 'role' ? <TextInput label="Headcount" inputMode="numeric" description="People of this role: its capacity is headcount × 100 %." w={220} {...form.getInputProps('headcount')} /> : null}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="Department" {...form.getInputProps('department')} />
          <TextInput label="Team" {...form.getInputProps('team')} />
          <Select label="Manager" clearable searchable data={personOptions} {...form.getInputProps('managerId')} />
        </SimpleGrid>

        <Stack gap={6} role="group" aria-label="Skills">
          <Group justify="space-between">
            <Text fw={500} size="sm">Skills</Text>
            <Button size="compact-xs" variant="light" onClick={() => form.insertListItem('skills', { skill: '', proficiency: '3' })}>Add a skill</Button>
          </Group>
          {form.values.skills.map((_, i) => (
            <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput aria-label={`Skill ${i + 1}`} placeholder="e.g. SQL" style={{ flex: 1 }} {...form.getInputProps(`skills.${i}.skill`)} />
              <Select aria-label={`Proficiency of skill ${i + 1}`} allowDeselect={false} data={PROFICIENCY_OPTIONS} w={170} {...form.getInputProps(`skills.${i}.proficiency`)} />
              <ActionIcon variant="subtle" color="red" mt={4} aria-label={`Remove skill ${i + 1}`} onClick={() => form.removeListItem('skills', i)}>×</ActionIcon>
            </Group>
          ))}
        </Stack>

        {hasCapacity(kind) ? (
          <Stack gap={6} role="group" aria-label="Maximum units">
            <Group justify="space-between">
              <Text fw={500} size="sm">Maximum units over time</Text>
              <Button size="compact-xs" variant="light" onClick={() => form.insertListItem('maxUnits', { from: '', units: '100' })}>Add a change</Button>
            </Group>
            <Text size="xs" c="dimmed">100 % is one full-time person or one machine; before the first row: {kind === 'role' ? 'headcount × 100 %' : '100 %'}.</Text>
            {form.values.maxUnits.map((_, i) => (
              <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
                <TextInput type="date" aria-label={`From (row ${i + 1})`} {...form.getInputProps(`maxUnits.${i}.from`)} />
                <TextInput aria-label={`Percent (row ${i + 1})`} inputMode="numeric" rightSection="%" w={110} {...form.getInputProps(`maxUnits.${i}.units`)} />
                <ActionIcon variant="subtle" color="red" mt={4} aria-label={`Remove row ${i + 1}`} onClick={() => form.removeListItem('maxUnits', i)}>×</ActionIcon>
              </Group>
            ))}
          </Stack>
        ) : null}
        <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={mutation.isPending}>Cancel</Button>
          <Button type="submit" loading={mutation.isPending}>{record ? 'Save changes' : 'Add resource'}</Button>
        </Group>
      </Stack>
    </form>
  );
}
