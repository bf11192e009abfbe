// The PMO's compliance view: how many projects meet every enabled policy, have warnings or a
// critical breach (tiles that also filter), narrowed to a portfolio or program, and per project
// the breaches with a link to where each is put right. Filters live in the URL; the export holds
// the projects of the chosen portfolio or program.
import { Badge, Card, Group, Select, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useCompliance } from '../../api/compliance.ts';
import { exportUrl } from '../../api/exports.ts';
import { usePortfolios } from '../../api/portfolios.ts';
import { usePrograms } from '../../api/programs.ts';
import type { ProjectCompliance } from '../../api/types.ts';
import { canEditRegister } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { formatDate } from '../../ui/dates.ts';
import { ExportButtons } from '../../ui/export-buttons.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink, ButtonLink } from '../../ui/router-links.tsx';
import { BreachList } from './breach-list.tsx';
import { STATE_META, projectsToShow, summaryTiles, type ComplianceSearch } from './compliance-view.ts';

const route = getRouteApi('/_app/compliance');

export function CompliancePage() {
  const user = useCurrentUser();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const scope = { portfolioId: search.portfolioId, programId: search.programId };
  const compliance = useCompliance(scope);
  const portfolios = usePortfolios();
  const programs = usePrograms(search.portfolioId);
  const setSearch = (patch: Partial<ComplianceSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

  const portfolioOptions = (portfolios.data ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }));
  const programOptions = (programs.data ?? []).filter((p) => !p.archivedAt).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }));
  const data = compliance.data;

  return (
    <Stack gap="md">
      <PageHeader
        title="Compliance"
        subtitle={data ? `Every project you can see, judged on the PMO’s policies as of ${formatDate(data.asOf)}.` : 'Every project you can see, judged on the PMO’s policies.'}
        actions={
          <>
            <ExportButtons href={(format) => exportUrl('/api/v1/compliance/export', { ...scope, format })} />
            {canEditRegister(user) ? <ButtonLink to="/settings/policies" variant="default">Policies</ButtonLink> : null}
          </>
        }
      />
      <Group gap="sm" align="flex-end">
        <Select label="Portfolio" placeholder="All portfolios" clearable searchable data={portfolioOptions} value={search.portfolioId ?? null}
          onChange={(v) => setSearch({ portfolioId: v ?? undefined, programId: undefined })} w={280} />
        <Select label="Program" placeholder="All programs" clearable searchable data={programOptions} value={search.programId ?? null}
          onChange={(v) => setSearch({ programId: v ?? undefined })} w={280} />
      </Group>
      <ProblemAlert error={compliance.error} />
      {data ? (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {summaryTiles(data.summary).map((tile) => {
              const active = search.state === tile.key;
              return (
                <UnstyledButton key={tile.key} onClick={() => setSearch({ state: active ? undefined : tile.key })} aria-pressed={active} aria-label={`${tile.label}: ${tile.count}`}>
                  <Card withBorder radius="md" padding="md" style={active ? { outline: `2px solid var(--mantine-color-${tile.color}-6)` } : undefined}>
                    <Text size="sm" c="dimmed">{tile.label}</Text>
                    <Text fz={32} fw={700} c={`${tile.color}.7`} data-testid={`tile-${tile.key}`}>{tile.count}</Text>
                  </Card>
                </UnstyledButton>
              );
            })}
          </SimpleGrid>
          {projectsToShow(data.projects, search.state ?? null).map((project) => <ProjectCard key={project.projectId} project={project} />)}
          {data.projects.length === 0 ? <Text c="dimmed">No projects in this selection.</Text> : null}
        </>
      ) : compliance.isPending ? <Pending label="Loading compliance" /> : null}
    </Stack>
  );
}

function ProjectCard({ project }: { project: ProjectCompliance }) {
  const meta = STATE_META[project.state];
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={`${project.projectCode} compliance`}>
      <Group justify="space-between" mb={project.breaches.length ? 'sm' : 0}>
        <Group gap="sm">
          <Title order={2} size="h5">
            <AnchorLink to="/projects/$projectId" params={{ projectId: project.projectId }} inherit>
              {project.projectCode} · {project.projectName}
            </AnchorLink>
          </Title>
          <Badge style={BADGE_STYLE} color={meta.color} variant="light">{meta.label}</Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {project.critical} critical · {project.warnings} {project.warnings === 1 ? 'warning' : 'warnings'}
        </Text>
      </Group>
      {project.breaches.length > 0 ? <BreachList breaches={project.breaches} label={`Breaches of ${project.projectCode}`} /> : null}
    </Card>
  );
}
