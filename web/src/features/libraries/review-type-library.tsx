// The Review types tab of the PMO's libraries: every quality review type (health check, schedule
// quality, audit … and the PMO's own) with where it comes from, its questions and version, and the
// ways to change it: edit its JSON, duplicate it as a new one, or start a blank one.
import { Card, Group, Stack, Table, Text } from '@mantine/core';
import { useReviewTypes } from '../../api/quality.ts';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { ButtonLink } from '../../ui/router-links.tsx';
import { OriginBadge } from './origin-badge.tsx';

export function ReviewTypeLibrary() {
  const types = useReviewTypes();
  if (types.isPending) return <Pending label="Loading the review types" />;
  if (types.error) return <ProblemAlert error={types.error} />;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">The checklists quality reviews answer, question by question, grouped by area.</Text>
        <ButtonLink to="/settings/libraries/review-types/new" search={{}}>New review type</ButtonLink>
      </Group>
      <Card withBorder padding={0} radius="md">
        <Table.ScrollContainer minWidth={800}>
          <Table aria-label="Review types" verticalSpacing="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Review type</Table.Th><Table.Th>Origin</Table.Th><Table.Th>Questions</Table.Th><Table.Th ta="right">Version</Table.Th><Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {types.data.items.map((t) => (
                <Table.Tr key={t.key} data-review-type={t.key}>
                  <Table.Td>
                    <Text fz="sm" fw={500}>{t.name}</Text>
                    <Text fz="xs" c="dimmed" ff="monospace">{t.key}</Text>
                  </Table.Td>
                  <Table.Td><OriginBadge item={t} /></Table.Td>
                  <Table.Td fz="sm">{t.questions.length} in {new Set(t.questions.map((q) => q.area)).size} areas</Table.Td>
                  <Table.Td fz="sm" ta="right">{t.version}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <ButtonLink size="compact-sm" variant="default" to="/settings/libraries/review-types/$key/edit" params={{ key: t.key }} aria-label={`Edit ${t.name}`}>Edit</ButtonLink>
                      <ButtonLink size="compact-sm" variant="default" to="/settings/libraries/review-types/new" search={{ from: t.key }} aria-label={`Duplicate ${t.name} as new`}>Duplicate as new</ButtonLink>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
    </Stack>
  );
}
