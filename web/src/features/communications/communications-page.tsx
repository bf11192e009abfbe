// A project's communication plan as it stands today: what is overdue or due first, every item with
// its audience and next due date. The team adds and changes items and records them done (which
// moves the next due date on); everyone else who sees the project reads it.
import { useState } from 'react';
import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useCommunicationPlan, type Communication } from '../../api/communications.ts';
import { useProject } from '../../api/projects.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { Project } from '../../api/types.ts';
import { formatDate } from '../../ui/dates.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { ButtonLink } from '../../ui/router-links.tsx';
import { useMayContribute } from '../raid/use-may-contribute.ts';
import { CommunicationModal, type CommunicationTarget } from './communication-modal.tsx';
import { CommunicationPlanTable } from './communication-plan-table.tsx';
import { RecordDoneModal } from './record-done-modal.tsx';
import { exportUrl } from '../../api/exports.ts';
import { ExportButtons } from '../../ui/export-buttons.tsx';

const route = getRouteApi('/_app/projects/$projectId/communications');

export function CommunicationsPage() {
  const { projectId } = route.useParams();
  const project = useProject(projectId);
  if (project.isPending) return <Pending label="Loading project" />;
  if (project.error) return <ProblemAlert error={project.error} title="This project could not be shown" />;
  return <CommunicationPlanView project={project.data} />;
}

function CommunicationPlanView({ project }: { project: Project }) {
  const plan = useCommunicationPlan(project.id);
  const mayEdit = useMayContribute(project.id);
  const queryClient = useQueryClient();
  const [target, setTarget] = useState<CommunicationTarget | null>(null);
  const [recording, setRecording] = useState<Communication | null>(null);
  const counts = plan.data?.counts;

  return (
    <Stack gap="md">
      <PageHeader
        title={<><Text span inherit c="dimmed" ff="monospace" mr="xs">{project.code}</Text>Communication plan</>}
        subtitle={`What goes out to the stakeholders of ${project.name}, to whom, how often, and when it is next due.`}
        actions={
          <>
            <ButtonLink to="/projects/$projectId" params={{ projectId: project.id }} variant="default">Project</ButtonLink>
            <ButtonLink to="/projects/$projectId/stakeholders" params={{ projectId: project.id }} variant="default">Stakeholders</ButtonLink>
            <ExportButtons href={(format) => exportUrl('/api/v1/communications/export', { projectId: project.id, format })} />
            {mayEdit ? <Button onClick={() => setTarget({ mode: 'create' })}>Add communication</Button> : null}
          </>
        }
      />
      {counts && plan.data ? (
        <Group gap="lg" role="status" aria-label="Plan summary">
          <Text size="sm" c={counts.overdue > 0 ? 'red.7' : undefined} fw={counts.overdue > 0 ? 600 : undefined}>{counts.overdue} overdue</Text>
          <Text size="sm" c={counts.due > 0 ? 'orange.8' : undefined}>{counts.due} due today</Text>
          <Text size="sm" c="dimmed">{counts.active} active, {counts.paused} paused · as of {formatDate(plan.data.asOf)}</Text>
        </Group>
      ) : null}
      <ProblemAlert error={plan.error} title="The communication plan could not be shown" />
      <Card withBorder padding={0} radius="md">
        {plan.isPending ? (
          <Pending label="Loading the plan" />
        ) : (
          <CommunicationPlanTable
            items={plan.data?.items ?? []}
            onOpen={(item) => setTarget({ mode: 'edit', id: item.id, title: `${item.code} · ${item.title}` })}
            onRecordDone={mayEdit ? setRecording : undefined}
          />
        )}
      </Card>
      <CommunicationModal projectId={project.id} target={target} mayEdit={mayEdit} onClose={() => setTarget(null)} />
      <RecordDoneModal
        item={recording}
        onClose={() => setRecording(null)}
        onReload={() => {
          setRecording(null);
          void queryClient.invalidateQueries({ queryKey: queryKeys.communications.plan(project.id) });
        }}
      />
    </Stack>
  );
}
