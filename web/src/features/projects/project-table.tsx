// The project register as a table: one row per project with its badges, people and budget.
// Sortable headers are buttons (with aria-sort on the header cell) when `onSort` is given.
import { Group, Table, Text, UnstyledButton } from '@mantine/core';
import type { Portfolio, PersonRef, Project, ProjectSort } from '../../api/types.ts';
import { ArchivedBadge, PhaseBadge, PriorityBadge, StatusBadge } from '../../ui/badges.tsx';
import { formatDate } from '../../ui/dates.ts';
import { formatMoney } from '../../ui/money.ts';
import { AnchorLink } from '../../ui/router-links.tsx';
import { sortDirectionOf, type SortColumn } from './project-search.ts';

interface ProjectTableProps {
  projects: readonly Project[];
  portfolios: ReadonlyMap<string, Portfolio>;
  people: ReadonlyMap<string, PersonRef>;
  sort?: ProjectSort | undefined;
  onSort?: (column: SortColumn) => void;
  /** Leave out the portfolio column (on a portfolio's own page). */
  hidePortfolio?: boolean;
}

const ARROWS = { ascending: ' ▲', descending: ' ▼', none: '' } as const;

function HeaderCell({ label, column, sort, onSort }: { label: string; column?: SortColumn; sort?: ProjectSort | undefined; onSort?: ((column: SortColumn) => void) | undefined }) {
  if (!column || !onSort) return <Table.Th>{label}</Table.Th>;
  const direction = sortDirectionOf(sort, column);
  return (
    <Table.Th aria-sort={direction} style={{ whiteSpace: 'nowrap' }}>
      <UnstyledButton onClick={() => onSort(column)} fw={700} fz="sm" aria-label={`Sort by ${label}`}>
        {label}
        {ARROWS[direction]}
      </UnstyledButton>
    </Table.Th>
  );
}

export function ProjectTable({ projects, portfolios, people, sort, onSort, hidePortfolio = false }: ProjectTableProps) {
  const nameOf = (id: string | null) => (id ? people.get(id)?.name ?? '—' : '—');
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label="Projects">
        <Table.Thead>
          <Table.Tr>
            <HeaderCell label="Code" column="code" sort={sort} onSort={onSort} />
            <HeaderCell label="Name" column="name" sort={sort} onSort={onSort} />
            {hidePortfolio ? null : <HeaderCell label="Portfolio" />}
            <HeaderCell label="Status" column="status" sort={sort} onSort={onSort} />
            <HeaderCell label="Phase" column="phase" sort={sort} onSort={onSort} />
            <HeaderCell label="Priority" column="priority" sort={sort} onSort={onSort} />
            <HeaderCell label="Manager" />
            <HeaderCell label="Start" column="plannedStart" sort={sort} onSort={onSort} />
            <HeaderCell label="Finish" column="plannedFinish" sort={sort} onSort={onSort} />
            <Table.Th ta="right">Budget</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {projects.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <AnchorLink to="/projects/$projectId" params={{ projectId: p.id }} ff="monospace" fz="sm">
                  {p.code}
                </AnchorLink>
              </Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <AnchorLink to="/projects/$projectId" params={{ projectId: p.id }} c="inherit" fz="sm">
                    {p.name}
                  </AnchorLink>
                  {p.archivedAt ? <ArchivedBadge /> : null}
                </Group>
              </Table.Td>
              {hidePortfolio ? null : <Table.Td fz="sm">{portfolios.get(p.portfolioId)?.name ?? '—'}</Table.Td>}
              <Table.Td><StatusBadge status={p.status} /></Table.Td>
              <Table.Td><PhaseBadge phase={p.phase} methodologyKey={p.methodologyKey} /></Table.Td>
              <Table.Td><PriorityBadge priority={p.priority} /></Table.Td>
              <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>{nameOf(p.managerId)}</Table.Td>
              <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>{formatDate(p.plannedStart)}</Table.Td>
              <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>{formatDate(p.plannedFinish)}</Table.Td>
              <Table.Td fz="sm" ta="right" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                {formatMoney(p.budget)}
              </Table.Td>
            </Table.Tr>
          ))}
          {projects.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={hidePortfolio ? 9 : 10}>
                <Text c="dimmed" ta="center" py="md">
                  No projects match.
                </Text>
              </Table.Td>
            </Table.Tr>
          ) : null}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
