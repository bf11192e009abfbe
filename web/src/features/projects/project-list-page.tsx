// The project register: filters and sort live in the URL; pages of 50 arrive with "Load more".
import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { usePeople } from '../../api/people.ts';
import { usePortfolios } from '../../api/portfolios.ts';
import { useProjectList } from '../../api/projects.ts';
import { canEditRegister } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { ButtonLink } from '../../ui/router-links.tsx';
import { ProjectFilters } from './project-filters.tsx';
import { nextSort, toProjectListQuery, type ProjectSearch, type SortColumn } from './project-search.ts';
import { ProjectTable } from './project-table.tsx';

const route = getRouteApi('/_app/projects');

export function ProjectListPage() {
  const user = useCurrentUser();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const list = useProjectList(toProjectListQuery(search));
  const portfolios = usePortfolios(true);
  const people = usePeople();

  const setSearch = (patch: Partial<ProjectSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const clearFilters = () => void navigate({ search: search.sort ? { sort: search.sort } : {}, replace: true });
  const sortBy = (column: SortColumn) => setSearch({ sort: nextSort(search.sort, column) });

  const projects = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap={0}>
      <PageHeader
        title="Projects"
        subtitle="Every project you can see in the register."
        actions={canEditRegister(user) ? <ButtonLink to="/projects/new" search={search.portfolioId ? { portfolioId: search.portfolioId } : {}}>New project</ButtonLink> : null}
      />
      <ProjectFilters search={search} portfolios={portfolios.data ?? []} onChange={setSearch} onClear={clearFilters} />
      <ProblemAlert error={list.error} />
      <Card withBorder padding={0} radius="md">
        {list.isPending ? (
          <Pending label="Loading projects" />
        ) : (
          <ProjectTable projects={projects} portfolios={portfolios.byId} people={people.byId} sort={search.sort} onSort={sortBy} />
        )}
      </Card>
      <Group justify="space-between" mt="sm">
        <Text size="sm" c="dimmed" aria-live="polite">
          {list.data ? `Showing ${projects.length} project${projects.length === 1 ? '' : 's'}${list.hasNextPage ? ' (more available)' : ''}` : ''}
        </Text>
        {list.hasNextPage ? (
          <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
            Load more
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
