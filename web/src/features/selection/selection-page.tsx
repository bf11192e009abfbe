// A portfolio's optimal selection: the budget per year (the settings' by default), how far proposed
// projects may slip and whether active ones are weighed; then the chosen set beside the greedy
// ranking's, why each project is out (what it would break, what forcing it in costs), the projects
// that could not be candidates, and the efficient frontier — value against budget, optimum and
// greedy — drawn with the earned-value pages' chart hook.
import { useMemo, useState } from 'react';
import { Alert, Badge, Button, Card, Checkbox, Group, List, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { usePortfolio } from '../../api/portfolios.ts';
import { useOptimise, useSelectionSettings } from '../../api/scoring.ts';
import type { Optimisation } from '../../api/types.ts';
import { canEditRegister } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { minorDigits } from '../../ui/money.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { ButtonLink } from '../../ui/router-links.tsx';
import { useLineChart } from '../evm/echarts-lines.ts';
import { budgetText, parseBudget } from './selection-view.ts';
import { SelectionSettingsCard } from './selection-settings-card.tsx';

const route = getRouteApi('/_app/portfolios/$portfolioId/selection');
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

export function SelectionPage() {
  const { portfolioId } = route.useParams();
  const portfolio = usePortfolio(portfolioId);
  const settings = useSelectionSettings(portfolioId);
  const user = useCurrentUser();
  if (settings.isPending) return <Pending label="Loading the selection settings" />;
  if (settings.error) return <ProblemAlert error={settings.error} title="The selection could not be shown" />;
  return (
    <Stack>
      <PageHeader title={<>Optimal selection{portfolio.data ? `: ${portfolio.data.name}` : ''}</>} subtitle="The projects of greatest total score the budget and the people allow, beside the greedy ranking."
        actions={<ButtonLink to="/portfolios/$portfolioId/prioritisation" params={{ portfolioId }} variant="default">Ranked list</ButtonLink>} />
      {canEditRegister(user) || user.orgRole === 'executive'
        ? <Optimiser key={`optimiser-${settings.data.version}`} portfolioId={portfolioId} initial={{ budget: budgetText(settings.data.budgetPerYear, 'EUR'), shift: settings.data.startShiftQuarters, active: settings.data.includeActive }} />
        : <Alert color="gray">The PMO and executives run the optimiser: it weighs every project of the portfolio.</Alert>}
      {canEditRegister(user) ? <SelectionSettingsCard key={`settings-${settings.data.version}`} settings={settings.data} /> : null}
    </Stack>
  );
}

function Optimiser({ portfolioId, initial }: { portfolioId: string; initial: { budget: string; shift: number; active: boolean } }) {
  const [budget, setBudget] = useState(initial.budget);
  const [shift, setShift] = useState(initial.shift);
  const [active, setActive] = useState(initial.active);
  const optimise = useOptimise(portfolioId);
  const currency = optimise.data?.currency ?? 'EUR';
  const amounts = parseBudget(budget, currency);
  const run = () => optimise.mutate({ ...(amounts === null || amounts.length === 0 ? {} : amounts.length === 1 ? { budget: amounts[0]! } : { budgetPerYear: amounts }), startOptions: shift, includeActive: active, frontierPoints: 8, explainExcluded: true, timeLimitSeconds: 10 });
  return (
    <>
      <Card withBorder component="section" aria-label="Constraints">
        <Group align="flex-end">
          <TextInput label={`Budget per year (${currency})`} description="One figure for every year, or one per year: 1500000, 2000000" value={budget} onChange={(e) => setBudget(e.currentTarget.value)} error={amounts === null ? 'Amounts separated by commas' : undefined} w={320} />
          <NumberInput label="Start up to … quarters later" min={0} max={8} value={shift} onChange={(v) => setShift(Number(v) || 0)} w={200} />
          <Checkbox label="Weigh active projects too" checked={active} onChange={(e) => setActive(e.currentTarget.checked)} mb={8} />
          <Button onClick={run} loading={optimise.isPending} disabled={amounts === null}>Optimise</Button>
        </Group>
      </Card>
      <ProblemAlert error={optimise.error} />
      {optimise.data ? <Result result={optimise.data} /> : null}
    </>
  );
}

function Result({ result: r }: { result: Optimisation }) {
  const money = (minor: number) => (minor / 10 ** minorDigits(r.currency)).toLocaleString('en', { maximumFractionDigits: 0 });
  const optimal = new Map(r.optimal?.chosen.map((c) => [c.code, c.start]) ?? []);
  const greedy = new Map(r.greedy.chosen.map((c) => [c.code, c.start]));
  return (
    <>
      {r.optimal ? (
        <Alert color="teal" aria-label="Outcome" title={`Optimal value ${r.optimal.value.toFixed(1)} against greedy ${r.greedy.value.toFixed(1)}`}>
          {r.outcome === 'optimal' ? 'Proven best' : `Within ${r.optimal.gapPct.toFixed(2)} % of the best`} · solved in {r.optimal.ms} ms · spending {r.optimal.spendPerYear.map((s, i) => `${r.years[i]}: ${money(s)}`).join(', ')} {r.currency}
        </Alert>
      ) : <Alert color="red" title="No selection fits">{r.infeasible?.message}</Alert>}
      <Card withBorder component="section" aria-label="Chosen projects">
        <Title order={2} size="h4" mb="xs">Optimal and greedy side by side</Title>
        <Table aria-label="Optimal and greedy selections" striped>
          <Table.Thead><Table.Tr><Table.Th>Project</Table.Th><Table.Th ta="right">Score</Table.Th><Table.Th ta="right">Cost ({r.currency})</Table.Th><Table.Th>Optimal</Table.Th><Table.Th>Greedy</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {r.candidates.map((c) => (
              <Table.Tr key={c.projectId} data-project={c.code} data-chosen={optimal.has(c.code) ? 'yes' : 'no'}>
                <Table.Td><Group gap="xs">{c.code} {c.name}{c.mandatory ? <Badge color="red" variant="light">Mandatory</Badge> : null}</Group></Table.Td>
                <Table.Td ta="right">{c.value.toFixed(1)}</Table.Td>
                <Table.Td ta="right">{money(c.totalCost)}</Table.Td>
                <Table.Td>{optimal.has(c.code) ? <Badge color="teal">from {optimal.get(c.code)}</Badge> : <Text c="dimmed" size="sm">out</Text>}</Table.Td>
                <Table.Td>{greedy.has(c.code) ? <Badge variant="outline">from {greedy.get(c.code)}</Badge> : <Text c="dimmed" size="sm">out</Text>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      {r.exclusions.length > 0 ? (
        <Card withBorder component="section" aria-label="Why projects are out">
          <Title order={2} size="h4" mb="xs">Why these projects are out</Title>
          <List spacing="xs">
            {r.exclusions.map((e) => (
              <List.Item key={e.projectId} data-project={e.code}>
                <Text fw={500} span>{e.code}</Text>: {e.blocking.length === 0 ? 'it fits, but adds no value.' : e.blocking.map((b) => b.message).join(' ')}
                {e.price ? <Text size="sm" c="dimmed">Forcing it in would lose {e.price.valueLost.toFixed(1)} points{e.price.leaves.length ? `: ${e.price.leaves.join(', ')} would leave` : ''}{e.price.joins.length ? `, ${e.price.joins.join(', ')} would join` : ''}.</Text> : null}
                {e.priceMessage ? <Text size="sm" c="dimmed">It cannot be forced in: {e.priceMessage}</Text> : null}
              </List.Item>
            ))}
          </List>
        </Card>
      ) : null}
      {r.leftOut.length + r.warnings.length > 0 ? (
        <Card withBorder component="section" aria-label="Not candidates">
          <List size="sm">
            {r.leftOut.map((l) => <List.Item key={l.projectId}>{l.code} {l.name}: {l.reason}</List.Item>)}
            {r.warnings.map((w) => <List.Item key={w}>{w}</List.Item>)}
          </List>
        </Card>
      ) : null}
      {r.frontier ? <Frontier result={r} /> : r.frontierMessage ? <Alert color="gray">{r.frontierMessage}</Alert> : null}
    </>
  );
}

function Frontier({ result: r }: { result: Optimisation }) {
  const scale = 10 ** minorDigits(r.currency);
  const option = useMemo(() => {
    const points = r.frontier!.points;
    const budget = r.budgetPerYear.reduce((s, b) => s + b, 0);
    return {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 24, top: 28, bottom: 36, containLabel: true },
      xAxis: { type: 'value', name: `Budget (${r.currency})`, axisLabel: { formatter: (v: number) => compact.format(v / scale) } },
      yAxis: { type: 'value', name: 'Value' },
      series: [
        { name: 'Optimal', type: 'line', data: points.map((p) => [p.totalBudget, p.value]), color: '#2f9e44', markLine: { symbol: 'none', silent: true, data: [{ xAxis: budget, label: { formatter: 'This budget' }, lineStyle: { color: '#adb5bd', type: 'dotted' } }] } },
        { name: 'Greedy', type: 'line', data: points.map((p) => [p.totalBudget, p.greedyValue]), color: '#e8590c', lineStyle: { type: 'dashed' } },
      ],
    };
  }, [r, scale]);
  const element = useLineChart(option);
  return (
    <Card withBorder component="section" aria-label="Efficient frontier">
      <Title order={2} size="h4">Efficient frontier</Title>
      <Text size="sm" c="dimmed">The best value at each total budget; beyond {compact.format(r.frontier!.saturationBudget / scale)} {r.currency} more money adds nothing.</Text>
      <div ref={element} role="img" aria-label="Efficient frontier: value against budget, optimal and greedy" style={{ width: '100%', height: 300 }} />
    </Card>
  );
}
