// One RAID log as a working grid: filters, the server-sorted table, "Load more" pages, "Add …" and
// the item dialog. Its state lives in the URL (see raid-search.ts); the page around it says whose
// log it is (a project, or a portfolio's risks). Risks get the heat map above the grid: a click on
// a cell narrows the grid to that rating (and to open risks, the ones the map counts).
import { useState } from 'react';
import { Button, Card, CloseButton, Group, Stack, Text } from '@mantine/core';
import { useRaidList, useRiskMatrix } from '../../api/raid.ts';
import type { Issue, RaidItem, RaidKind, RiskMatrix, Risk } from '../../api/types.ts';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { actionColumns, assumptionColumns, decisionColumns, dependencyColumns, issueColumns } from './raid-columns.tsx';
import { RaidFilters } from './raid-filters.tsx';
import { RaidItemModal, type RaidTarget } from './raid-item-modal.tsx';
import { RAID_KIND_META } from './raid-labels.ts';
import { nextSort, sortDirectionOf, toRaidListQuery, type RaidScope, type RaidSearch } from './raid-search.ts';
import { RaidTable, type RaidColumn } from './raid-table.tsx';
import { riskColumns } from './risk-columns.tsx';
import { RiskHeatMap } from './risk-heat-map.tsx';

interface RaidLogPanelProps {
  kind: RaidKind;
  search: RaidSearch;
  onSearch: (patch: Partial<RaidSearch>) => void;
  scope: RaidScope;
  /** Cross-project pages show each item's project. */
  showProject?: boolean;
  /** The project "Add …" adds to, when the user may add (absent: no button). */
  addTo?: string | undefined;
  onIssueRaised?: (issue: Issue, risk: Risk) => void;
}

function columnsOf(kind: RaidKind, matrix: RiskMatrix | undefined, showProject: boolean): RaidColumn<RaidItem>[] {
  const columns = {
    risks: () => riskColumns(matrix, showProject),
    issues: () => issueColumns(showProject),
    assumptions: () => assumptionColumns(showProject),
    decisions: () => decisionColumns(showProject),
    actions: () => actionColumns(showProject),
    dependencies: () => dependencyColumns(showProject),
  }[kind]();
  // Each log's columns read its own item type; the grid of that log only holds such items.
  return columns as unknown as RaidColumn<RaidItem>[];
}

export function RaidLogPanel({ kind, search, onSearch, scope, showProject = false, addTo, onIssueRaised }: RaidLogPanelProps) {
  const list = useRaidList(kind, toRaidListQuery(kind, search, scope));
  const matrix = useRiskMatrix();
  const [target, setTarget] = useState<RaidTarget | null>(null);
  // An item named in the URL (?open=<id>) opens like a clicked row; closing it drops the param.
  const linked: RaidTarget | null = search.open && scope.projectId ? { mode: 'edit', projectId: scope.projectId, id: search.open, title: '' } : null;
  const shown = target ?? linked;
  const close = () => {
    setTarget(null);
    if (search.open) onSearch({ open: undefined });
  };
  const { tab: label, noun } = RAID_KIND_META[kind];
  const items: RaidItem[] = list.data?.pages.flatMap((page) => page.items) ?? [];
  const cellFilter = kind === 'risks' && (search.probability || search.impact);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <RaidFilters kind={kind} search={search} onChange={onSearch} />
        {addTo ? <Button onClick={() => setTarget({ mode: 'create', projectId: addTo })}>Add {noun}</Button> : null}
      </Group>
      {kind === 'risks' ? (
        <RiskHeatMap
          scope={scope}
          status={search.status}
          rating={search.rating ?? 'inherent'}
          onRatingChange={(rating) => onSearch({ rating: rating === 'residual' ? 'residual' : undefined })}
          selected={search}
          onSelect={(cell) =>
            onSearch(cell ? { ...cell, status: search.status ?? 'open' } : { probability: undefined, impact: undefined })
          }
        />
      ) : null}
      {cellFilter ? (
        <Group gap="xs">
          <Text size="sm" fw={500}>
            Showing {search.rating ?? 'inherent'} probability {search.probability ?? 'any'} × impact {search.impact ?? 'any'}
          </Text>
          <CloseButton size="sm" aria-label="Show every cell" onClick={() => onSearch({ probability: undefined, impact: undefined })} />
        </Group>
      ) : null}
      <ProblemAlert error={list.error} />
      <Card withBorder padding={0} radius="md">
        {list.isPending ? (
          <Pending label={`Loading ${label.toLowerCase()}`} />
        ) : (
          <RaidTable
            label={label}
            items={items}
            columns={columnsOf(kind, matrix.data, showProject)}
            directionOf={(column) => sortDirectionOf(kind, search.sort, column)}
            onSort={(column) => onSearch({ sort: nextSort(kind, search.sort, column) })}
            onOpen={(item) => setTarget({ mode: 'edit', projectId: item.projectId, id: item.id, title: `${item.code} · ${item.title}` })}
            empty={`No ${label.toLowerCase()} match.`}
          />
        )}
      </Card>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" aria-live="polite">
          {list.data ? `Showing ${items.length} ${items.length === 1 ? noun : label.toLowerCase()}${list.hasNextPage ? ' (more available)' : ''}` : ''}
        </Text>
        {list.hasNextPage ? (
          <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
            Load more
          </Button>
        ) : null}
      </Group>
      <RaidItemModal kind={kind} target={shown} onClose={close} onIssueRaised={onIssueRaised} />
    </Stack>
  );
}
