// One dashboard chart (bar or pie) over rows that each carry the projects behind them. A toggle
// swaps the chart for its numbers (a plain table); clicking a bar, a slice or a row's count lists
// that bucket's projects as links, so every figure is one click from the projects it counts.
import { useEffect, useRef, useState } from 'react';
import { Anchor, Card, CloseButton, Group, List, SegmentedControl, Table, Text, Title } from '@mantine/core';
import type { ProjectRefs } from '../../api/types.ts';
import { AnchorLink } from '../../ui/router-links.tsx';
import type { ChartRow } from './dashboard-view.ts';
import { init, type EChartsType } from './echarts.ts';

const PALETTE = '#4c6ef5';

interface BucketChartProps {
  title: string;
  rows: readonly ChartRow[];
  kind?: 'bar' | 'pie';
  /** Why the figures cannot be computed yet (shown instead of an invented chart). */
  note?: string | null;
}

export function BucketChart({ title, rows, kind = 'bar', note }: BucketChartProps) {
  const [view, setView] = useState<'chart' | 'numbers'>('chart');
  const [selected, setSelected] = useState<string | null>(null);
  const picked = rows.find((r) => r.key === selected) ?? null;
  const toggle = (key: string) => setSelected((current) => (current === key ? null : key));

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={title}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={2} size="h5">{title}</Title>
        <SegmentedControl size="xs" value={view} onChange={(v) => setView(v === 'numbers' ? 'numbers' : 'chart')}
          data={[{ value: 'chart', label: 'Chart' }, { value: 'numbers', label: 'Numbers' }]} aria-label={`${title}: chart or numbers`} />
      </Group>
      {note ? <Text size="sm" c="dimmed" mb="xs">{note}</Text> : null}
      {view === 'chart' ? <Chart title={title} rows={rows} kind={kind} onPick={toggle} /> : <NumbersTable title={title} rows={rows} onPick={toggle} />}
      {picked ? <ProjectsOf title={`${title}: ${picked.label}`} projects={picked.projects} onClose={() => setSelected(null)} /> : null}
    </Card>
  );
}

function Chart({ title, rows, kind, onPick }: { title: string; rows: readonly ChartRow[]; kind: 'bar' | 'pie'; onPick: (key: string) => void }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  const rowsRef = useRef(rows);
  rowsRef.current = rows;

  useEffect(() => {
    if (!element.current) return;
    const instance = init(element.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (params) => {
      const row = rowsRef.current[params.dataIndex];
      if (row) pick.current(row.key);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const data = rows.map((r) => ({ value: r.count, name: r.label, itemStyle: { color: r.hex ?? PALETTE } }));
    chart.current?.setOption(
      kind === 'pie'
        ? { tooltip: { trigger: 'item' }, series: [{ type: 'pie', radius: ['35%', '70%'], data: data.filter((d) => d.value > 0), label: { formatter: '{b}: {c}' } }] }
        : {
            tooltip: { trigger: 'axis' },
            grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
            xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { interval: 0, hideOverlap: true } },
            yAxis: { type: 'value', minInterval: 1 },
            series: [{ type: 'bar', data, label: { show: true, position: 'top' }, cursor: 'pointer' }],
          },
      true,
    );
  }, [rows, kind]);

  return <div ref={element} role="img" aria-label={`${title} chart`} style={{ width: '100%', height: 240 }} />;
}

function NumbersTable({ title, rows, onPick }: { title: string; rows: readonly ChartRow[]; onPick: (key: string) => void }) {
  return (
    <Table aria-label={`${title} numbers`} striped>
      <Table.Thead>
        <Table.Tr><Table.Th>{title.replace(/^Projects by /, '').replace(/^./, (c) => c.toUpperCase())}</Table.Th><Table.Th ta="right">Projects</Table.Th></Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key} data-bucket={row.key}>
            <Table.Td>{row.label}</Table.Td>
            <Table.Td ta="right">
              <Anchor component="button" type="button" onClick={() => onPick(row.key)} aria-label={`${row.label}: ${row.count}`}>{row.count}</Anchor>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The projects behind one bucket, as links to them. */
export function ProjectsOf({ title, projects, onClose }: { title: string; projects: ProjectRefs; onClose: () => void }) {
  return (
    <Card withBorder radius="sm" padding="sm" mt="sm" component="section" aria-label={title}>
      <Group justify="space-between" mb={4}>
        <Text size="sm" fw={600}>{title}</Text>
        <CloseButton size="sm" onClick={onClose} aria-label="Close the list" />
      </Group>
      {projects.length === 0 ? <Text size="sm" c="dimmed">No projects.</Text> : (
        <List size="sm">
          {projects.map((p) => (
            <List.Item key={p.id}><AnchorLink to="/projects/$projectId" params={{ projectId: p.id }}>{p.code}</AnchorLink></List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
