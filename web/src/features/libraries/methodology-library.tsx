// The Methodologies tab of the PMO's libraries: every methodology with where it comes from
// (built-in, built-in edited, your own), its lifecycle, phases and version, and the ways to change
// the library: edit one, duplicate one as a new methodology, or start a blank one.
import { Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useMethodologies } from '../../api/governance.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { ButtonLink } from '../../ui/router-links.tsx';
import { OriginBadge } from './origin-badge.tsx';

export function MethodologyLibrary() {
  const methodologies = useMethodologies();
  if (methodologies.isPending) return <Pending label="Loading the methodology library" />;
  if (methodologies.error) return <ProblemAlert error={methodologies.error} />;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">The lifecycles projects follow: phases, and the gates that end them.</Text>
        <ButtonLink to="/settings/libraries/methodologies/new" search={{}}>New methodology</ButtonLink>
      </Group>
      <Card withBorder padding={0} radius="md">
        <Table.ScrollContainer minWidth={860}>
          <Table aria-label="Methodologies" verticalSpacing="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Methodology</Table.Th>
                <Table.Th>Origin</Table.Th>
                <Table.Th>Lifecycle</Table.Th>
                <Table.Th>Phases</Table.Th>
                <Table.Th ta="right">Version</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {methodologies.data.map((m) => (
                <Table.Tr key={m.key} data-methodology={m.key}>
                  <Table.Td>
                    <Text fz="sm" fw={500}>{m.name}</Text>
                    <Text fz="xs" c="dimmed" ff="monospace">{m.key}</Text>
                  </Table.Td>
                  <Table.Td><OriginBadge item={m} /></Table.Td>
                  <Table.Td><Badge style={BADGE_STYLE} variant="light">{m.lifecycle}</Badge></Table.Td>
                  <Table.Td fz="sm">{m.phases.map((p) => p.name).join(' → ')}</Table.Td>
                  <Table.Td fz="sm" ta="right">{m.version}</Table.Td>
                  <Table.Td>
                    <MethodologyActions methodologyKey={m.key} name={m.name} />
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

/** "Edit" and "Duplicate as new" for one methodology (also offered by the methodology browser). */
export function MethodologyActions({ methodologyKey, name }: { methodologyKey: string; name: string }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <ButtonLink size="compact-sm" variant="default" to="/settings/libraries/methodologies/$key/edit" params={{ key: methodologyKey }} aria-label={`Edit ${name}`}>
        Edit
      </ButtonLink>
      <ButtonLink size="compact-sm" variant="default" to="/settings/libraries/methodologies/new" search={{ from: methodologyKey }} aria-label={`Duplicate ${name} as new`}>
        Duplicate as new
      </ButtonLink>
    </Group>
  );
}
