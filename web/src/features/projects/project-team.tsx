// A project's team: its manager and sponsor (from the project's fields) and its named members.
import { Badge, Card, Table, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ProjectMember } from '../../api/types.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';

const ROLE_LABELS: Record<ProjectMember['role'], string> = { manager: 'Manager', contributor: 'Contributor', viewer: 'Viewer' };
const SOURCE_NOTES: Record<ProjectMember['source'], string> = { manager: 'project manager', sponsor: 'sponsor', member: '' };

export function ProjectTeam({ members }: { members: UseQueryResult<{ items: ProjectMember[] }> }) {
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} size="h4" mb="sm">
        Team
      </Title>
      {members.isPending ? <Pending label="Loading team" /> : null}
      <ProblemAlert error={members.error} />
      {members.data ? (
        members.data.items.length === 0 ? (
          <Text size="sm" c="dimmed">Nobody is on this project yet.</Text>
        ) : (
          <Table aria-label="Team members" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Role</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.data.items.map((m) => (
                <Table.Tr key={`${m.userId}-${m.source}`}>
                  <Table.Td fz="sm">
                    <div>{m.name}</div>
                    <Text size="xs" c="dimmed">{m.email}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge style={BADGE_STYLE} variant="light" color={m.role === 'manager' ? 'indigo' : 'gray'}>{ROLE_LABELS[m.role]}</Badge>
                    {SOURCE_NOTES[m.source] ? <Text size="xs" c="dimmed">{SOURCE_NOTES[m.source]}</Text> : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )
      ) : null}
    </Card>
  );
}
