// A project's RAID log: a tab per log (risks with the heat map, issues, assumptions, decisions,
// actions, dependencies), each a filtered, sorted grid whose rows open the item's form, and the
// spreadsheet exports (every log as XLSX, the shown log as CSV). The tab and filters live in the URL.
import { useState } from 'react';
import { Alert, Button, Group, Stack, Tabs, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { raidExportUrl } from '../../api/raid.ts';
import { useProject } from '../../api/projects.ts';
import type { Issue, Project, Risk } from '../../api/types.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { ExportButtons } from '../../ui/export-buttons.tsx';
import { ButtonLink } from '../../ui/router-links.tsx';
import { RAID_KINDS, RAID_KIND_META, isRaidKind } from './raid-labels.ts';
import { RaidLogPanel } from './raid-log-panel.tsx';
import { searchForTab, type RaidSearch } from './raid-search.ts';
import { useMayContribute } from './use-may-contribute.ts';

const route = getRouteApi('/_app/projects/$projectId/raid');

export function ProjectRaidPage() {
  const { projectId } = route.useParams();
  const project = useProject(projectId);
  if (project.isPending) return <Pending label="Loading project" />;
  if (project.error) return <ProblemAlert error={project.error} title="This project could not be shown" />;
  return <ProjectRaid project={project.data} />;
}

function ProjectRaid({ project }: { project: Project }) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const mayContribute = useMayContribute(project.id);
  const [raised, setRaised] = useState<{ issue: Issue; risk: Risk } | null>(null);
  const tab = search.tab ?? 'risks';

  const setSearch = (patch: Partial<RaidSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const showTab = (next: string | null) => {
    if (isRaidKind(next)) void navigate({ search: searchForTab(search, next) });
  };

  return (
    <Stack gap="md">
      <PageHeader
        title={
          <>
            <Text span inherit c="dimmed" ff="monospace" mr="xs">
              {project.code}
            </Text>
            RAID log
          </>
        }
        subtitle={`Risks, assumptions, issues, decisions, actions and dependencies of ${project.name}.`}
        actions={
          <>
            <ButtonLink to="/projects/$projectId" params={{ projectId: project.id }} variant="default">
              Project
            </ButtonLink>
            <ExportButtons
              href={(format) => raidExportUrl(format === 'xlsx' ? { projectId: project.id, format } : { projectId: project.id, kinds: tab, format })}
              csvScope={RAID_KIND_META[tab].tab}
            />
          </>
        }
      />
      {raised ? (
        <Alert color="orange" title={`Issue ${raised.issue.code} raised`} withCloseButton onClose={() => setRaised(null)} role="status">
          <Group gap="sm">
            <Text size="sm">
              {raised.risk.code} happened and is now an issue: {raised.issue.title}.
            </Text>
            {tab === 'issues' ? null : (
              <Button size="compact-sm" variant="white" onClick={() => showTab('issues')}>
                Show issues
              </Button>
            )}
          </Group>
        </Alert>
      ) : null}
      <Tabs value={tab} onChange={showTab} keepMounted={false}>
        <Tabs.List mb="md">
          {RAID_KINDS.map((kind) => (
            <Tabs.Tab key={kind} value={kind}>
              {RAID_KIND_META[kind].tab}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {RAID_KINDS.map((kind) => (
          <Tabs.Panel key={kind} value={kind}>
            <RaidLogPanel
              kind={kind}
              search={search}
              onSearch={setSearch}
              scope={{ projectId: project.id }}
              addTo={mayContribute ? project.id : undefined}
              onIssueRaised={(issue, risk) => setRaised({ issue, risk })}
            />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
