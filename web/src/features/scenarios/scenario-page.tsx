// One scenario: its portfolio's projects as it has them — the PMO adds a proposed one, removes a
// live one, shifts it by weeks or months or resizes it, or puts it back as live — and the scenario
// side by side with the live portfolio. Each change sends the version read in If-Match.
import { useEffect, useState } from 'react';
import { Badge, Button, Checkbox, Group, NumberInput, Select, Stack, Table, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useResetScenarioProject, useScenario, useScenarioComparison, useSetScenarioProject, type Scenario } from '../../api/scenarios.ts';
import { canGovern } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { formatDate } from '../../ui/dates.ts';
import { formatMoney } from '../../ui/money.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink } from '../../ui/router-links.tsx';
import { ComparisonTables } from './comparison-tables.tsx';
import { CHANGE_LABELS } from './scenario-view.ts';

const route = getRouteApi('/_app/scenarios/$scenarioId');

export function ScenarioPage() {
  const { scenarioId } = route.useParams();
  const scenario = useScenario(scenarioId);
  const user = useCurrentUser();
  const comparison = useScenarioComparison(scenario.data?.portfolioId, { scenarioIds: scenarioId });
  if (scenario.error) return <ProblemAlert error={scenario.error} title="This scenario could not be shown" />;
  if (!scenario.data) return <Pending label="Loading scenario" />;
  const s = scenario.data;
  const mayEdit = canGovern(user);
  return (
    <Stack gap="md">
      <PageHeader title={<>{s.code} · {s.name}</>} subtitle={<>A scenario of portfolio <AnchorLink to="/scenarios" search={{ portfolioId: s.portfolioId }}>{s.portfolioCode}</AnchorLink>: {s.changes} change{s.changes === 1 ? '' : 's'} to the live portfolio. {s.description}</>} />
      <ProjectsTable scenario={s} mayEdit={mayEdit} />
      <ProblemAlert error={comparison.error} title="The comparison could not be computed" />
      {comparison.data ? <ComparisonTables comparison={comparison.data} /> : <Pending label="Comparing" />}
    </Stack>
  );
}

function ProjectsTable({ scenario: s, mayEdit }: { scenario: Scenario; mayEdit: boolean }) {
  const set = useSetScenarioProject();
  const reset = useResetScenarioProject();
  return (
    <Stack gap="xs">
      <ProblemAlert error={set.error ?? reset.error} title="The scenario was not changed" />
      <Table striped aria-label="Scenario projects">
        <Table.Thead><Table.Tr><Table.Th>Project</Table.Th><Table.Th>In the scenario</Table.Th><Table.Th>Start</Table.Th><Table.Th>Finish</Table.Th><Table.Th ta="right">Cost</Table.Th>{mayEdit ? <Table.Th>Change</Table.Th> : null}</Table.Tr></Table.Thead>
        <Table.Tbody>
          {s.projects.map((p) => (
            <Table.Tr key={p.projectId} data-project={p.code}>
              <Table.Td>{p.code} {p.name} {p.live ? null : <Badge size="xs" variant="outline">proposed</Badge>}</Table.Td>
              <Table.Td data-change={p.change}>{CHANGE_LABELS[p.change]}{p.shift.amount ? ` (${p.shift.amount > 0 ? '+' : ''}${p.shift.amount} ${p.shift.unit})` : ''}{p.scalePct !== 100 ? ` (${p.scalePct} %)` : ''}</Table.Td>
              <Table.Td>{formatDate(p.start)}</Table.Td>
              <Table.Td>{formatDate(p.finish)}</Table.Td>
              <Table.Td ta="right">{p.costMinor === null ? '—' : formatMoney({ amountMinor: p.costMinor, currency: s.currency })}</Table.Td>
              {mayEdit ? (
                <Table.Td>
                  <ChangeControls
                    key={p.projectId}
                    project={p}
                    busy={set.isPending || reset.isPending}
                    onApply={(body) => set.mutate({ id: s.id, projectId: p.projectId, version: s.version, body })}
                    onReset={() => reset.mutate({ id: s.id, projectId: p.projectId, version: s.version })}
                  />
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {mayEdit ? <Text size="xs" c="dimmed">Tick a proposed project to add it, untick a live one to remove it; shift moves all its dates and work; size scales its cost and demand.</Text> : null}
    </Stack>
  );
}

type Project = Scenario['projects'][number];

function ChangeControls({ project: p, busy, onApply, onReset }: { project: Project; busy: boolean; onApply: (body: { included: boolean; shift: { amount: number; unit: 'weeks' | 'months' }; scalePct: number }) => void; onReset: () => void }) {
  const [included, setIncluded] = useState(p.included);
  const [amount, setAmount] = useState<number>(p.shift.amount);
  const [unit, setUnit] = useState<'weeks' | 'months'>(p.shift.unit);
  const [scalePct, setScalePct] = useState<number>(p.scalePct);
  // What is saved changed (applied, put back as live, or by someone else): show it. A refetch that
  // changes nothing of this project leaves what is being typed alone.
  useEffect(() => {
    setIncluded(p.included);
    setAmount(p.shift.amount);
    setUnit(p.shift.unit);
    setScalePct(p.scalePct);
  }, [p.included, p.shift.amount, p.shift.unit, p.scalePct]);
  const changed = p.change !== 'kept' && p.change !== 'candidate';
  return (
    <Group gap="xs" wrap="nowrap">
      <Checkbox aria-label={`${p.code} in the scenario`} checked={included} onChange={(e) => setIncluded(e.currentTarget.checked)} />
      <NumberInput aria-label={`${p.code} shift`} w={70} size="xs" allowDecimal={false} value={amount} onChange={(v) => setAmount(typeof v === 'number' ? v : 0)} />
      <Select aria-label={`${p.code} shift unit`} w={100} size="xs" data={[{ value: 'weeks', label: 'weeks' }, { value: 'months', label: 'months' }]} value={unit} onChange={(v) => setUnit(v === 'months' ? 'months' : 'weeks')} allowDeselect={false} />
      <NumberInput aria-label={`${p.code} size %`} w={80} size="xs" suffix=" %" min={1} max={1000} allowDecimal={false} value={scalePct} onChange={(v) => setScalePct(typeof v === 'number' ? v : 100)} />
      <Button size="xs" disabled={busy} onClick={() => onApply({ included, shift: { amount, unit }, scalePct })}>Apply</Button>
      {changed ? <Button size="xs" variant="subtle" disabled={busy} onClick={onReset}>As live</Button> : null}
    </Group>
  );
}
