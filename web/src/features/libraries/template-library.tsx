// The Templates tab of the PMO's libraries: every project template with where it comes from, its
// methodology, plan size, starting registers, documents and version, and the ways to change it:
// edit its JSON (with a preview of the WBS and documents), duplicate it, or start a blank one.
import { Card, Group, Stack, Table, Text } from '@mantine/core';
import { useTemplates } from '../../api/templates.ts';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { ButtonLink } from '../../ui/router-links.tsx';
import { registersSummary } from '../templates/template-view.ts';
import { OriginBadge } from './origin-badge.tsx';

export function TemplateLibrary() {
  const templates = useTemplates();
  if (templates.isPending) return <Pending label="Loading the templates" />;
  if (templates.error) return <ProblemAlert error={templates.error} />;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">Starting points for new projects: a plan, typical risks, assumptions and actions, and draft documents.</Text>
        <ButtonLink to="/settings/libraries/templates/new" search={{}}>New template</ButtonLink>
      </Group>
      <Card withBorder padding={0} radius="md">
        <Table.ScrollContainer minWidth={960}>
          <Table aria-label="Templates" verticalSpacing="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Template</Table.Th><Table.Th>Origin</Table.Th><Table.Th>Methodology</Table.Th><Table.Th>Plan</Table.Th>
                <Table.Th>Registers</Table.Th><Table.Th>Documents</Table.Th><Table.Th ta="right">Version</Table.Th><Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {templates.data.items.map((t) => (
                <Table.Tr key={t.key} data-template={t.key}>
                  <Table.Td>
                    <Text fz="sm" fw={500}>{t.name}</Text>
                    <Text fz="xs" c="dimmed" ff="monospace">{t.key}</Text>
                  </Table.Td>
                  <Table.Td><OriginBadge item={t} /></Table.Td>
                  <Table.Td fz="sm" ff="monospace">{t.methodologyKey}</Table.Td>
                  <Table.Td fz="sm">{t.counts.tasks} tasks, {t.counts.milestones} milestones</Table.Td>
                  <Table.Td fz="sm">{registersSummary(t.counts)}</Table.Td>
                  <Table.Td fz="sm">{t.counts.documents}</Table.Td>
                  <Table.Td fz="sm" ta="right">{t.version}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <ButtonLink size="compact-sm" variant="default" to="/settings/libraries/templates/$key/edit" params={{ key: t.key }} aria-label={`Edit ${t.name}`}>Edit</ButtonLink>
                      <ButtonLink size="compact-sm" variant="default" to="/settings/libraries/templates/new" search={{ from: t.key }} aria-label={`Duplicate ${t.name} as new`}>Duplicate as new</ButtonLink>
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
