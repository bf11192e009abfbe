// A project's stakeholders: the register (search, active/inactive, sorted by a column) and the
// power–interest grid, both opening a stakeholder's form; the team adds stakeholders here. The tab,
// filters, sort and the open stakeholder live in the URL, so a view can be shared.
import { useEffect, useState } from 'react';
import { Button, Card, Group, SegmentedControl, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { getRouteApi } from '@tanstack/react-router';
import { useProject } from '../../api/projects.ts';
import { useProjectStakeholders, type Stakeholder } from '../../api/stakeholders.ts';
import type { Project } from '../../api/types.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { ButtonLink } from '../../ui/router-links.tsx';
import { RaidTable } from '../raid/raid-table.tsx';
import { useMayContribute } from '../raid/use-may-contribute.ts';
import { PowerInterestGrid } from './power-interest-grid.tsx';
import { stakeholderColumns } from './stakeholder-columns.tsx';
import { StakeholderModal, type StakeholderTarget } from './stakeholder-modal.tsx';
import { nextSort, sortDirectionOf, visibleStakeholders, type StakeholderSearch } from './stakeholder-view.ts';
import { exportUrl } from '../../api/exports.ts';
import { ExportButtons } from '../../ui/export-buttons.tsx';

const route = getRouteApi('/_app/projects/$projectId/stakeholders');

export function StakeholdersPage() {
  const { projectId } = route.useParams();
  const project = useProject(projectId);
  if (project.isPending) return <Pending label="Loading project" />;
  if (project.error) return <ProblemAlert error={project.error} title="This project could not be shown" />;
  return <Stakeholders project={project.data} />;
}

function Stakeholders({ project }: { project: Project }) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const mayEdit = useMayContribute(project.id);
  const [target, setTarget] = useState<StakeholderTarget | null>(null);
  const setSearch = (patch: Partial<StakeholderSearch>, replace = true) => void navigate({ search: (prev) => ({ ...prev, ...patch }), replace });
  // A stakeholder named in the URL (?open=<id>) opens like a clicked one; closing drops the param.
  const shown: StakeholderTarget | null = target ?? (search.open ? { mode: 'edit', id: search.open } : null);
  const open = (s: Stakeholder) => setTarget({ mode: 'edit', id: s.id, title: `${s.code} · ${s.title}` });
  const close = () => {
    setTarget(null);
    if (search.open) setSearch({ open: undefined });
  };

  return (
    <Stack gap="md">
      <PageHeader
        title={<><Text span inherit c="dimmed" ff="monospace" mr="xs">{project.code}</Text>Stakeholders</>}
        subtitle={`Who has a stake in ${project.name}, how much power and interest they have, and how engaged they are.`}
        actions={
          <>
            <ButtonLink to="/projects/$projectId" params={{ projectId: project.id }} variant="default">Project</ButtonLink>
            <ButtonLink to="/projects/$projectId/communications" params={{ projectId: project.id }} variant="default">Communication plan</ButtonLink>
            <ExportButtons href={(format) => exportUrl('/api/v1/stakeholders/export', { projectId: project.id, format })} />
            {mayEdit ? <Button onClick={() => setTarget({ mode: 'create' })}>Add stakeholder</Button> : null}
          </>
        }
      />
      <Tabs value={search.view ?? 'register'} onChange={(view) => setSearch({ view: view === 'grid' ? 'grid' : undefined }, false)} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="register">Register</Tabs.Tab>
          <Tabs.Tab value="grid">Power–interest grid</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="register">
          <Register projectId={project.id} search={search} onSearch={setSearch} onOpen={open} />
        </Tabs.Panel>
        <Tabs.Panel value="grid">
          <PowerInterestGrid projectId={project.id} onOpen={open} />
        </Tabs.Panel>
      </Tabs>
      <StakeholderModal projectId={project.id} target={shown} mayEdit={mayEdit} onClose={close} />
    </Stack>
  );
}

interface RegisterProps {
  projectId: string;
  search: StakeholderSearch;
  onSearch: (patch: Partial<StakeholderSearch>) => void;
  onOpen: (s: Stakeholder) => void;
}

function Register({ projectId, search, onSearch, onOpen }: RegisterProps) {
  const list = useProjectStakeholders(projectId);
  const [q, setQ] = useState(search.q ?? '');
  const [debounced] = useDebouncedValue(q, 250);
  useEffect(() => {
    const next = debounced.trim() || undefined;
    if (next !== search.q) onSearch({ q: next });
    // Only a new debounced value writes the URL; `search.q` follows from it.
  }, [debounced]);
  const items = visibleStakeholders(list.data ?? [], search);
  const all = list.data?.length ?? 0;

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm" role="search" aria-label="Filter stakeholders">
        <TextInput label="Search" placeholder="Name, organisation, role, e-mail" value={q} onChange={(e) => setQ(e.currentTarget.value)} w={280} />
        <SegmentedControl
          aria-label="Status"
          value={search.status ?? 'active'}
          onChange={(status) => onSearch({ status: status === 'inactive' || status === 'all' ? status : undefined })}
          data={[{ value: 'active', label: 'Active' }, { value: 'inactive', label: 'Inactive' }, { value: 'all', label: 'All' }]}
        />
      </Group>
      <ProblemAlert error={list.error} />
      <Card withBorder padding={0} radius="md">
        {list.isPending ? (
          <Pending label="Loading stakeholders" />
        ) : (
          <RaidTable
            label="Stakeholders"
            titleLabel="Name"
            items={items}
            columns={stakeholderColumns}
            directionOf={(column) => sortDirectionOf(search.sort, column)}
            onSort={(column) => onSearch({ sort: nextSort(search.sort, column) })}
            onOpen={onOpen}
            empty={all === 0 ? 'No stakeholders yet.' : 'No stakeholders match.'}
          />
        )}
      </Card>
      <Text size="sm" c="dimmed" aria-live="polite">{list.data ? `Showing ${items.length} of ${all}` : ''}</Text>
    </Stack>
  );
}
