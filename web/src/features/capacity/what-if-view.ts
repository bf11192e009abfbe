// The what-if panel's pure view logic: a cell's load before → after with the band of the after (so
// a period the project pushes over is red and says so), which rows to show (those the project
// changes, the ones it pushes over first), and the verdict in a PMO lead's words: does the project
// fit, whom does it push over and when, where does its work fall.
import type { CapacityWhatIf, CapacityWhatIfRow } from '../../api/capacity.ts';
import { formatDate } from '../../ui/dates.ts';
import { loadBand, periodLabel, type LoadBand } from './capacity-view.ts';

type GroupBy = CapacityWhatIf['groupBy'];

const percent = (hours: number, capacity: number): number => Math.round((100 * hours) / capacity);
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
const round = (hours: number): number => Math.round(hours * 10) / 10;

export interface WhatIfCell {
  /** The band of the load after adding the project. */
  readonly band: LoadBand;
  /** "85 % → 130 %", "85 %" when the project leaves it alone, hours where there is no capacity. */
  readonly text: string;
  readonly changed: boolean;
  /** Within capacity before, over it after. */
  readonly pushedOver: boolean;
  /** For screen readers and the tooltip: the hours behind the percentages. */
  readonly hours: string;
}

/** One period of a row, before and after. */
export function whatIfCell(row: CapacityWhatIfRow, p: number): WhatIfCell {
  const [before, after, capacity] = [row.before[p] ?? 0, row.after[p] ?? 0, row.capacity[p] ?? 0];
  const changed = after !== before;
  const pushedOver = row.newlyOverAllocated.includes(p);
  const band = loadBand({ load: [capacity > 0 ? percent(after, capacity) : null], overAllocated: [after > capacity] }, 0);
  const hours = changed ? `${before} h → ${after} h of ${capacity} h available` : `${after} h of ${capacity} h available`;
  if (capacity <= 0) return { band, changed, pushedOver, hours, text: !changed ? (after > 0 ? `${after} h over` : '—') : `${before} h → ${after} h` };
  const [was, now] = [percent(before, capacity), percent(after, capacity)];
  return { band, changed, pushedOver, hours, text: changed ? `${was} % → ${now} %` : `${now} %` };
}

/** The rows the project changes, those it pushes over first (most periods first), and how many it leaves alone. */
export function rowsToShow(result: Pick<CapacityWhatIf, 'rows'>): { shown: CapacityWhatIfRow[]; untouched: number } {
  const touched = result.rows.filter((r) => r.after.some((a, p) => a !== r.before[p]));
  const shown = [...touched].sort((a, b) => b.newlyOverAllocated.length - a.newlyOverAllocated.length);
  return { shown, untouched: result.rows.length - touched.length };
}

/** The projects to try, proposed ones first (the question is usually about them), then those under way or on hold; finished and cancelled ones add nothing to ask about. */
export function candidateOptions(projects: ReadonlyArray<{ id: string; code: string; name: string; status: string }>): Array<{ group: string; items: Array<{ value: string; label: string }> }> {
  const items = (statuses: ReadonlyArray<string>) => projects.filter((p) => statuses.includes(p.status)).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }));
  return [
    { group: 'Proposed', items: items(['proposed']) },
    { group: 'Under way or on hold', items: items(['active', 'on_hold']) },
  ].filter((g) => g.items.length > 0);
}

/** What a row is called, one and many. */
export const GROUP_NOUN: Readonly<Record<GroupBy, readonly [string, string]>> = {
  role: ['role', 'roles'],
  resource: ['resource', 'resources'],
  skill: ['skill', 'skills'],
  department: ['department', 'departments'],
};

/** "3 weeks (from 8 Mar)", "1 month (Mar 2027)". */
function periodsText(result: Pick<CapacityWhatIf, 'periods' | 'unit'>, indexes: ReadonlyArray<number>): string {
  const first = result.periods[indexes[0]!]!;
  return `${plural(indexes.length, result.unit)} (${indexes.length === 1 ? '' : 'from '}${periodLabel(first, result.unit)})`;
}

export interface Verdict {
  /** empty: nothing assigned; outside: no work in the window; fits: nobody pushed over; over: someone is. */
  readonly tone: 'empty' | 'outside' | 'fits' | 'over';
  readonly title: string;
  readonly lines: ReadonlyArray<string>;
}

/** Where the project's work falls, as moved and as planned. */
export function spanText(result: Pick<CapacityWhatIf, 'span' | 'shiftWeeks'>): string | null {
  const { span, shiftWeeks } = result;
  if (span === null) return null;
  if (shiftWeeks === 0) return `Its assigned work runs ${formatDate(span.start)} – ${formatDate(span.finish)}.`;
  const moved = `${plural(Math.abs(shiftWeeks), 'week')} ${shiftWeeks > 0 ? 'later' : 'earlier'}`;
  return `Started ${moved} than planned, its assigned work would run ${formatDate(span.start)} – ${formatDate(span.finish)} instead of ${formatDate(span.plannedStart)} – ${formatDate(span.plannedFinish)}.`;
}

/** The answer to "what happens if we add this project?", headline first. */
export function whatIfVerdict(result: CapacityWhatIf): Verdict {
  const name = `${result.projectCode} ${result.projectName}`;
  const [one, many] = GROUP_NOUN[result.groupBy];
  if (result.span === null) {
    return { tone: 'empty', title: `${name} adds no demand yet`, lines: [`Nobody is assigned to its tasks, so there is nothing to add. Assign people, roles or equipment in its schedule, then try again.`] };
  }
  const where = spanText(result)!;
  const { shown } = rowsToShow(result);
  if (shown.length === 0) {
    const window = result.periods.length > 0 ? ` (${formatDate(result.periods[0]!.firstDay)} – ${formatDate(result.periods.at(-1)!.lastDay)})` : '';
    return { tone: 'outside', title: `None of ${name}'s work falls in this window`, lines: [where, `Widen the window${window} or move its start to see what it does.`] };
  }
  const added = round(shown.reduce((sum, r) => sum + r.after.reduce((s, a, p) => s + a - r.before[p]!, 0), 0));
  const pushed = shown.filter((r) => r.newlyOverAllocated.length > 0);
  const worse = shown.filter((r) => r.after.some((a, p) => a > r.before[p]! && r.before[p]! > r.capacity[p]!));
  const worseLine = worse.length > 0 ? [`Already over capacity and more so with it: ${worse.map((r) => r.label).join(', ')}.`] : [];
  if (pushed.length === 0) {
    const peak = peakLoad(result);
    const peakLine = peak ? ` The highest load it leads to is ${peak.load} % (${peak.label}, ${periodLabel(result.periods[peak.period]!, result.unit)}).` : '';
    return { tone: 'fits', title: `${name} fits: no ${one} goes over capacity`, lines: [where, `It adds ${added} h of work in this window.${peakLine}`, ...worseLine] };
  }
  const people = result.groupBy === 'resource' || result.resources.length === 0 ? [] : [`Who goes over: ${result.resources.map((r) => r.name).join(', ')}.`];
  return {
    tone: 'over',
    title: `Adding ${name} over-allocates ${plural(pushed.length, one, many)}`,
    lines: [where, `Pushed over capacity: ${pushed.map((r) => `${r.label} in ${periodsText(result, r.newlyOverAllocated)}`).join('; ')}.`, ...people, `It adds ${added} h of work in this window.`, ...worseLine],
  };
}

/** The highest load after adding the project among the periods it changes. */
function peakLoad(result: CapacityWhatIf): { label: string; period: number; load: number } | null {
  let peak: { label: string; period: number; load: number } | null = null;
  for (const row of result.rows) {
    row.after.forEach((after, p) => {
      const capacity = row.capacity[p]!;
      if (after === row.before[p] || capacity <= 0) return;
      const load = percent(after, capacity);
      if (peak === null || load > peak.load) peak = { label: row.label, period: p, load };
    });
  }
  return peak;
}
