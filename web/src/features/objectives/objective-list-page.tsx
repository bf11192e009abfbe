// Strategic objectives: the goals projects are linked to. The PMO adds new ones here.
import { Badge, Button, Card, Modal, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useObjectives } from '../../api/objectives.ts';
import { usePeople } from '../../api/people.ts';
import { canEditRegister } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { ArchivedBadge, BADGE_STYLE } from '../../ui/badges.tsx';
import { formatDate } from '../../ui/dates.ts';
import { OBJECTIVE_STATUS_LABELS } from '../../ui/labels.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { ObjectiveForm } from './objective-form.tsx';

export function ObjectiveListPage() {
  const user = useCurrentUser();
  const objectives = useObjectives();
  const people = usePeople();
  const [creating, { open, close }] = useDisclosure(false);

  return (
    <Stack gap={0}>
      <PageHeader
        title="Objectives"
        subtitle="The organisation’s strategic objectives, which projects contribute to."
        actions={canEditRegister(user) ? <Button onClick={open}>New objective</Button> : null}
      />
      <ProblemAlert error={objectives.error} />
      <Card withBorder padding={0} radius="md">
        {objectives.isPending ? (
          <Pending label="Loading objectives" />
        ) : (
          <Table striped aria-label="Objectives">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Code</Table.Th>
                <Table.Th>Name</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Owner</Table.Th>
                <Table.Th>Target date</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(objectives.data ?? []).map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td ff="monospace" fz="sm">{o.code}</Table.Td>
                  <Table.Td fz="sm">
                    {o.name} {o.archivedAt ? <ArchivedBadge /> : null}
                    {o.description ? <Text size="xs" c="dimmed" lineClamp={1}>{o.description}</Text> : null}
                  </Table.Td>
                  <Table.Td>
                    <Badge style={BADGE_STYLE} variant="light" color={o.status === 'active' ? 'teal' : o.status === 'achieved' ? 'blue' : 'gray'}>
                      {OBJECTIVE_STATUS_LABELS[o.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td fz="sm">{o.ownerId ? people.byId.get(o.ownerId)?.name ?? '—' : '—'}</Table.Td>
                  <Table.Td fz="sm">{formatDate(o.targetDate)}</Table.Td>
                </Table.Tr>
              ))}
              {objectives.data?.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    <Text c="dimmed" ta="center" py="md">No objectives yet.</Text>
                  </Table.Td>
                </Table.Tr>
              ) : null}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      <Modal opened={creating} onClose={close} title="New objective" size="lg">
        <ObjectiveForm onDone={close} />
      </Modal>
    </Stack>
  );
}
