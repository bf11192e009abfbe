// The resource pool: everyone finds people, roles, equipment and material by kind, skill at a
// minimum proficiency, department and text (to staff a plan); a resource opens in a drawer with
// its skills, maximum units, calendar and leave, capacity and (for those who may read pay) rates.
// The PMO adds and edits resources here.
import { Badge, Button, Card, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { resourceQueries, useResourceFacets, useResources } from '../../api/resources.ts';
import type { Resource, ResourceKind, ResourceListQuery } from '../../api/types.ts';
import { canGovern } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { KIND_LABELS } from './resource-form-values.ts';
import { ResourceDrawer } from './resource-drawer.tsx';
import { ResourceModal, type ResourceTarget } from './resource-modal.tsx';

export function ResourcesPage() {
  const mayEdit = canGovern(useCurrentUser());
  const queryClient = useQueryClient();
  const facets = useResourceFacets();
  const [kind, setKind] = useState<ResourceKind | null>(null);
  const [skill, setSkill] = useState<string | null>(null);
  const [minProficiency, setMinProficiency] = useState<string | null>(null);
  const [department, setDepartment] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [search] = useDebouncedValue(q.trim(), 250);
  const [target, setTarget] = useState<ResourceTarget | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const query: ResourceListQuery = {
    limit: 200,
    ...(kind && { kind }),
    ...(skill && { skill, ...(minProficiency && { minProficiency: Number(minProficiency) }) }),
    ...(department && { department }),
    ...(search && { q: search }),
  };
  const list = useResources(query);
  const items = list.data?.items ?? [];
  const reload = async (id: string) => queryClient.fetchQuery({ ...resourceQueries.detail(id), staleTime: 0 });

  return (
    <Stack gap="md">
      <PageHeader
        title="Resources"
        subtitle="The people, roles, equipment and material projects are staffed from: who knows what, how much they can give, and when they are away."
        actions={mayEdit ? <Button onClick={() => setTarget({ mode: 'create' })}>Add resource</Button> : null}
      />
      <Group align="flex-end" gap="sm" role="search" aria-label="Filter resources">
        <TextInput label="Search" placeholder="Name, code, e-mail" value={q} onChange={(e) => setQ(e.currentTarget.value)} w={220} />
        <Select label="Kind" clearable w={150} value={kind} onChange={(v) => setKind(v as ResourceKind | null)} data={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))} />
        <Select label="Skill" clearable searchable w={200} value={skill} onChange={setSkill} data={facets.data?.skills ?? []} />
        <Select label="At least" clearable w={120} disabled={!skill} value={minProficiency} onChange={setMinProficiency} data={['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: `${v} / 5` }))} />
        <Select label="Department" clearable searchable w={200} value={department} onChange={setDepartment} data={facets.data?.departments ?? []} />
      </Group>
      <ProblemAlert error={list.error} />
      <Card withBorder padding={0} radius="md">
        {list.isPending ? (
          <Pending label="Loading resources" />
        ) : items.length === 0 ? (
          <Text p="md" size="sm" c="dimmed">No resource matches these filters.</Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table aria-label="Resources" fz="sm" striped highlightOnHover verticalSpacing={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Code</Table.Th>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Kind</Table.Th>
                  <Table.Th>Role</Table.Th>
                  <Table.Th>Department</Table.Th>
                  <Table.Th>Skills</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((r: Resource) => (
                  <Table.Tr key={r.id} data-resource={r.name} style={{ cursor: 'pointer' }} onClick={() => setOpenId(r.id)}>
                    <Table.Td ff="monospace">{r.code}</Table.Td>
                    <Table.Td><Button variant="subtle" size="compact-sm" px={0} onClick={() => setOpenId(r.id)}>{r.name}</Button></Table.Td>
                    <Table.Td>{KIND_LABELS[r.kind]}{r.kind === 'role' && r.headcount ? ` ×${r.headcount}` : ''}</Table.Td>
                    <Table.Td>{r.roleName ?? ''}</Table.Td>
                    <Table.Td>{[r.department, r.team].filter(Boolean).join(' / ')}</Table.Td>
                    <Table.Td><Group gap={4}>{r.skills.map((s) => <Badge key={s.skill} size="sm" variant="outline">{s.skill} {s.proficiency}</Badge>)}</Group></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <Text size="sm" c="dimmed">{items.length} resource{items.length === 1 ? '' : 's'}</Text>
      <ResourceDrawer id={openId} onClose={() => setOpenId(null)} onEdit={(r) => setTarget({ mode: 'edit', resource: r })} />
      <ResourceModal target={target} onClose={() => setTarget(null)} onReload={reload} />
    </Stack>
  );
}
