// A project's governance: where it stands in its methodology (phases and the gates between them),
// how ready the gate ending its current phase is, item by item, its deliverables, and the way on:
// "Request gate review" for its manager and the PMO, or the open review if there is one; its gate
// reviews (requests, checklists, decisions) export as a spreadsheet.
import { Alert, Badge, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { exportUrl } from '../../api/exports.ts';
import { useProjectGovernance } from '../../api/governance.ts';
import { useProject, useProjectMembers } from '../../api/projects.ts';
import type { Project, ProjectGovernance } from '../../api/types.ts';
import { canRequestGateReview } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { ExportButtons } from '../../ui/export-buttons.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { ButtonLink } from '../../ui/router-links.tsx';
import { useMayContribute } from '../raid/use-may-contribute.ts';
import { GuidanceCard } from '../knowledge/guidance-card.tsx';
import { DeliverablesCard } from './deliverables-card.tsx';
import { APPROVER_ROLE_LABELS, OPERATING_MODELS } from './governance-labels.ts';
import { PhaseTimeline } from './phase-timeline.tsx';
import { ReadinessList } from './readiness-list.tsx';
import { readinessSummary } from './readiness-view.ts';
import { RequestReviewButton } from './request-review-button.tsx';

const route = getRouteApi('/_app/projects/$projectId/governance');

export function ProjectGovernancePage() {
  const { projectId } = route.useParams();
  const project = useProject(projectId);
  const governance = useProjectGovernance(projectId);
  if (project.isPending || governance.isPending) return <Pending label="Loading governance" />;
  if (project.error || governance.error) return <ProblemAlert error={project.error ?? governance.error} title="This project’s governance could not be shown" />;
  return <ProjectGovernanceView project={project.data} governance={governance.data} reload={async () => (await governance.refetch()).data} />;
}

interface ViewProps {
  project: Project;
  governance: ProjectGovernance;
  reload: () => Promise<ProjectGovernance | undefined>;
}

function ProjectGovernanceView({ project, governance, reload }: ViewProps) {
  const user = useCurrentUser();
  const members = useProjectMembers(project.id);
  const mayContribute = useMayContribute(project.id);
  const mayRequest = !project.archivedAt && canRequestGateReview(user, project, members.data?.items);
  const { methodology, currentGate, readiness, openReviewId } = governance;
  const phaseName = governance.phases.find((p) => p.key === governance.phaseKey)?.name ?? governance.phaseKey;
  const summary = readiness ? readinessSummary(readiness) : null;

  return (
    <Stack gap="md">
      <PageHeader
        title={
          <>
            <Text span inherit c="dimmed" ff="monospace" mr="xs">
              {project.code}
            </Text>
            Governance
          </>
        }
        subtitle={
          <span data-testid="current-phase">
            {project.name} follows {methodology.name}; current phase: {phaseName}.
          </span>
        }
        actions={
          <>
            <ButtonLink to="/projects/$projectId" params={{ projectId: project.id }} variant="default">
              Project
            </ButtonLink>
            <ExportButtons href={(format) => exportUrl('/api/v1/gate-reviews/export', { projectId: project.id, format })} />
            {openReviewId ? (
              <ButtonLink to="/gate-reviews/$reviewId" params={{ reviewId: openReviewId }}>
                Open gate review
              </ButtonLink>
            ) : mayRequest && currentGate ? (
              <RequestReviewButton projectId={project.id} gate={currentGate} />
            ) : null}
          </>
        }
      />
      <Card withBorder radius="md" padding="lg">
        <PhaseTimeline phases={governance.phases} />
      </Card>
      <Grid>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Card withBorder radius="md" padding="lg">
            {currentGate && readiness && summary ? (
              <Stack gap="sm">
                <Group justify="space-between" align="flex-start">
                  <Stack gap={2}>
                    <Title order={2} size="h4">
                      Next gate: {currentGate.name}
                    </Title>
                    <Text size="sm" c="dimmed">
                      {currentGate.purpose} Decided by {currentGate.approverRoles.map((r) => APPROVER_ROLE_LABELS[r]).join(', ')}.
                    </Text>
                  </Stack>
                  <Badge color={summary.canGo ? 'teal' : 'orange'} variant="light" size="lg" style={{ flexShrink: 0 }}>
                    {summary.headline}
                  </Badge>
                </Group>
                <Text size="sm" aria-live="polite">
                  {summary.detail} · {OPERATING_MODELS[readiness.operatingModel].label} PMO
                  {openReviewId ? '' : ' · the checklist is answered in the gate review'}
                </Text>
                <ReadinessList items={readiness.items} label="Gate readiness" />
              </Stack>
            ) : (
              <Alert color="gray" title="No gate ahead">
                The {phaseName} phase of {methodology.name} ends without a gate.
              </Alert>
            )}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <GuidanceCard projectId={project.id} />
            <DeliverablesCard governance={governance} mayEdit={mayContribute} onReload={reload} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
