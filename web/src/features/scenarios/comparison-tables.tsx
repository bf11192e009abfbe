// The comparison of scenarios with the live portfolio: the headline figures side by side, which
// objectives each serves, and demand against capacity per role per quarter (hours), overloads red.
import { Card, Stack, Table, Text, Title } from '@mantine/core';
import type { ScenarioComparison } from '../../api/scenarios.ts';
import { demandRows, figureRows } from './scenario-view.ts';

const heading = (col: ScenarioComparison['columns'][number]) => (col.scenarioCode ? `${col.scenarioCode} ${col.label}` : col.label);

export function ComparisonTables({ comparison: c }: { comparison: ScenarioComparison }) {
  return (
    <Stack gap="md">
      <Card withBorder radius="md" padding="md" component="section" aria-label="Comparison">
        <Title order={2} size="h5" mb="xs">Side by side</Title>
        <Table striped aria-label="Scenario comparison">
          <Table.Thead><Table.Tr><Table.Th />{c.columns.map((col) => <Table.Th key={col.key} ta="right">{heading(col)}</Table.Th>)}</Table.Tr></Table.Thead>
          <Table.Tbody>
            {figureRows(c).map((row) => (
              <Table.Tr key={row.key} data-row={row.key}>
                <Table.Th scope="row" fw={500}>{row.label}</Table.Th>
                {row.cells.map((cell, i) => <Table.Td key={c.columns[i]!.key} ta="right" c={row.flagged?.[i] ? 'red.7' : undefined} fw={row.flagged?.[i] ? 700 : undefined}>{cell}</Table.Td>)}
              </Table.Tr>
            ))}
            {c.objectives.map((o) => (
              <Table.Tr key={o.id} data-objective={o.code}>
                <Table.Th scope="row" fw={400} c="dimmed">{o.code} {o.name}</Table.Th>
                {c.columns.map((col) => {
                  const served = col.coverage.find((x) => x.objectiveId === o.id)?.projects ?? [];
                  return <Table.Td key={col.key} ta="right" c={served.length ? undefined : 'orange.8'}>{served.length ? served.join(', ') : 'not served'}</Table.Td>;
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed" mt={4}>Value: {c.valueBasis} Cost: each project’s budget spread evenly from its start to its finish, scaled by its resize.</Text>
      </Card>
      <Card withBorder radius="md" padding="md" component="section" aria-label="Demand against capacity">
        <Title order={2} size="h5" mb="xs">Demand / capacity per role and quarter (hours)</Title>
        <Table striped aria-label="Demand per role and quarter">
          <Table.Thead>
            <Table.Tr><Table.Th rowSpan={2}>Role</Table.Th>{c.columns.map((col) => <Table.Th key={col.key} colSpan={c.quarters.length} ta="center">{heading(col)}</Table.Th>)}</Table.Tr>
            <Table.Tr>{c.columns.flatMap((col) => c.quarters.map((q) => <Table.Th key={`${col.key}-${q}`} ta="right">{q}</Table.Th>))}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {demandRows(c).map((row) => (
              <Table.Tr key={row.role} data-role={row.role}>
                <Table.Td>{row.role}</Table.Td>
                {row.cells.flatMap((cells, i) => cells.map((cell, q) => <Table.Td key={`${c.columns[i]!.key}-${q}`} ta="right" c={cell.over ? 'red.7' : undefined} fw={cell.over ? 700 : undefined} data-over={cell.over || undefined}>{cell.text}</Table.Td>))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
    </Stack>
  );
}
