// The terminal text of `orrery evm`: a project's figures (with TCPI to BAC and to EAC, the bottom-up
// ETC and where it comes from, earned schedule with TSPI) and its tasks with their own indices; and the roll-up — the total in the
// base currency, each portfolio and program (and a portfolio's projects in no program) with earned
// schedule and its standing against its budget, then each project in its own currency.
import type { PortfolioEvm, ProjectEvm } from '../../contracts/evm.schema.ts';
import { minorDigits } from '../../core/finance/currency.ts';
import { renderTable } from '../text-table.ts';

const money = (minor: number | null, currency: string): string => (minor === null ? '—' : (minor / 10 ** minorDigits(currency)).toLocaleString('en', { minimumFractionDigits: minorDigits(currency), maximumFractionDigits: minorDigits(currency) }));
const ratio = (x: number | null): string => (x === null ? '—' : x.toFixed(2));
const num = (x: number | null, digits = 1): string => (x === null ? '—' : x.toFixed(digits));

/** Says which status date a project's figures are at when none was asked for. */
const STATUS_DATE_FROM: Record<ProjectEvm['statusDateSource'], string> = { query: '', schedule: ' (the schedule’s status date)', today: ' (today: the schedule has no status date)' };

/** The bottom-up ETC and EAC with where they come from, or what is missing for them. */
function bottomUpLine(r: ProjectEvm): string {
  const m = (x: number | null) => `${money(x, r.currency)} ${r.currency}`;
  const b = r.bottomUp;
  const figures = `Bottom-up ETC ${m(r.amounts.etcBottomUp)} → EAC ${m(r.indices.eacs['bottom-up'])}`;
  if (b.source === 'project-estimate') return `${figures}: the manager’s estimate for the whole project of ${b.asOf ?? '—'}${b.note ? ` (${b.note})` : ''}`;
  if (b.source === 'task-estimates') return `${figures}: the tasks’ estimates summed (finished tasks count 0)`;
  const missing = b.tasksWithoutEstimate === 1 ? '1 unfinished task has' : `${b.tasksWithoutEstimate} unfinished tasks have`;
  return b.tasksWithoutEstimate > 0
    ? `No bottom-up ETC: ${missing} no estimate to complete (their manager sets them, or one for the whole project, on the earned-value page).`
    : 'No bottom-up ETC: the manager gives the project’s estimate to complete on the earned-value page.';
}

/** Which day's percent complete the task rows show (at a past status date, what was recorded with the project's EV). */
function tasksAsOf(r: ProjectEvm): string {
  const asOf = r.tasks[0]!.progressAsOf;
  if (r.evRecordedOn === null) return asOf < r.statusDate ? `Tasks: nothing was recorded by ${r.statusDate}, so none had earned anything.` : `Tasks: percent complete and EV as they are now (${asOf}).`;
  if (asOf === r.evRecordedOn) return `Tasks: percent complete and EV as recorded on ${asOf}, with the project's EV.`;
  return `Tasks: not recorded one by one on ${r.evRecordedOn}, so they show their percent complete now (${asOf}) and need not add up to the project's EV.`;
}

/** A project's figures, earned schedule and its tasks. */
export function projectLines(r: ProjectEvm, width: number): string[] {
  const c = r.currency;
  const m = (x: number | null) => `${money(x, c)} ${c}`;
  const lines = [`${r.projectCode} ${r.projectName} — earned value as of ${r.statusDate}${STATUS_DATE_FROM[r.statusDateSource]}`];
  if (r.notAssessed) lines.push(r.notAssessed, `Actual cost so far: ${m(r.amounts.ac)}`, bottomUpLine(r));
  else {
    const { amounts: a, indices: i, schedule: s } = r;
    lines.push(
      `BAC ${m(a.bac)}   PV ${m(a.pv)}   EV ${m(a.ev)}   AC ${m(a.ac)}`,
      `CV ${m(i.cv)}   SV ${m(i.sv)}   CPI ${ratio(i.cpi)}   SPI ${ratio(i.spi)}`,
      `EAC (${i.eacMethod}) ${m(i.eac)}   ETC ${m(i.etc)}   VAC ${m(i.vac)}   TCPI to BAC ${ratio(i.tcpiToBac)}   TCPI to EAC ${ratio(i.tcpiToEac)}`,
      bottomUpLine(r),
      ...(s ? [`Earned schedule ${num(s.es)} of ${num(s.pd)} ${s.period}s at ${num(s.at)}   SV(t) ${num(s.svT)}   SPI(t) ${ratio(s.spiT)}   TSPI ${ratio(s.tspi)}   IEAC(t) ${num(s.ieacT)} ${s.period}s → ${s.forecastFinish ?? '—'}`] : []),
      '',
      ...(r.tasks.length > 0 ? [tasksAsOf(r), ''] : []),
      ...renderTable(
        [
          { header: 'Task', value: (t: ProjectEvm['tasks'][number]) => t.name, flex: true, min: 12 },
          { header: '%', value: (t) => String(t.percentComplete), align: 'right' },
          { header: 'Earns by', value: (t) => t.earningMethod },
          { header: 'BAC', value: (t) => money(t.amounts.bac, c), align: 'right' },
          { header: 'PV', value: (t) => money(t.amounts.pv, c), align: 'right' },
          { header: 'EV', value: (t) => money(t.amounts.ev, c), align: 'right' },
          { header: 'AC', value: (t) => money(t.amounts.ac, c), align: 'right' },
          { header: 'CV', value: (t) => money(t.indices.cv, c), align: 'right' },
          { header: 'CPI', value: (t) => ratio(t.indices.cpi), align: 'right' },
          { header: 'SPI', value: (t) => ratio(t.indices.spi), align: 'right' },
          { header: 'EAC', value: (t) => money(t.indices.eac, c), align: 'right' },
          { header: 'VAC', value: (t) => money(t.indices.vac, c), align: 'right' },
          { header: 'TCPI', value: (t) => ratio(t.indices.tcpiToBac), align: 'right' },
          { header: 'Mgr ETC', value: (t) => money(t.amounts.etcBottomUp, c), align: 'right' },
        ],
        r.tasks,
        width,
      ),
    );
  }
  if (r.unpricedMinutes > 0) lines.push('', `${num(r.unpricedMinutes / 60)} approved hours are left out of AC: their people have no cost rate on those days (orrery has them under Settings → Rates).`);
  return lines;
}

const STANDING = { within: 'within budget', over: 'OVER BUDGET', not_assessed: 'not assessed' } as const;

/** The roll-up: total, portfolios and programs in the base currency, then the projects in theirs. */
export function rollUpLines(result: PortfolioEvm, width: number): string[] {
  const base = result.baseCurrency;
  const m = (x: number | null) => money(x, base);
  const { amounts: a, indices: i, schedule: s, budget: b } = result.total;
  type Group = PortfolioEvm['programs'][number];
  const groups = result.portfolios.flatMap((p) => [p, ...result.programs.filter((g) => g.portfolioId === p.portfolioId)]);
  type Line = PortfolioEvm['projects'][number];
  const lines = [
    `Earned value as of ${result.statusDate}, in ${base}: BAC ${m(a.bac)}  PV ${m(a.pv)}  EV ${m(a.ev)}  AC ${m(a.ac)}  CPI ${ratio(i.cpi)}  SPI ${ratio(i.spi)}  EAC ${m(i.eac)}  VAC ${m(i.vac)}`,
    ...(s ? [`Earned schedule ${num(s.es)} of ${num(s.pd)} days at ${num(s.at)}   SV(t) ${num(s.svT)}   SPI(t) ${ratio(s.spiT)}   IEAC(t) ${num(s.ieacT)} days → ${s.forecastFinish ?? '—'}`] : []),
    `Budget ${m(b.budgetMinor)}  forecast ${m(b.forecastMinor)}  variance ${m(b.varianceMinor)}  committed ${m(b.committedMinor)}: ${STANDING[b.standing]}${b.overBudget.length > 0 ? ` (over: ${b.overBudget.join(', ')})` : ''}`,
    '',
    ...renderTable<Group>(
      [
        { header: 'Portfolio / program', value: (g) => `${g.level === 'program' ? '└ ' : ''}${g.code ? `${g.code} ` : ''}${g.name}`, flex: true, min: 32 },
        { header: 'Proj', value: (g) => String(g.projectCodes.length), align: 'right' },
        { header: 'BAC', value: (g) => m(g.amounts.bac), align: 'right' },
        { header: 'PV', value: (g) => m(g.amounts.pv), align: 'right' },
        { header: 'EV', value: (g) => m(g.amounts.ev), align: 'right' },
        { header: 'AC', value: (g) => m(g.amounts.ac), align: 'right' },
        { header: 'CPI', value: (g) => ratio(g.indices.cpi), align: 'right' },
        { header: 'SPI', value: (g) => ratio(g.indices.spi), align: 'right' },
        { header: 'SPI(t)', value: (g) => ratio(g.schedule?.spiT ?? null), align: 'right' },
        { header: 'EAC', value: (g) => m(g.indices.eac), align: 'right' },
        { header: 'VAC', value: (g) => m(g.indices.vac), align: 'right' },
        { header: 'Budget', value: (g) => m(g.budget.budgetMinor), align: 'right' },
        { header: 'Var', value: (g) => m(g.budget.varianceMinor), align: 'right' },
        { header: 'Standing', value: (g) => STANDING[g.budget.standing] },
      ],
      groups,
      width,
    ),
    '',
    ...renderTable<Line>(
      [
        { header: 'Project', value: (p) => p.projectCode },
        { header: 'Name', value: (p) => p.projectName, flex: true, min: 16 },
        { header: 'Cur', value: (p) => p.currency },
        { header: 'BAC', value: (p) => money(p.amounts.bac, p.currency), align: 'right' },
        { header: 'PV', value: (p) => money(p.amounts.pv, p.currency), align: 'right' },
        { header: 'EV', value: (p) => money(p.amounts.ev, p.currency), align: 'right' },
        { header: 'AC', value: (p) => money(p.amounts.ac, p.currency), align: 'right' },
        { header: 'CPI', value: (p) => ratio(p.indices.cpi), align: 'right' },
        { header: 'SPI', value: (p) => ratio(p.indices.spi), align: 'right' },
        { header: 'EAC', value: (p) => money(p.indices.eac, p.currency), align: 'right' },
        { header: 'VAC', value: (p) => money(p.indices.vac, p.currency), align: 'right' },
        { header: 'Budget', value: (p) => money(p.budget.budgetMinor, p.currency), align: 'right' },
        { header: 'Standing', value: (p) => STANDING[p.budget.standing] },
      ],
      result.projects,
      width,
    ),
  ];
  for (const n of result.notConverted) lines.push('', `Left out of the totals: ${n.projectCode} (${n.currency}). ${n.reason}`);
  return lines;
}
