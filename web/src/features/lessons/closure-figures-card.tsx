// The figures of a closure report: finish against baseline 0, actual cost against the budget,
// approved scope changes, the risks that happened and the benefits so far — live while a draft,
// frozen once submitted.
import { Card, List, SimpleGrid, Text, Title } from '@mantine/core';
import type { ClosureFigures } from '../../api/types.ts';
import { formatMoney } from '../../ui/money.ts';

const signedPercent = (x: number | null): string => (x === null ? '—' : `${x > 0 ? '+' : ''}${x} %`);

function Figure({ label, value, detail, testId }: { label: string; value: string; detail: string; testId: string }) {
  return (
    <Card withBorder radius="md" padding="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text fz={22} fw={700} data-testid={testId}>{value}</Text>
      <Text size="xs" c="dimmed">{detail}</Text>
    </Card>
  );
}

export function ClosureFiguresCard({ figures, frozen }: { figures: ClosureFigures; frozen: boolean }) {
  const { schedule, cost, scope, risks } = figures;
  const money = (amountMinor: number | null) => (cost && amountMinor !== null ? formatMoney({ amountMinor, currency: cost.currency }) : '—');
  return (
    <Card withBorder radius="md" padding="lg" aria-label="Closure figures">
      <Title order={2} size="h4">Figures</Title>
      <Text size="sm" c="dimmed" mb="sm">{frozen ? `Frozen when submitted (${figures.asOf}).` : `Live, computed today (${figures.asOf}); frozen when the report is submitted.`}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <Figure
          label="Schedule slip" testId="closure-slip"
          value={schedule.slipDays === null ? '—' : `${schedule.slipDays} days (${signedPercent(schedule.slipPercent)})`}
          detail={schedule.baselineFinish === null ? `No baseline ${schedule.baselineNumber} to measure against.` : `Finish ${schedule.finish ?? '—'} against ${schedule.baselineFinish} (baseline ${schedule.baselineNumber}, ${schedule.baselineDays} working days).`}
        />
        <Figure
          label="Cost variance" testId="closure-cost"
          value={cost === null ? '—' : cost.varianceMinor === null ? 'No budget' : `${money(cost.varianceMinor)} (${signedPercent(cost.variancePercent)})`}
          detail={cost === null ? 'Some money has no exchange rate to the project\'s currency.' : `Actual ${money(cost.actualMinor)} against budget ${money(cost.budgetMinor)}; negative is an overrun.`}
        />
        <Figure label="Scope changes" testId="closure-scope" value={String(scope.approvedChanges)} detail="Change requests approved." />
        <Figure label="Risks that happened" testId="closure-risks" value={`${risks.happened} of ${risks.identified}`} detail="Risks an issue was raised from." />
        {figures.benefits ? (
          <Figure
            label="Benefits so far" testId="closure-benefits"
            value={`${figures.benefits.realised} of ${figures.benefits.planned} realised`}
            detail={`${figures.benefits.atRisk} at risk; money ${formatMoney({ amountMinor: figures.benefits.realisedMinor, currency: figures.benefits.currency })} of ${formatMoney({ amountMinor: figures.benefits.plannedMinor, currency: figures.benefits.currency })} planned.`}
          />
        ) : null}
      </SimpleGrid>
      {scope.changes.length + risks.items.length > 0 ? (
        <List size="sm" mt="sm">
          {scope.changes.map((c) => <List.Item key={c.code}>{c.code} {c.title} ({c.status})</List.Item>)}
          {risks.items.map((r) => <List.Item key={r.issueCode}>{r.riskCode} {r.riskTitle} → {r.issueCode} {r.issueTitle}</List.Item>)}
        </List>
      ) : null}
    </Card>
  );
}
