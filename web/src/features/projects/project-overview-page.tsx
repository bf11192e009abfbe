// One project at a glance: every field with people's and objectives' names, its team, links to its
// schedule, RAID log, governance (phases and gates), earned value and closure report, the lessons of
// other projects relevant to it, the actions the user's role allows (edit; archive/restore for the PMO),
// and the discussion about the project (comments with @mentions).
import { Badge, Card, Grid, Group, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useMethodologies } from '../../api/governance.ts';
import { useObjectives } from '../../api/objectives.ts';
import { usePortfolios } from '../../api/portfolios.ts';
import { usePrograms } from '../../api/programs.ts';
import { useProject, useProjectMembers } from '../../api/projects.ts';
import type { Project } from '../../api/types.ts';
import { canEditProject, canEditRegister } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { ArchivedBadge, PhaseBadge, PriorityBadge, StatusBadge } from '../../ui/badges.tsx';
import { formatDate, formatInstant } from '../../ui/dates.ts';
import { formatMoney } from '../../ui/money.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { PersonName } from '../../ui/person-name.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink, ButtonLink } from '../../ui/router-links.tsx';
import { ArchiveProjectButton } from './archive-project-button.tsx';
import { ProjectTeam } from './project-team.tsx';
import { ProjectComplianceCard } from '../compliance/project-compliance-card.tsx';
import { TemplateCreatedNotice } from '../templates/template-created-notice.tsx';
import { CommentThread } from '../comments/comment-thread.tsx';
import { ProjectOrigin } from '../intake/project-origin.tsx';
import { LessonSuggestionsCard } from '../lessons/lesson-suggestions-card.tsx';

const route = getRouteApi('/_app/projects/$projectId');

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={180} fw={500} c="dimmed" fz="sm" scope="row">
        {label}
      </Table.Th>
      <Table.Td fz="sm">{children}</Table.Td>
    </Table.Tr>
  );
}

/** The project's own pages, linked from its header in this order. */
const PROJECT_PAGES = [
  ['/projects/$projectId/schedule', 'Schedule'],
  ['/projects/$projectId/raid', 'RAID log'],
  ['/projects/$projectId/governance', 'Governance'],
  ['/projects/$projectId/changes', 'Changes'],
  ['/projects/$projectId/reviews', 'Reviews'],
  ['/projects/$projectId/status', 'Status reports'],
  ['/projects/$projectId/meetings', 'Meetings'],
  ['/projects/$projectId/stakeholders', 'Stakeholders'],
  ['/projects/$projectId/communications', 'Communications'],
  ['/projects/$projectId/financials', 'Financials'],
  ['/projects/$projectId/evm', 'Earned value'],
  ['/projects/$projectId/closure', 'Closure'],
  ['/projects/$projectId/score', 'Score'],
  ['/projects/$projectId/benefits', 'Benefits'],
] as const;

export function ProjectOverviewPage() {
  const { projectId } = route.useParams();
  const project = useProject(projectId);
  if (project.isPending) return <Pending label="Loading project" />;
  if (project.error) return <ProblemAlert error={project.error} title="This project could not be shown" />;
  return <ProjectOverview project={project.data} />;
}

function ProjectOverview({ project }: { project: Project }) {
  const user = useCurrentUser();
  const members = useProjectMembers(project.id);
  const portfolios = usePortfolios(true);
  const programs = usePrograms(project.portfolioId);
  const objectives = useObjectives();
  const methodologies = useMethodologies();
  const portfolio = portfolios.byId.get(project.portfolioId);
  const program = project.programId ? programs.byId.get(project.programId) : undefined;
  const mayEdit = canEditProject(user, project, members.data?.items);

  return (
    <Stack>
      <PageHeader
        title={
          <>
            <Text span inherit c="dimmed" ff="monospace" mr="xs">
              {project.code}
            </Text>
            {project.name}
          </>
        }
        badges={
          <Group gap={6}>
            <StatusBadge status={project.status} />
            <PhaseBadge phase={project.phase} methodologyKey={project.methodologyKey} />
            <PriorityBadge priority={project.priority} />
            {project.archivedAt ? <ArchivedBadge /> : null}
          </Group>
        }
        subtitle={portfolio ? `${portfolio.code} · ${portfolio.name}` : undefined}
        actions={
          <>
            {PROJECT_PAGES.map(([to, label]) => (
              <ButtonLink key={to} to={to} params={{ projectId: project.id }} variant="default">
                {label}
              </ButtonLink>
            ))}
            {mayEdit && !project.archivedAt ? (
              <ButtonLink to="/projects/$projectId/edit" params={{ projectId: project.id }}>
                Edit
              </ButtonLink>
            ) : null}
            {canEditRegister(user) ? <ArchiveProjectButton project={project} /> : null}
          </>
        }
      />
      <TemplateCreatedNotice projectId={project.id} />
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder radius="md" padding="lg">
            <Title order={2} size="h4" mb="sm">
              Overview
            </Title>
            <ProjectOrigin projectId={project.id} />
            <Text size="sm" mb="md" style={{ whiteSpace: 'pre-wrap' }} c={project.description ? undefined : 'dimmed'}>
              {project.description || 'No description.'}
            </Text>
            <Table aria-label="Project details" withRowBorders>
              <Table.Tbody>
                <Field label="Portfolio">
                  {portfolio ? (
                    <AnchorLink to="/portfolios/$portfolioId" params={{ portfolioId: portfolio.id }} fz="sm">
                      {portfolio.code} · {portfolio.name}
                    </AnchorLink>
                  ) : '—'}
                </Field>
                <Field label="Program">{program ? `${program.code} · ${program.name}` : '—'}</Field>
                <Field label="Sponsor"><PersonName id={project.sponsorId} /></Field>
                <Field label="Manager"><PersonName id={project.managerId} /></Field>
                <Field label="Methodology">{methodologies.data?.find((m) => m.key === project.methodologyKey)?.name ?? project.methodologyKey}</Field>
                <Field label="Planned start">{formatDate(project.plannedStart)}</Field>
                <Field label="Planned finish">{formatDate(project.plannedFinish)}</Field>
                <Field label="Budget">{formatMoney(project.budget)}</Field>
                <Field label="Objectives">
                  {project.objectiveIds.length === 0 ? '—' : (
                    <Stack gap={2}>
                      {project.objectiveIds.map((id) => {
                        const objective = objectives.byId.get(id);
                        return <span key={id}>{objective ? `${objective.code} · ${objective.name}` : 'Unknown objective'}</span>;
                      })}
                    </Stack>
                  )}
                </Field>
                <Field label="Tags">
                  {project.tags.length === 0 ? '—' : (
                    <Group gap={4}>
                      {project.tags.map((tag) => (
                        <AnchorLink key={tag} to="/projects" search={{ tag }} underline="never">
                          <Badge variant="dot" color="gray" style={{ cursor: 'pointer' }}>{tag}</Badge>
                        </AnchorLink>
                      ))}
                    </Group>
                  )}
                </Field>
                <Field label="Last changed">{formatInstant(project.updatedAt)} (version {project.version})</Field>
                {project.archivedAt ? <Field label="Archived">{formatInstant(project.archivedAt)}</Field> : null}
              </Table.Tbody>
            </Table>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <ProjectTeam members={members} />
            <LessonSuggestionsCard projectId={project.id} />
          </Stack>
        </Grid.Col>
      </Grid>
      <ProjectComplianceCard projectId={project.id} />
      <CommentThread projectId={project.id} subjectType="project" subjectId={project.id} />
    </Stack>
  );
}
