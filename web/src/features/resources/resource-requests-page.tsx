// The PMO's queue of requests for people: each open request says which project, task and role it
// is for, the skill and units asked for and when; the PMO fills it by naming a person from the pool
// (who takes the role's place on the assignment) or declines it saying why. Filled and declined
// requests stay readable under their own tab.
import { Badge, Button, Card, Group, SegmentedControl, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useDeclineRequest, useFillRequest, useResourceRequests } from '../../api/assignments.ts';
import { useResources } from '../../api/resources.ts';
import type { ResourceRequest } from '../../api/types.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';

type Status = ResourceRequest['status'];

export function ResourceRequestsPage() {
  const [status, setStatus] = useState<Status>('open');
  const requests = useResourceRequests(status);
  return (
    <Stack>
      <PageHeader title="Resource requests" subtitle="Project managers ask for a person to take a generic role’s place; fill each with someone from the pool, or decline it saying why." />
      <SegmentedControl w={320} value={status} onChange={(v) => setStatus(v as Status)} data={[{ value: 'open', label: 'Open' }, { value: 'filled', label: 'Filled' }, { value: 'declined', label: 'Declined' }]} />
      {requests.error ? <ProblemAlert error={requests.error} title="The requests could not be read" /> : null}
      {requests.isPending ? <Pending label="Loading requests" /> : null}
      {requests.data?.items.length === 0 ? <Text c="dimmed" size="sm">No {status} requests.</Text> : null}
      {requests.data?.items.map((r) => <RequestCard key={`${r.id}:${r.version}`} request={r} />)}
    </Stack>
  );
}

function RequestCard({ request: r }: { request: ResourceRequest }) {
  const fill = useFillRequest();
  const decline = useDeclineRequest();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const people = useResources({ limit: 200, kind: 'person', ...(r.skill && { skill: r.skill, ...(r.minProficiency && { minProficiency: r.minProficiency }) }), ...(q && { q }) });
  const [personId, setPersonId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  return (
    <Card withBorder radius="md" padding="md" aria-label={`Request for ${r.roleName} on ${r.taskName}`} data-request={r.roleName}>
      <Group justify="space-between" mb="xs">
        <Text fw={600}>
          {r.projectCode} {r.projectName} · {r.taskName}
        </Text>
        <Badge color={r.status === 'open' ? 'orange' : r.status === 'filled' ? 'green' : 'gray'}>{r.status}</Badge>
      </Group>
      <Table fz="sm" withRowBorders={false} verticalSpacing={2}>
        <Table.Tbody>
          <Table.Tr><Table.Td w={140} c="dimmed">Role</Table.Td><Table.Td>{r.roleName}</Table.Td></Table.Tr>
          {r.skill ? <Table.Tr><Table.Td c="dimmed">Skill</Table.Td><Table.Td>{r.skill}{r.minProficiency ? ` at ${r.minProficiency}/5 or better` : ''}</Table.Td></Table.Tr> : null}
          <Table.Tr><Table.Td c="dimmed">Units, period</Table.Td><Table.Td>{r.units} %, {r.from} – {r.to}</Table.Td></Table.Tr>
          <Table.Tr><Table.Td c="dimmed">Asked by</Table.Td><Table.Td>{r.requestedBy?.name ?? '—'}{r.note ? `: ${r.note}` : ''}</Table.Td></Table.Tr>
          {r.filledBy ? <Table.Tr><Table.Td c="dimmed">Filled by</Table.Td><Table.Td>{r.filledBy.name}</Table.Td></Table.Tr> : null}
          {r.declineReason ? <Table.Tr><Table.Td c="dimmed">Declined</Table.Td><Table.Td>{r.declineReason}</Table.Td></Table.Tr> : null}
        </Table.Tbody>
      </Table>
      {r.status === 'open' ? (
        <Stack gap="xs" mt="sm">
          <ProblemAlert error={fill.error ?? decline.error} title="The request was not answered" />
          <Group align="flex-end">
            <Select label={r.skill ? `A person with ${r.skill}` : 'A person'} searchable w={320} data={(people.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name}${p.roleName ? ` (${p.roleName})` : ''}` }))} searchValue={search} onSearchChange={setSearch} value={personId} onChange={setPersonId} nothingFoundMessage="Nobody in the pool matches" />
            <Button disabled={!personId} loading={fill.isPending} onClick={() => personId && fill.mutate({ id: r.id, version: r.version, resourceId: personId })}>Fill</Button>
          </Group>
          <Group align="flex-end">
            <TextInput label="Or decline, saying why" w={320} value={reason} onChange={(e) => setReason(e.currentTarget.value)} placeholder="e.g. Nobody free before June" />
            <Button variant="default" color="red" disabled={!reason.trim()} loading={decline.isPending} onClick={() => decline.mutate({ id: r.id, version: r.version, reason: reason.trim() })}>Decline</Button>
          </Group>
        </Stack>
      ) : null}
    </Card>
  );
}
