// The headline figures of a project's money: budget approved and current, actual cost to date,
// open commitments, and the bottom-up forecast at completion (saying whether it is the manager's
// estimate or the planned cost still to earn) with its variance (red when the forecast overruns the
// current budget). A missing figure says why instead of showing a zero.
import { Card, SimpleGrid, Text } from '@mantine/core';
import type { Financials } from '../../api/finance.ts';
import { forecastNote, moneyText, signedMoneyText } from './finance-view.ts';

function Figure({ label, value, note, color }: { label: string; value: string; note?: string | undefined; color?: string | undefined }) {
  return (
    <Card withBorder radius="md" padding="sm" role="group" aria-label={label}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text size="xl" fw={600} c={color} data-testid="figure">{value}</Text>
      {note ? <Text size="xs" c="dimmed">{note}</Text> : null}
    </Card>
  );
}

export function FinancialSummary({ financials: f }: { financials: Financials }) {
  const c = f.currency;
  const vac = f.forecast.varianceAtCompletionMinor;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
      <Figure label="Approved budget" value={moneyText(f.budget.approvedMinor, c)} note={f.budget.approvedMinor === null ? 'No approved budget yet' : 'The original budget'} />
      <Figure label="Current budget" value={moneyText(f.budget.currentMinor, c)} note={f.budget.pendingMinor ? `${signedMoneyText(f.budget.pendingMinor, c ?? 'EUR')} waiting for approval` : 'With approved changes'} />
      <Figure label="Actual cost" value={moneyText(f.actual.totalMinor, c)} note={`To ${f.asOf}; labour from timesheets not yet included`} />
      <Figure label="Committed" value={moneyText(f.committed.openMinor, c)} note={`${f.committed.openOrders} open purchase order${f.committed.openOrders === 1 ? '' : 's'}`} />
      <Figure label="Forecast at completion" value={moneyText(f.forecast.atCompletionMinor, c)} note={forecastNote(f.forecast, c)} />
      <Figure label="Variance at completion" value={vac === null || !c ? '—' : signedMoneyText(vac, c)} color={vac !== null && vac < 0 ? 'red.7' : undefined} note={vac === null ? 'Needs a budget and a forecast' : vac < 0 ? 'Forecast overruns the budget' : 'Forecast within the budget'} />
    </SimpleGrid>
  );
}
