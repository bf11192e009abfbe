// A project's change requests (Changes tab): the log with status, cost impact, requester and the
// board's decision, and "New change request", which raises a draft and opens its page to propose
// schedule edits and see their impact. The log exports as a spreadsheet.
import { useState } from 'react';
import { Button, Card, Modal, Stack, Text } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useCreateChangeRequest, useProjectChangeRequests } from '../../api/change-requests.ts';
import { exportUrl } from '../../api/exports.ts';
import { useProject } from '../../api/projects.ts';
import type { Project } from '../../api/types.ts';
import { ExportButtons } from '../../ui/export-buttons.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { ButtonLink } from '../../ui/router-links.tsx';
import { ChangeDetailsForm } from './change-details-form.tsx';
import { changeDetailsValues, toChangeCreate } from './change-details-values.ts';
import { ChangeTable } from './change-table.tsx';
import { useChangeRights } from './use-change-rights.ts';

const route = getRouteApi('/_app/projects/$projectId/changes');

export function ProjectChangesPage() {
  const { projectId } = route.useParams();
  const project = useProject(projectId);
  if (project.isPending) return <Pending label="Loading project" />;
  if (project.error) return <ProblemAlert error={project.error} title="This project could not be shown" />;
  return <ProjectChanges project={project.data} />;
}

function ProjectChanges({ project }: { project: Project }) {
  const changes = useProjectChangeRequests(project.id);
  const { mayContribute } = useChangeRights(project.id);
  const [creating, setCreating] = useState(false);
  const create = useCreateChangeRequest(project.id);
  const navigate = useNavigate();

  return (
    <Stack gap="md">
      <PageHeader
        title={<><Text span inherit c="dimmed" ff="monospace" mr="xs">{project.code}</Text>Change requests</>}
        subtitle={`Changes to the scope, plan or cost of ${project.name}, from request to the change board’s decision and onto the plan.`}
        actions={
          <>
            <ButtonLink to="/projects/$projectId" params={{ projectId: project.id }} variant="default">Project</ButtonLink>
            <ExportButtons href={(format) => exportUrl('/api/v1/change-requests/export', { projectId: project.id, format })} />
            {mayContribute ? <Button onClick={() => { create.reset(); setCreating(true); }}>New change request</Button> : null}
          </>
        }
      />
      <ProblemAlert error={changes.error} />
      <Card withBorder padding={0} radius="md">
        {changes.isPending ? <Pending label="Loading change requests" /> : (
          <ChangeTable label="Change requests" items={changes.data ?? []} empty="No change requests yet." />
        )}
      </Card>
      <Modal opened={creating} onClose={() => setCreating(false)} title="New change request" size="lg">
        <Stack>
          <ProblemAlert error={create.error} title="The change request was not raised" />
          <ChangeDetailsForm
            mode="create"
            initialValues={changeDetailsValues(undefined, project.budget?.currency)}
            readOnly={false}
            submitting={create.isPending}
            onSubmit={async (values) => {
              const created = await create.mutateAsync(toChangeCreate(values));
              setCreating(false);
              await navigate({ to: '/change-requests/$changeId', params: { changeId: created.id } });
            }}
            onCancel={() => setCreating(false)}
          />
        </Stack>
      </Modal>
    </Stack>
  );
}
