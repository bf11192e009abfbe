// The rule of each dimension of a status report: from the facts and the PMO's thresholds to a
// colour and the sentences that explain it, figures included. A dimension with nothing to judge on
// is grey (not assessed) and says why, rather than being called green: an empty risk matrix row is
// evidence, a missing baseline or cost forecast is not.
import { countColour, countRule, dateOf, measureColour, measureRule, named, num, periodText, plural, workingDays, worstColour } from './rag-scale.ts';
import type { Assessment, Colour, CostForecastBasis, CountBands, ItemRef, StatusFacts, StatusThresholds } from './status-types.ts';

const grey = (reason: string): Assessment => ({ colour: 'grey', reasons: [reason] });

/** Rules' colours and reasons gathered into one assessment; grey when no rule could judge. */
function combine(parts: ReadonlyArray<{ colour: Colour; reason: string }>): Assessment {
  return { colour: worstColour(parts.map((p) => p.colour)), reasons: parts.map((p) => p.reason) };
}

/** "7.5 working days later than" / "2 working days earlier than" / "the same as". */
const slipWords = (days: number): string => (days > 0 ? `${workingDays(days)} later than` : days < 0 ? `${workingDays(days)} earlier than` : 'the same as');

const verb = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** A count judged under its bands, with the items named: "2 change requests … (CR-1 'x', CR-2 'y'): red from 3." */
function counted(items: ReadonlyArray<ItemRef>, bands: CountBands, some: (n: number) => string, none: string): { colour: Colour; reason: string } {
  const n = items.length;
  if (n === 0) return { colour: countColour(0, bands), reason: none };
  return { colour: countColour(n, bands), reason: `${some(n)} (${named(items)}): ${countRule(bands)}.` };
}

export function assessSchedule(f: StatusFacts['schedule'], t: StatusThresholds['schedule']): Assessment {
  const baseline = `baseline ${t.baselineNumber}`;
  if (f.tasks === 0) return grey('The project has no schedule yet, so the schedule is not assessed: plan or import it.');
  if (!f.baselined) return grey(`Baseline ${t.baselineNumber} of the schedule is not saved, so there is no plan to measure slippage against: save it.`);
  const parts: Array<{ colour: Colour; reason: string }> = [];
  if (f.finishSlipDays !== null && f.forecastFinish !== null && f.baselineFinish !== null) {
    parts.push({
      colour: measureColour(f.finishSlipDays, t.finishSlipDays),
      reason: `The forecast finish (${dateOf(f.forecastFinish)}) is ${slipWords(f.finishSlipDays)} ${baseline} (${dateOf(f.baselineFinish)}): ${measureRule(t.finishSlipDays, ' working days')}.`,
    });
  }
  const open = f.milestones.filter((m) => !m.done && m.slipDays !== null);
  if (open.length > 0) {
    const worst = open.reduce((a, b) => (b.slipDays! > a.slipDays! ? b : a));
    parts.push({
      colour: measureColour(worst.slipDays!, t.milestoneSlipDays),
      reason: `Of ${plural(open.length, 'milestone')} still to reach, the worst is '${worst.name}', forecast for ${dateOf(worst.forecastFinish!)}, ${slipWords(worst.slipDays!)} ${baseline} (${dateOf(worst.baselineFinish!)}): ${measureRule(t.milestoneSlipDays, ' working days')}.`,
    });
  } else if (f.milestones.length > 0) {
    parts.push({ colour: 'green', reason: `No milestone still to reach has a date in ${baseline} to slip from.` });
  }
  if (parts.length === 0) return grey(`Neither the finish nor a milestone has a date in ${baseline}, so the schedule is not assessed: save the baseline again.`);
  return combine(parts);
}

/** How a status reason names where the cost forecast comes from. */
export const FORECAST_BASIS: Readonly<Record<CostForecastBasis, string>> = {
  'project-estimate': 'actual cost + the manager’s estimate to complete the project',
  'task-estimates': 'actual cost + the tasks’ estimates to complete',
  'earned-value': 'earned value’s EAC, BAC / CPI',
  'planned-costs': 'actual cost + the planned cost not yet earned',
};

export function assessCost(f: StatusFacts['cost'], t: StatusThresholds['cost']): Assessment {
  if (f.forecast === null) return grey('There is no cost forecast for the project yet, so cost is not assessed against the budget.');
  if (f.budget === null) return grey('The project has no budget, so its cost forecast has nothing to be measured against: set the budget.');
  if (f.budget.currency !== f.forecast.currency) return grey(`The budget is in ${f.budget.currency} and the forecast in ${f.forecast.currency}, so they are not compared.`);
  if (f.budget.amountMinor <= 0) return grey('The budget is zero, so an overrun cannot be measured as a share of it: set the budget.');
  const overrun = ((f.forecast.amountMinor - f.budget.amountMinor) / f.budget.amountMinor) * 100;
  const words = overrun >= 0 ? `${num(overrun)} % over` : `${num(-overrun)} % under`;
  const basis = f.forecastBasis ? ` (${FORECAST_BASIS[f.forecastBasis]})` : '';
  return combine([{ colour: measureColour(overrun, t.overrunPercent), reason: `The forecast cost${basis} is ${words} the budget: ${measureRule(t.overrunPercent, ' %')}.` }]);
}

export function assessScope(f: StatusFacts['scope'], t: StatusThresholds['scope'], period: StatusFacts['period']): Assessment {
  return combine([
    counted(f.awaitingBoard, t.awaitingBoard, (n) => `${plural(n, 'change request')} affecting scope ${verb(n, 'waits', 'wait')} for the change board`, 'No change request affecting scope waits for the change board.'),
    counted(
      f.approvedInPeriod,
      t.approvedInPeriod,
      (n) => `${plural(n, 'change request')} affecting scope ${verb(n, 'was', 'were')} approved in the period ${periodText(period)}`,
      `No change request affecting scope was approved in the period ${periodText(period)}.`,
    ),
  ]);
}

const hasText = (s: string | null): boolean => s !== null && s.trim() !== '';
/** A risk is answered when it has a response strategy and a written response (as the PMO's policy asks). */
export const lacksResponse = (r: { readonly strategy: string | null; readonly response: string }): boolean => !hasText(r.strategy) || !hasText(r.response);

export function assessRisk(f: StatusFacts['risk'], t: StatusThresholds['risk']): Assessment {
  const unanswered = (tier: 'critical' | 'high') => [...f.risks.filter((r) => r.tier === tier && lacksResponse(r))].sort((a, b) => b.score - a.score);
  const band = (tier: 'critical' | 'high', items: ReturnType<typeof unanswered>) => (items[0] ? `the ${items[0].bandLabel} band` : tier === 'critical' ? 'the top band' : 'the band below the top');
  const critical = unanswered('critical');
  const high = unanswered('high');
  const actions = [...f.overdueActions].sort((a, b) => b.daysOverdue - a.daysOverdue);
  return combine([
    counted(critical, t.criticalWithoutResponse, (n) => `${plural(n, 'open risk')} in ${band('critical', critical)} ${verb(n, 'has', 'have')} no response`, 'No open risk in the top band of the risk matrix lacks a response.'),
    counted(high, t.highWithoutResponse, (n) => `${plural(n, 'open risk')} in ${band('high', high)} ${verb(n, 'has', 'have')} no response`, 'No open risk in the band below the top lacks a response.'),
    counted(actions, t.overdueActions, (n) => `${plural(n, 'open action')} ${verb(n, 'is', 'are')} overdue, the oldest by ${plural(actions[0]!.daysOverdue, 'day')}`, 'No open action is overdue.'),
  ]);
}

export function assessQuality(f: StatusFacts['quality'], t: StatusThresholds['quality']): Assessment {
  if (f.reviewsDone === 0 && f.openFindings.length === 0) return grey('No quality review of the project has been completed, so quality is not assessed.');
  const ofSeverity = (s: string) => f.openFindings.filter((x) => x.severity === s);
  return combine([
    counted(ofSeverity('critical'), t.openCriticalFindings, (n) => `${plural(n, 'open quality finding')} ${verb(n, 'is', 'are')} critical`, 'No open quality finding is critical.'),
    counted(ofSeverity('high'), t.openHighFindings, (n) => `${plural(n, 'open quality finding')} ${verb(n, 'is', 'are')} of high severity`, 'No open quality finding is of high severity.'),
    counted(f.openFindings.filter((x) => x.overdue), t.overdueFindings, (n) => `${plural(n, 'quality finding')} ${verb(n, 'is', 'are')} past ${verb(n, 'its', 'their')} due date`, 'No quality finding is past its due date.'),
  ]);
}

/** Resources are not judged until Orrery knows assignments and capacity: no signal here would be sound. */
export const assessResources = (): Assessment => grey('Orrery does not record resource assignments or capacity yet, so resources are not assessed.');
