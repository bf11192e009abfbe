// "What if we add a project?": a PMO lead picks a candidate (proposed projects first), may move its
// start by whole weeks, and sees per role (or resource) and period the load before and after, the
// periods it pushes over capacity marked red with "newly over" written in them, and the verdict in
// words: whether it fits, whom it pushes over and when. Nothing is saved.
import { Alert, Button, Card, Group, NumberInput, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useCapacityWhatIf, type CapacityWhatIf, type CapacityWhatIfBody } from '../../api/capacity.ts';
import { useProjectPicker } from '../../api/raid.ts';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { BAND_STYLE, periodLabel } from './capacity-view.ts';
import { candidateOptions, GROUP_NOUN, rowsToShow, whatIfCell, whatIfVerdict, type Verdict } from './what-if-view.ts';

type Rows = 'role' | 'resource';
const TONE_COLOUR: Readonly<Record<Verdict['tone'], string>> = { empty: 'gray', outside: 'yellow', fits: 'teal', over: 'red' };

export function WhatIfPanel({ from, to, unit, includeProposed }: { from: string; to: string; unit: CapacityWhatIf['unit']; includeProposed: boolean }) {
  const projects = useProjectPicker(true);
  const [projectId, setProjectId] = useState<string | null>(null);
  const [shiftWeeks, setShiftWeeks] = useState<number | string>(0);
  const [groupBy, setGroupBy] = useState<Rows>('role');
  const [asked, setAsked] = useState<CapacityWhatIfBody | null>(null);
  const result = useCapacityWhatIf(asked);
  const ask = () => projectId && setAsked({ projectId, from, to, unit, groupBy, includeProposed, shiftWeeks: Number(shiftWeeks) || 0 });

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label="What if we add a project?">
      <Stack gap="sm">
        <Title order={2} size="h5">What if we add a project?</Title>
        <Text size="sm" c="dimmed">
          Adds a project's assigned work to the window above as if it were approved and shows, period by period, the load before and after. Other proposed projects count
          only when "Include proposed projects" is on. Nothing is saved.
        </Text>
        <Group align="flex-end" gap="sm">
          <Select label="Project" placeholder="Pick a proposed project" searchable w={300} value={projectId} onChange={setProjectId} data={candidateOptions(projects.data ?? [])} nothingFoundMessage="No project of that name" />
          <NumberInput label="Move its start by (weeks)" description="4 = a month later, −2 = two weeks earlier" w={260} min={-104} max={104} allowDecimal={false} value={shiftWeeks} onChange={setShiftWeeks} />
          <SegmentedControl aria-label="What-if rows" value={groupBy} onChange={(v) => setGroupBy(v as Rows)} data={[{ value: 'role', label: 'Roles' }, { value: 'resource', label: 'Resources' }]} />
          <Button onClick={ask} disabled={!projectId}>Show the impact</Button>
        </Group>
        <ProblemAlert error={projects.error ?? result.error} title="The impact could not be worked out" />
        {asked === null ? null : result.isPending ? <Pending label="Working out the impact" /> : result.data ? <WhatIfResult result={result.data} /> : null}
      </Stack>
    </Card>
  );
}

function WhatIfResult({ result }: { result: CapacityWhatIf }) {
  const verdict = whatIfVerdict(result);
  const { shown, untouched } = rowsToShow(result);
  const [one, many] = GROUP_NOUN[result.groupBy];
  return (
    <Stack gap="sm">
      <Alert color={TONE_COLOUR[verdict.tone]} title={verdict.title}>
        {verdict.lines.map((line) => <Text key={line} size="sm">{line}</Text>)}
      </Alert>
      {shown.length === 0 ? null : (
        <Table.ScrollContainer minWidth={240 + result.periods.length * 120}>
          <Table aria-label={`Load before and after adding ${result.projectCode} ${result.projectName}`} fz="sm" withColumnBorders verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th miw={200}>{result.groupBy === 'role' ? 'Role' : 'Resource'}</Table.Th>
                {result.periods.map((p) => <Table.Th key={p.index} ta="center" title={`${p.firstDay} – ${p.lastDay}`}>{periodLabel(p, result.unit)}</Table.Th>)}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((row) => (
                <Table.Tr key={row.key ?? '(none)'} data-row={row.label}>
                  <Table.Td fw={500}>{row.label}</Table.Td>
                  {result.periods.map((period, p) => {
                    const cell = whatIfCell(row, p);
                    const label = `${row.label}, ${periodLabel(period, result.unit)}: ${cell.text}${cell.pushedOver ? ', newly over-allocated' : ''}`;
                    return (
                      <Table.Td key={period.index} ta="center" aria-label={label} title={cell.hours} data-band={cell.band} data-pushed-over={cell.pushedOver || undefined}
                        style={{ background: BAND_STYLE[cell.band].colour, color: BAND_STYLE[cell.band].text, fontWeight: cell.pushedOver ? 700 : cell.changed ? 500 : 400, opacity: cell.changed ? 1 : 0.7 }}>
                        {cell.text}
                        {cell.pushedOver ? <Text span display="block" size="xs" fw={700}>newly over</Text> : null}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {untouched > 0 && shown.length > 0 ? <Text size="xs" c="dimmed">{untouched} other {untouched === 1 ? `${one} is` : `${many} are`} not affected. Faded cells are periods the project leaves alone.</Text> : null}
    </Stack>
  );
}
