// A read-only preview of the template being edited, from its current JSON text: the WBS as an
// indented outline with durations and predecessors, and each document's Markdown as written
// (placeholders are filled in when a project is created from the template).
import { Badge, Card, Code, Stack, Table, Text, Title } from '@mantine/core';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { documentsPreview, wbsPreview } from './template-preview-rows.ts';

export function TemplatePreview({ body }: { body: Record<string, unknown> | null }) {
  if (body === null) return <Text size="sm" c="dimmed">The preview returns once the text is valid JSON.</Text>;
  const rows = wbsPreview(body);
  const documents = documentsPreview(body);
  return (
    <Stack gap="md">
      <Card withBorder radius="md" padding={0} component="section" aria-label="WBS preview">
        <Title order={2} size="h5" p="md" pb="xs">Work breakdown ({rows.length} rows)</Title>
        <Table.ScrollContainer minWidth={700}>
          <Table aria-label="WBS" verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr><Table.Th w={80}>Ref</Table.Th><Table.Th>Name</Table.Th><Table.Th w={110}>Duration</Table.Th><Table.Th>Predecessors</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, i) => (
                <Table.Tr key={`${row.ref}:${i}`} data-ref={row.ref}>
                  <Table.Td ff="monospace">{row.ref}</Table.Td>
                  <Table.Td style={{ paddingLeft: `calc(var(--mantine-spacing-sm) + ${row.indent * 1.25}rem)` }} fw={row.summary ? 600 : undefined}>{row.name}</Table.Td>
                  <Table.Td>{row.duration === 'Milestone' ? <Badge style={BADGE_STYLE} size="sm" variant="light" color="grape">Milestone</Badge> : row.duration}</Table.Td>
                  <Table.Td ff="monospace">{row.predecessors}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      <Card withBorder radius="md" padding="md" component="section" aria-label="Documents preview">
        <Title order={2} size="h5" mb="xs">Documents ({documents.length})</Title>
        <Stack gap="sm">
          {documents.map((d, i) => (
            <Stack key={i} gap={4}>
              <Text size="sm" fw={500}>{d.title} <Text span size="xs" c="dimmed" ff="monospace">meets {d.requirementKey}</Text></Text>
              <Code block style={{ whiteSpace: 'pre-wrap', maxHeight: 320, overflow: 'auto' }}>{d.body}</Code>
            </Stack>
          ))}
          {documents.length === 0 ? <Text size="sm" c="dimmed">No documents.</Text> : null}
        </Stack>
      </Card>
    </Stack>
  );
}
