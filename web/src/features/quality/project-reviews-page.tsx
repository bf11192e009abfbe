// A project's quality reviews (Reviews tab): type, planned date, status, score and RAG, and how its
// findings stand; "Plan a review" for its manager and the PMO opens the new review's page. The
// reviews export as a spreadsheet.
import { useState } from 'react';
import { Button, Card, Modal, Stack, Table, Text } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { exportUrl } from '../../api/exports.ts';
import { useProject, useProjectMembers } from '../../api/projects.ts';
import { useCreateReview, useReviews } from '../../api/quality.ts';
import type { Project } from '../../api/types.ts';
import { canEditProject } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { formatDate } from '../../ui/dates.ts';
import { ExportButtons } from '../../ui/export-buttons.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink, ButtonLink } from '../../ui/router-links.tsx';
import { PlanReviewForm } from './plan-review-form.tsx';
import { RagBadge, ReviewStatusBadge } from './quality-badges.tsx';

const route = getRouteApi('/_app/projects/$projectId/reviews');

export function ProjectReviewsPage() {
  const { projectId } = route.useParams();
  const project = useProject(projectId);
  if (project.isPending) return <Pending label="Loading project" />;
  if (project.error) return <ProblemAlert error={project.error} title="This project could not be shown" />;
  return <ProjectReviews project={project.data} />;
}

function ProjectReviews({ project }: { project: Project }) {
  const user = useCurrentUser();
  const members = useProjectMembers(project.id);
  const reviews = useReviews({ projectId: project.id });
  const create = useCreateReview(project.id);
  const navigate = useNavigate();
  const [planning, setPlanning] = useState(false);
  const mayPlan = !project.archivedAt && canEditProject(user, project, members.data?.items);
  const items = reviews.data ?? [];

  return (
    <Stack gap="md">
      <PageHeader
        title={<><Text span inherit c="dimmed" ff="monospace" mr="xs">{project.code}</Text>Quality reviews</>}
        subtitle={`Health checks, schedule quality checks and audits of ${project.name}, and their findings.`}
        actions={
          <>
            <ButtonLink to="/projects/$projectId" params={{ projectId: project.id }} variant="default">Project</ButtonLink>
            <ExportButtons href={(format) => exportUrl('/api/v1/reviews/export', { projectId: project.id, format })} />
            {mayPlan ? <Button onClick={() => { create.reset(); setPlanning(true); }}>Plan a review</Button> : null}
          </>
        }
      />
      <ProblemAlert error={reviews.error} />
      <Card withBorder padding={0} radius="md">
        {reviews.isPending ? <Pending label="Loading reviews" /> : (
          <Table.ScrollContainer minWidth={860}>
            <Table aria-label="Reviews" striped highlightOnHover verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Code</Table.Th><Table.Th>Title</Table.Th><Table.Th>Type</Table.Th><Table.Th>Planned</Table.Th>
                  <Table.Th>Status</Table.Th><Table.Th ta="right">Score</Table.Th><Table.Th>RAG</Table.Th><Table.Th>Findings</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((r) => (
                  <Table.Tr key={r.id} data-review={r.code}>
                    <Table.Td fz="sm" ff="monospace">{r.code}</Table.Td>
                    <Table.Td><AnchorLink to="/reviews/$reviewId" params={{ reviewId: r.id }} fz="sm" fw={500}>{r.title}</AnchorLink></Table.Td>
                    <Table.Td fz="sm">{r.typeName}</Table.Td>
                    <Table.Td fz="sm">{formatDate(r.plannedDate)}</Table.Td>
                    <Table.Td><ReviewStatusBadge status={r.status} /></Table.Td>
                    <Table.Td fz="sm" ta="right">{r.score ?? '—'}</Table.Td>
                    <Table.Td><RagBadge rag={r.rag} /></Table.Td>
                    <Table.Td fz="sm">
                      {r.findings.total === 0 ? '—' : `${r.findings.notClosed} open of ${r.findings.total}`}
                      {r.findings.overdue > 0 ? <Text span c="red.7" fz="sm" fw={600}> · {r.findings.overdue} overdue</Text> : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
                {items.length === 0 ? (
                  <Table.Tr><Table.Td colSpan={8}><Text c="dimmed" ta="center" py="md">No reviews planned yet.</Text></Table.Td></Table.Tr>
                ) : null}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <Modal opened={planning} onClose={() => setPlanning(false)} title="Plan a review" size="lg">
        <Stack>
          <ProblemAlert error={create.error} title="The review was not planned" />
          <PlanReviewForm
            submitting={create.isPending}
            onSubmit={async (body) => {
              const review = await create.mutateAsync(body);
              setPlanning(false);
              await navigate({ to: '/reviews/$reviewId', params: { reviewId: review.id } });
            }}
            onCancel={() => setPlanning(false)}
          />
        </Stack>
      </Modal>
    </Stack>
  );
}
