// The PMO charter: its mandate, the portfolios it oversees, its operating model, the services it
// offers with their service levels, and how the project running its own roadmap stands. The PMO
// edits it; everyone reads it.
import { useState } from 'react';
import { Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { usePmoCharter, useSavePmoCharter } from '../../api/pmo-charter.ts';
import type { PmoCharter } from '../../api/types.ts';
import { canEditRegister } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { formatDate } from '../../ui/dates.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink } from '../../ui/router-links.tsx';
import { CharterForm, SERVICE_KIND_LABELS } from './charter-form.tsx';

export function PmoCharterPage() {
  const user = useCurrentUser();
  const charter = usePmoCharter();
  const save = useSavePmoCharter();
  const [editing, setEditing] = useState(false);
  if (charter.isPending) return <Pending label="Loading the PMO charter" />;
  if (charter.error) return <ProblemAlert error={charter.error} title="The PMO charter could not be shown" />;
  const c = charter.data;
  return (
    <Stack gap="md">
      <PageHeader
        title="PMO charter"
        subtitle="The PMO's mandate, scope, operating model and the services it offers."
        actions={canEditRegister(user) ? <Button onClick={() => { save.reset(); setEditing(true); }}>Edit charter</Button> : null}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder radius="md">
          <Text fw={600}>Mandate</Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="pmo-mandate">{c.mandate || 'The PMO has not written its mandate yet.'}</Text>
          <Group gap="xs" mt="sm"><Text size="sm" c="dimmed">Operating model:</Text><Badge variant="light">{c.operatingModel}</Badge></Group>
          <Group gap="xs" mt="xs"><Text size="sm" c="dimmed">Scope:</Text>{c.portfolios.length === 0 ? <Text size="sm">no portfolio named</Text> : c.portfolios.map((p) => <Badge key={p.id} variant="outline">{p.name}</Badge>)}</Group>
        </Card>
        <RoadmapCard roadmap={c.roadmap} />
      </SimpleGrid>
      <Card withBorder padding={0} radius="md">
        <Table aria-label="PMO services" verticalSpacing="xs">
          <Table.Thead><Table.Tr><Table.Th>Service</Table.Th><Table.Th>Kind</Table.Th><Table.Th>Service level</Table.Th><Table.Th>For</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {c.services.length === 0 ? <Table.Tr><Table.Td colSpan={4}><Text size="sm" c="dimmed">No services listed yet.</Text></Table.Td></Table.Tr> : c.services.map((s) => (
              <Table.Tr key={s.key}>
                <Table.Td><Text size="sm" fw={500}>{s.name}</Text>{s.description ? <Text size="xs" c="dimmed">{s.description}</Text> : null}</Table.Td>
                <Table.Td>{SERVICE_KIND_LABELS[s.kind]}</Table.Td>
                <Table.Td>{s.serviceLevel}</Table.Td>
                <Table.Td>{s.audience}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      <Modal opened={editing} onClose={() => setEditing(false)} title="Edit the PMO charter" size="xl">
        <ProblemAlert error={save.error} />
        <CharterForm charter={c} submitting={save.isPending} onCancel={() => setEditing(false)} onSubmit={async (body) => { await save.mutateAsync({ version: c.version, body }); setEditing(false); }} />
      </Modal>
    </Stack>
  );
}

function RoadmapCard({ roadmap }: { roadmap: PmoCharter['roadmap'] }) {
  return (
    <Card withBorder radius="md" aria-label="PMO roadmap">
      <Text fw={600}>The PMO's roadmap</Text>
      {roadmap === null ? <Text size="sm" c="dimmed">No roadmap project named. Run the PMO's own set-up and improvement plan as a project and name it on the charter, so its progress shows like any other.</Text> : (
        <Stack gap={4}>
          <AnchorLink to="/projects/$projectId" params={{ projectId: roadmap.projectId }}>{roadmap.code} · {roadmap.name}</AnchorLink>
          <Text size="sm">{roadmap.status}, {roadmap.phase} phase{roadmap.forecastFinish ? `; forecast finish ${formatDate(roadmap.forecastFinish.slice(0, 10))}` : roadmap.plannedFinish ? `; planned finish ${formatDate(roadmap.plannedFinish)}` : ''}</Text>
          <Text size="sm" data-testid="roadmap-actions">{roadmap.openActions} open actions ({roadmap.improvementActions} from maturity assessments), {roadmap.doneActions} done</Text>
        </Stack>
      )}
    </Card>
  );
}
