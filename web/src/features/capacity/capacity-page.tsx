// Capacity against demand across every project: a heat map of resources (or roles, skills,
// departments) × weeks coloured by load with the number and its word in each cell, a cell opening
// the assignments behind it (linking to each project's schedule) and, for a resource, its
// demand-against-capacity histogram; "What if we add a project?" (what-if-panel.tsx); and "Who is
// free?", ranked. The switch for proposed projects' demand applies to all three.
import { Badge, Card, Drawer, Group, SegmentedControl, Stack, Switch, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useCapacity, type CapacityRow, type CapacityView } from '../../api/capacity.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { BAND_STYLE, cellText, defaultWindow, loadBand, periodLabel, type LoadBand } from './capacity-view.ts';
import { CellDetail, ResourceHistogram } from './capacity-detail.tsx';
import { WhatIfPanel } from './what-if-panel.tsx';
import { WhoIsFree } from './who-is-free.tsx';

type GroupBy = CapacityView['groupBy'];
type Unit = CapacityView['unit'];
interface Selection {
  readonly row: CapacityRow;
  readonly period: number | null;
}

/** A group's cell lists the work of this many of its members at most. */
const MAX_MEMBERS = 20;
const today = () => new Date().toISOString().slice(0, 10);

export function CapacityPage() {
  const initial = defaultWindow(today());
  const [groupBy, setGroupBy] = useState<GroupBy>('resource');
  const [unit, setUnit] = useState<Unit>('week');
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [includeProposed, setIncludeProposed] = useState(false);
  const [selected, setSelected] = useState<Selection | null>(null);
  const view = useCapacity({ from, to, unit, groupBy, ...(includeProposed && { includeProposed: 'true' }) });

  return (
    <Stack gap="md">
      <PageHeader title="Capacity" subtitle="Demand from every project's assignments against what people, roles and equipment can give, week by week. Open a cell to see the work behind it, or try what adding a project would do." />
      <Group align="flex-end" gap="sm" role="search" aria-label="Capacity view">
        <SegmentedControl aria-label="Rows" value={groupBy} onChange={(v) => setGroupBy(v as GroupBy)} data={[{ value: 'resource', label: 'Resources' }, { value: 'role', label: 'Roles' }, { value: 'skill', label: 'Skills' }, { value: 'department', label: 'Departments' }]} />
        <SegmentedControl aria-label="Periods" value={unit} onChange={(v) => setUnit(v as Unit)} data={[{ value: 'week', label: 'Weeks' }, { value: 'month', label: 'Months' }]} />
        <TextInput label="From" type="date" value={from} onChange={(e) => setFrom(e.currentTarget.value)} w={160} />
        <TextInput label="To" type="date" value={to} onChange={(e) => setTo(e.currentTarget.value)} w={160} />
        <Switch label="Include proposed projects" checked={includeProposed} onChange={(e) => setIncludeProposed(e.currentTarget.checked)} mb={6} />
      </Group>
      <Legend />
      <ProblemAlert error={view.error} />
      <Card withBorder padding={0} radius="md">
        {view.isPending ? <Pending label="Loading capacity" /> : view.data ? <HeatMap view={view.data} onOpen={setSelected} /> : null}
      </Card>
      <WhatIfPanel from={from} to={to} unit={unit} includeProposed={includeProposed} />
      <WhoIsFree from={from} to={to} includeProposed={includeProposed} />
      {view.data ? <SelectionDrawer view={view.data} selection={selected} includeProposed={includeProposed} onClose={() => setSelected(null)} /> : null}
    </Stack>
  );
}

function Legend() {
  const bands: LoadBand[] = ['under', 'near', 'over'];
  return (
    <Group gap="xs" aria-label="Legend">
      <Text size="sm" c="dimmed">Load (demand ÷ capacity):</Text>
      {bands.map((b) => (
        <Badge key={b} radius="sm" variant="light" styles={{ root: { background: BAND_STYLE[b].colour, color: BAND_STYLE[b].text, textTransform: 'none' } }}>{BAND_STYLE[b].label}</Badge>
      ))}
      <Text size="sm" c="dimmed">“over” in a cell marks an over-allocation; — means no capacity.</Text>
    </Group>
  );
}

function HeatMap({ view, onOpen }: { view: CapacityView; onOpen: (s: Selection) => void }) {
  if (view.rows.length === 0) return <Text p="md" size="sm" c="dimmed">No people, roles or equipment in the pool yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={300 + view.periods.length * 80}>
      <Table aria-label="Capacity heat map" fz="sm" withColumnBorders verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th miw={200}>{view.groupBy === 'resource' ? 'Resource' : view.groupBy === 'role' ? 'Role' : view.groupBy === 'skill' ? 'Skill' : 'Department'}</Table.Th>
            {view.periods.map((p) => <Table.Th key={p.index} ta="center" title={`${p.firstDay} – ${p.lastDay}`}>{periodLabel(p, view.unit)}</Table.Th>)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {view.rows.map((row) => (
            <Table.Tr key={row.key ?? '(none)'} data-row={row.label}>
              <Table.Td>
                <UnstyledButton fz="sm" fw={500} onClick={() => onOpen({ row, period: null })} aria-label={`Open ${row.label}`}>{row.label}</UnstyledButton>
              </Table.Td>
              {view.periods.map((period, p) => {
                const band = loadBand(row, p);
                const text = cellText(row, p);
                return (
                  <Table.Td key={period.index} p={0} style={{ background: BAND_STYLE[band].colour }} data-band={band}>
                    <UnstyledButton w="100%" py={6} ta="center" fz="sm" c={BAND_STYLE[band].text} fw={band === 'over' ? 700 : 400}
                      onClick={() => onOpen({ row, period: p })}
                      aria-label={`${row.label}, ${periodLabel(period, view.unit)}: ${text} (${row.demand[p]} of ${row.capacity[p]} hours)`}
                      title={`${row.demand[p]} h of work, ${row.capacity[p]} h available`}>
                      {text}
                    </UnstyledButton>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function SelectionDrawer({ view, selection, includeProposed, onClose }: { view: CapacityView; selection: Selection | null; includeProposed: boolean; onClose: () => void }) {
  const row = selection?.row ?? null;
  const period = selection?.period === null || selection === null ? null : view.periods[selection.period] ?? null;
  const isResource = view.groupBy === 'resource';
  return (
    <Drawer opened={selection !== null} onClose={onClose} position="right" size="xl" title={row ? `${row.label}${period ? ` · ${period.firstDay} – ${period.lastDay}` : ''}` : 'Capacity'}>
      {row ? (
        <Stack gap="md">
          {isResource ? <ResourceHistogram row={row} periods={view.periods} unit={view.unit} /> : null}
          {period ? (
            row.resourceIds.slice(0, MAX_MEMBERS).map((resourceId) => <CellDetail key={resourceId} resourceId={resourceId} from={period.firstDay} to={period.lastDay} includeProposed={includeProposed} showName={!isResource} />)
          ) : (
            <Text size="sm" c="dimmed">Pick a week in the heat map to see the assignments behind it.</Text>
          )}
        </Stack>
      ) : null}
    </Drawer>
  );
}
