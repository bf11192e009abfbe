// The PMO support desk: "Ask the PMO" for everyone, and the queue — oldest first, with first-response
// and resolution times against the service levels and breaches in red; the PMO takes requests up,
// resolves them with a resolution, reopens and closes them.
import { useState } from 'react';
import { Badge, Button, Card, Chip, Group, Modal, Select, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useRaiseSupportRequest, useSupportQueue, useUpdateSupportRequest } from '../../api/support.ts';
import type { SupportQueueQuery, SupportRequest } from '../../api/types.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { formatInstant } from '../../ui/dates.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { CATEGORY_LABELS, STATUS_LABELS, targetText } from './support-view.ts';
import { optionsOf } from '../../ui/labels.ts';

const CATEGORY_OPTIONS = optionsOf(CATEGORY_LABELS);
const STATUS_OPTIONS = optionsOf(STATUS_LABELS);

export function SupportQueuePage() {
  const [status, setStatus] = useState<SupportQueueQuery['status'] | null>(null);
  const [breachedOnly, setBreachedOnly] = useState(false);
  const [asking, setAsking] = useState(false);
  const queue = useSupportQueue({ ...(status && { status }), ...(breachedOnly && { breached: 'true' as const }) });
  return (
    <Stack gap="md">
      <PageHeader title="PMO support" subtitle={queue.data ? `${queue.data.open} open, ${queue.data.breached} past a service level.` : undefined} actions={<Button onClick={() => setAsking(true)}>Ask the PMO</Button>} />
      <Group align="flex-end">
        <Select label="Status" placeholder="Any" clearable data={STATUS_OPTIONS} value={status ?? null} onChange={(v) => setStatus(v as SupportQueueQuery['status'] | null)} w={180} />
        <Chip checked={breachedOnly} onChange={setBreachedOnly} color="red">Past a service level</Chip>
      </Group>
      <ProblemAlert error={queue.error} />
      {queue.isPending ? <Pending label="Loading the queue" /> : queue.data!.items.length === 0 ? <Text c="dimmed">No request.</Text> : <QueueTable items={queue.data!.items} />}
      <Modal opened={asking} onClose={() => setAsking(false)} title="Ask the PMO">
        <AskForm onDone={() => setAsking(false)} />
      </Modal>
    </Stack>
  );
}

function QueueTable({ items }: { items: readonly SupportRequest[] }) {
  return (
    <Card withBorder padding={0} radius="md">
      <Table.ScrollContainer minWidth={960}>
        <Table aria-label="Support requests" striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr><Table.Th>Request</Table.Th><Table.Th>Category</Table.Th><Table.Th>Status</Table.Th><Table.Th>Raised</Table.Th><Table.Th>First response</Table.Th><Table.Th>Resolution</Table.Th><Table.Th>Assignee</Table.Th><Table.Th /></Table.Tr>
          </Table.Thead>
          <Table.Tbody>{items.map((r) => <QueueRow key={r.id} request={r} />)}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function QueueRow({ request: r }: { request: SupportRequest }) {
  const user = useCurrentUser();
  const update = useUpdateSupportRequest();
  const [resolving, setResolving] = useState(false);
  const [resolution, setResolution] = useState('');
  const first = targetText(r.firstResponse);
  const done = targetText(r.resolutionTime);
  const move = (patch: Parameters<typeof update.mutate>[0]['patch']) => update.mutate({ id: r.id, version: r.version, patch });
  return (
    <Table.Tr data-request={r.code}>
      <Table.Td>
        <Text size="sm"><Text span c="dimmed" ff="monospace" mr="xs">{r.code}</Text>{r.title}</Text>
        <Text size="xs" c="dimmed">{r.requester?.name ?? '—'}{r.resolution ? ` · ${r.resolution}` : ''}</Text>
        {update.error ? <ProblemAlert error={update.error} /> : null}
      </Table.Td>
      <Table.Td>{CATEGORY_LABELS[r.category]}</Table.Td>
      <Table.Td><Badge variant="light" style={BADGE_STYLE} color={r.breached && (r.status === 'new' || r.status === 'in_progress') ? 'red' : 'blue'}>{STATUS_LABELS[r.status]}</Badge></Table.Td>
      <Table.Td><Text size="sm">{formatInstant(r.raisedAt)}</Text></Table.Td>
      <Table.Td><Text size="sm" c={first.color}>{first.text}</Text></Table.Td>
      <Table.Td><Text size="sm" c={done.color}>{done.text}</Text></Table.Td>
      <Table.Td>{r.assignee?.name ?? '—'}</Table.Td>
      <Table.Td>
        {r.canManage ? (
          <Group gap={4} wrap="nowrap">
            {r.status === 'new' ? <Button size="xs" loading={update.isPending} onClick={() => move({ status: 'in_progress', ...(r.assignee ? {} : { assigneeId: user.id }) })}>Take up</Button> : null}
            {r.status === 'new' || r.status === 'in_progress' ? <Button size="xs" variant="default" onClick={() => setResolving(true)}>Resolve</Button> : null}
            {r.status === 'resolved' ? <Button size="xs" variant="default" loading={update.isPending} onClick={() => move({ status: 'closed' })}>Close</Button> : null}
            {r.status === 'resolved' ? <Button size="xs" variant="subtle" loading={update.isPending} onClick={() => move({ status: 'in_progress' })}>Reopen</Button> : null}
          </Group>
        ) : null}
        <Modal opened={resolving} onClose={() => setResolving(false)} title={`Resolve ${r.code}`}>
          <Stack gap="sm">
            <Textarea label="Resolution" description="What the PMO did; the requester sees it." autosize minRows={3} value={resolution} onChange={(e) => setResolution(e.currentTarget.value)} />
            <Group justify="flex-end">
              <Button disabled={!resolution.trim()} loading={update.isPending} onClick={() => { move({ status: 'resolved', resolution }); setResolving(false); }}>Resolve</Button>
            </Group>
          </Stack>
        </Modal>
      </Table.Td>
    </Table.Tr>
  );
}

function AskForm({ onDone }: { onDone: () => void }) {
  const raise = useRaiseSupportRequest();
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState<SupportRequest['category']>('tool_help');
  const [description, setDescription] = useState('');
  return (
    <Stack gap="sm">
      <ProblemAlert error={raise.error} />
      <TextInput label="What do you need?" required value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
      <Select label="Category" data={CATEGORY_OPTIONS} value={category} allowDeselect={false} onChange={(v) => v && setCategory(v as SupportRequest['category'])} />
      <Textarea label="Details" autosize minRows={3} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>Cancel</Button>
        <Button disabled={!title.trim()} loading={raise.isPending} onClick={() => void raise.mutateAsync({ title, category, description }).then(onDone).catch(() => undefined)}>Send</Button>
      </Group>
    </Stack>
  );
}
