// Pure helpers of the earned-value pages: the colour of a performance index (red below 0.9, amber
// below 1, green from 1; grey when there is nothing to divide by), how ratios, periods and money
// figures read, the EAC methods and periods in words, which day the task rows' progress is of,
// the portfolio's groups in reading order with their standing against budget, and the pages'
// state in the URL.
import type { BudgetStanding, EacMethod, EvmPeriod, PortfolioEvm, PortfolioEvmGroup, ProjectEvm } from '../../api/types.ts';
import { formatDate } from '../../ui/dates.ts';
import { formatMoney } from '../../ui/money.ts';

export type IndexColour = 'red' | 'amber' | 'green' | 'grey';

/** Below this an index is red; from it up to 1 it is amber; from 1 green. */
export const RED_BELOW = 0.9;
export const GREEN_FROM = 1;

/** The colour of CPI, SPI or SPI(t): null (no cost or plan yet) is grey, never an invented green. */
export function indexColour(value: number | null | undefined): IndexColour {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'grey';
  if (value < RED_BELOW) return 'red';
  if (value < GREEN_FROM) return 'amber';
  return 'green';
}

/** Mantine colour names of each index colour. */
export const INDEX_COLOURS: Record<IndexColour, { color: string; label: string }> = {
  red: { color: 'red', label: 'Red' },
  amber: { color: 'orange', label: 'Amber' },
  green: { color: 'teal', label: 'Green' },
  grey: { color: 'gray', label: 'Not assessed' },
};

const ratioFormat = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const periodFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** "0.89" from 0.8929; "—" when there is no value. */
export const formatRatio = (value: number | null | undefined): string => (value === null || value === undefined || !Number.isFinite(value) ? '—' : ratioFormat.format(value));

export const PERIOD_LABELS: Record<EvmPeriod, { one: string; many: string; option: string }> = {
  day: { one: 'day', many: 'days', option: 'Days' },
  week: { one: 'week', many: 'weeks', option: 'Weeks' },
  month: { one: 'month', many: 'months', option: 'Months' },
};

/** "2.5 days", "-0.5 days", "1 week"; "—" when there is no value. */
export function formatPeriods(value: number | null | undefined, period: EvmPeriod): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const unit = Math.abs(value) === 1 ? PERIOD_LABELS[period].one : PERIOD_LABELS[period].many;
  return `${periodFormat.format(value)} ${unit}`;
}

/** Minor units of one currency as money text, "—" for null. */
export const money = (amountMinor: number | null | undefined, currency: string): string =>
  amountMinor === null || amountMinor === undefined ? '—' : formatMoney({ amountMinor, currency });

export const EAC_LABELS: Record<EacMethod, string> = {
  cpi: 'BAC / CPI',
  'budget-rate': 'AC + (BAC − EV)',
  'cpi-spi': 'AC + (BAC − EV) / (CPI × SPI)',
  'bottom-up': 'AC + managers’ estimates to complete',
};
export const EAC_METHODS = Object.keys(EAC_LABELS) as EacMethod[];
export const PERIODS: readonly EvmPeriod[] = ['day', 'week', 'month'];

/** "12:30 h" from 750 minutes: unpriced time as people book it. */
export function formatHours(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h}:${String(m).padStart(2, '0')} h`;
}

/**
 * Which percent complete the task rows show, in words, and whether it is out of step with the
 * project's EV (a past status date whose record predates per-task records).
 * @example taskProgressNote({ statusDate: '2027-03-03', evRecordedOn: '2027-03-02', tasks: [{ progressAsOf: '2027-03-02' }] }, '2027-04-01')
 * // { text: 'Percent complete and EV of each task as recorded on 2 Mar 2027, with the project’s EV.', warning: false }
 */
export function taskProgressNote(evm: Pick<ProjectEvm, 'statusDate' | 'evRecordedOn'> & { tasks: ReadonlyArray<{ progressAsOf: string }> }, today: string): { text: string; warning: boolean } | null {
  const asOf = evm.tasks[0]?.progressAsOf;
  if (asOf === undefined) return null;
  if (evm.evRecordedOn === null) {
    return evm.statusDate >= today
      ? { text: 'Percent complete and EV of each task as they are now.', warning: false }
      : { text: `Nothing was recorded by ${formatDate(evm.statusDate)}: no task had earned anything yet.`, warning: false };
  }
  if (asOf === evm.evRecordedOn) return { text: `Percent complete and EV of each task as recorded on ${formatDate(asOf)}, with the project’s EV.`, warning: false };
  return { text: `Tasks were not recorded one by one on ${formatDate(evm.evRecordedOn)}: they show their percent complete now, so their EV need not add up to the project’s.`, warning: true };
}

/** A standing against budget in words and colour: not assessed is grey, never an invented green. */
export const STANDING_META: Record<BudgetStanding, { label: string; color: string }> = {
  within: { label: 'Within budget', color: 'teal' },
  over: { label: 'Over budget', color: 'red' },
  not_assessed: { label: 'Not assessed', color: 'gray' },
};

/** Each portfolio followed by its programs (and its projects in no program), as the API orders them. */
export function groupRows(data: Pick<PortfolioEvm, 'portfolios' | 'programs'>): PortfolioEvmGroup[] {
  return data.portfolios.flatMap((p) => [p, ...data.programs.filter((g) => g.portfolioId === p.portfolioId)]);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isDate = (v: unknown): v is string => typeof v === 'string' && ISO_DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));
const isEac = (v: unknown): v is EacMethod => typeof v === 'string' && (EAC_METHODS as string[]).includes(v);
const isPeriod = (v: unknown): v is EvmPeriod => typeof v === 'string' && (PERIODS as string[]).includes(v);

/** After "as of the end of …" on a project's page: where the status date came from when none was picked. */
export const STATUS_DATE_NOTES: Record<ProjectEvm['statusDateSource'], string> = {
  query: '',
  schedule: ' (the schedule’s status date)',
  today: ' (today: the schedule has no status date)',
};

/** The project page's URL: ?statusDate=&period=&eac= (none: the schedule's status date else today, weeks, BAC / CPI). */
export interface EvmSearch {
  statusDate?: string;
  period?: EvmPeriod;
  eac?: EacMethod;
}

export function parseEvmSearch(raw: Record<string, unknown>): EvmSearch {
  const search: EvmSearch = {};
  if (isDate(raw.statusDate)) search.statusDate = raw.statusDate;
  if (isPeriod(raw.period)) search.period = raw.period;
  if (isEac(raw.eac)) search.eac = raw.eac;
  return search;
}

/** The portfolio page's URL: its scope, status date and EAC method. */
export interface FinancialsSearch {
  portfolioId?: string;
  programId?: string;
  statusDate?: string;
  eac?: EacMethod;
}

export function parseFinancialsSearch(raw: Record<string, unknown>): FinancialsSearch {
  const search: FinancialsSearch = {};
  if (typeof raw.portfolioId === 'string' && UUID.test(raw.portfolioId)) search.portfolioId = raw.portfolioId;
  if (typeof raw.programId === 'string' && UUID.test(raw.programId)) search.programId = raw.programId;
  if (isDate(raw.statusDate)) search.statusDate = raw.statusDate;
  if (isEac(raw.eac)) search.eac = raw.eac;
  return search;
}
