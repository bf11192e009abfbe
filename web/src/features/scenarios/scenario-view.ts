// What the scenario screens show, pure: how a project stands in a scenario, and the comparison as
// rows of figures with one cell per column (the live portfolio first), demand as hours.
import type { Scenario, ScenarioComparison } from '../../api/scenarios.ts';
import { formatMoney } from '../../ui/money.ts';

export const CHANGE_LABELS: Record<Scenario['projects'][number]['change'], string> = {
  kept: 'As live',
  added: 'Added',
  removed: 'Removed',
  shifted: 'Shifted',
  resized: 'Resized',
  shifted_resized: 'Shifted and resized',
  candidate: 'Not added',
};

export const hours = (minutes: number): number => Math.round(minutes / 60);

export interface FigureRow {
  key: string;
  label: string;
  cells: string[];
  /** Cells to flag (an overload). */
  flagged?: boolean[];
}

/** The comparison's headline figures, a row each, a cell per column. */
export function figureRows(c: ScenarioComparison): FigureRow[] {
  const m = (minor: number) => formatMoney({ amountMinor: minor, currency: c.currency });
  return [
    { key: 'projects', label: 'Projects', cells: c.columns.map((col) => String(col.projects.length)) },
    { key: 'value', label: 'Value', cells: c.columns.map((col) => m(col.valueMinor)) },
    { key: 'score', label: `Score (${c.scoreModel.name})`, cells: c.columns.map((col) => `${col.score.toFixed(1)}${col.unscored.length ? ` (${col.unscored.length} unscored)` : ''}`) },
    { key: 'cost', label: 'Cost', cells: c.columns.map((col) => m(col.costMinor)) },
    ...c.years.map((year, i) => ({ key: `cost-${year}`, label: `Cost in ${year}`, cells: c.columns.map((col) => m(col.costByYear[i] ?? 0)) })),
    { key: 'coverage', label: 'Objectives served', cells: c.columns.map((col) => `${col.objectivesServed} of ${c.objectives.length}`) },
    { key: 'overloads', label: 'Overloaded role-quarters', cells: c.columns.map((col) => String(col.overloads)), flagged: c.columns.map((col) => col.overloads > 0) },
  ];
}

/** Every role of any column, with per column and quarter "demand / capacity" hours and whether it is over. */
export function demandRows(c: ScenarioComparison): { role: string; cells: { text: string; over: boolean }[][] }[] {
  const roles = [...new Set(c.columns.flatMap((col) => col.demand.map((d) => d.role)))];
  return roles.map((role) => ({
    role,
    cells: c.columns.map((col) => {
      const d = col.demand.find((x) => x.role === role);
      return c.quarters.map((_, i) => ({ text: d ? `${hours(d.demand[i] ?? 0)} / ${hours(d.capacity[i] ?? 0)}` : '—', over: d?.over[i] ?? false }));
    }),
  }));
}
