// A project's active stakeholders on the power–interest grid (power up, interest right), each cell
// listing the largest engagement gaps first; a name opens the stakeholder's form. Below it, how many
// stand at each engagement level now and are wanted there (the PMBOK assessment matrix in counts).
import { Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useStakeholderGrid, type Quadrant, type Stakeholder } from '../../api/stakeholders.ts';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { ENGAGEMENT_LABELS, QUADRANT_META } from './stakeholder-labels.ts';
import { gapText } from './stakeholder-view.ts';

interface PowerInterestGridProps {
  projectId: string;
  onOpen: (stakeholder: Stakeholder) => void;
}

export function PowerInterestGrid({ projectId, onOpen }: PowerInterestGridProps) {
  const grid = useStakeholderGrid(projectId);
  if (grid.isPending) return <Pending label="Loading the grid" />;
  if (grid.error) return <ProblemAlert error={grid.error} title="The stakeholder grid could not be shown" />;
  const { total, belowDesired, quadrants, engagement } = grid.data;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {total} active stakeholders; {belowDesired} below their desired engagement. Power ↑, interest →; high from {grid.data.highFrom}.
      </Text>
      <SimpleGrid cols={2} role="group" aria-label="Power–interest grid">
        {(Object.keys(QUADRANT_META) as Quadrant[]).map((key) => {
          const meta = QUADRANT_META[key];
          const cell = quadrants.find((c) => c.quadrant === key);
          return (
            <Card key={key} withBorder radius="md" padding="md" role="region" aria-label={meta.label} mih={120}>
              <Group justify="space-between" mb={4}>
                <Title order={3} size="h5">{meta.label}</Title>
                <Badge variant="light" color={meta.color} size="sm">{cell?.count ?? 0}</Badge>
              </Group>
              <Text size="xs" c="dimmed" mb="xs">{meta.hint}</Text>
              <Stack gap={2}>
                {(cell?.stakeholders ?? []).map((s) => (
                  <UnstyledButton key={s.id} fz="sm" onClick={() => onOpen(s)} data-stakeholder={s.code}>
                    {s.title}
                    {s.engagementGap > 0 ? <Text span fz="xs" c="orange.8" title={gapText(s.engagementGap)}> +{s.engagementGap}</Text> : null}
                  </UnstyledButton>
                ))}
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
      <Table aria-label="Engagement levels" withTableBorder fz="sm" w="auto">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Engagement</Table.Th>
            {engagement.map((e) => <Table.Th key={e.level} ta="right">{ENGAGEMENT_LABELS[e.level]}</Table.Th>)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row">Now</Table.Th>
            {engagement.map((e) => <Table.Td key={e.level} ta="right">{e.current}</Table.Td>)}
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Wanted</Table.Th>
            {engagement.map((e) => <Table.Td key={e.level} ta="right">{e.desired}</Table.Td>)}
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
