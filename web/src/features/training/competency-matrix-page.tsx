// A role's holders × competencies (project managers first; program managers, sponsors, team members
// and PMO staff one click away): each person's level (from the PMO's assessment, else the best of
// courses, current certifications and self-assessment), red where below the role's required level.
import { useState } from 'react';
import { Card, SegmentedControl, Stack, Table, Text, Tooltip } from '@mantine/core';
import { TRAINING_ROLE_INFO, TRAINING_ROLES, type TrainingRole } from '../../../../src/core/training/training-roles.ts';
import { useCompetencyMatrix } from '../../api/training.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink } from '../../ui/router-links.tsx';
import { TrainingNav } from './training-nav.tsx';
import { cellView } from './training-view.ts';

export function CompetencyMatrixPage() {
  const [role, setRole] = useState<TrainingRole>('project_manager');
  const matrix = useCompetencyMatrix(role);
  const info = TRAINING_ROLE_INFO[role];
  return (
    <Stack gap="md">
      <PageHeader title="Competency matrix" subtitle={`${info.name} (${info.heldBy}) against the levels the role requires.`} />
      <TrainingNav />
      <SegmentedControl aria-label="Role" value={role} onChange={(v) => setRole(v as TrainingRole)} data={TRAINING_ROLES.map((r) => ({ value: r, label: TRAINING_ROLE_INFO[r].name }))} />
      <ProblemAlert error={matrix.error} />
      {matrix.isPending ? <Pending label="Loading the matrix" /> : matrix.data!.rows.length === 0 ? <Text c="dimmed">No one holds this role: {info.heldBy}.</Text> : (
        <Card withBorder padding={0} radius="md">
          <Table.ScrollContainer minWidth={720}>
            <Table aria-label="Competency matrix" verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Person</Table.Th>
                  {matrix.data!.competencies.map((c) => <Table.Th key={c.key}>{c.name}{c.required !== null ? <Text span c="dimmed" size="xs"> ≥{c.required}</Text> : null}</Table.Th>)}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {matrix.data!.rows.map((r) => (
                  <Table.Tr key={r.person.id}>
                    <Table.Td><AnchorLink to="/training/people/$userId" params={{ userId: r.person.id }}>{r.person.name}</AnchorLink></Table.Td>
                    {matrix.data!.competencies.map((c) => {
                      const cell = cellView(r.cells[c.key], c.required);
                      return <Table.Td key={c.key}><Tooltip label={cell.title}><Text span fw={600} c={cell.color}>{cell.text}</Text></Tooltip></Table.Td>;
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
    </Stack>
  );
}
