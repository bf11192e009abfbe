// The candidates of a portfolio's selection: its proposed projects (and, when asked, its active
// and on-hold ones) with their score on the model as value, their budget in the base currency
// spread evenly over the quarters they are planned to span as cost, their demand per role per
// quarter from their assignments (else the settings' per-role estimate) and the quarters they may
// start in (their planned one, later ones up to the allowed slip while the whole plan fits). A
// project that cannot be a candidate is left out with the reason. Other sources of candidates
// (a scenario's copies of the projects) implement the same `CandidateSource`.
import type { SelectionSettings } from '../../contracts/selection.schema.ts';
import type { RoleDemand } from '../../core/selection/selection-types.ts';
import type { AppContext } from '../context.ts';
import { visibleProjects } from '../projects/project-queries.ts';
import { breakdownOf } from '../scoring/score-breakdown.ts';
import { loadScores } from '../scoring/scores.ts';
import { loadScoringModel } from '../scoring/scoring-models.ts';
import { quarterOf, type Horizon } from './horizon.ts';
import { loadRoleQuarters } from './selection-capacity.ts';

export interface PlannedCandidate {
  readonly projectId: string;
  readonly code: string;
  readonly name: string;
  readonly status: string;
  readonly value: number;
  readonly mandatory: boolean;
  /** Cost in minor units per quarter from its start. */
  readonly costPerQuarter: number[];
  readonly demand: RoleDemand[];
  readonly demandSource: 'assignments' | 'estimate' | 'none';
  /** Allowed start quarters of the horizon, the planned one first. */
  readonly starts: number[];
}

export interface LeftOut { readonly projectId: string; readonly code: string; readonly name: string; readonly reason: string }

export interface CandidateSet {
  readonly candidates: PlannedCandidate[];
  readonly leftOut: LeftOut[];
  /** Role → hours per quarter available to the candidates. */
  readonly capacity: ReadonlyMap<string, number[]>;
}

export interface CandidateRequest {
  readonly portfolioId: string;
  readonly settings: SelectionSettings;
  readonly horizon: Horizon;
  readonly modelKey: string;
  readonly includeActive: boolean;
  readonly startShift: number;
  readonly currency: string;
}

export type CandidateSource = (ctx: AppContext, request: CandidateRequest) => Promise<CandidateSet>;

/**
 * How a source reshapes a project before it becomes a candidate: left out (with the reason), or
 * moved to other planned dates and scaled (cost and demand, percent). No adjustment: as planned.
 */
export type CandidateAdjustment =
  | { readonly include: false; readonly reason: string }
  | { readonly include: true; readonly plannedStart: string | null; readonly plannedFinish: string | null; readonly scalePct: number };
export type Adjust = (project: { readonly id: string; readonly plannedStart: string | null; readonly plannedFinish: string | null }) => CandidateAdjustment | null;

/** `total` minor units over `n` quarters, the remainder one unit at a time from the first. */
const spread = (total: number, n: number): number[] => Array.from({ length: n }, (_, i) => Math.floor(total / n) + (i < total % n ? 1 : 0));

/** The portfolio's projects as candidates, each as planned. */
export const portfolioCandidates: CandidateSource = (ctx, request) => adjustedCandidates(ctx, request, () => null);

/** The portfolio's projects as candidates, each reshaped by `adjust` first (a scenario's changes). */
export async function adjustedCandidates(ctx: AppContext, request: CandidateRequest, adjust: Adjust): Promise<CandidateSet> {
  const { horizon: h, settings } = request;
  const statuses = request.includeActive ? ['proposed', 'active', 'on_hold'] : ['proposed'];
  const rows = await visibleProjects(ctx, {}).selectAll('p').where('p.portfolioId', '=', request.portfolioId).where('p.status', 'in', statuses).orderBy('p.code').execute();
  const model = await loadScoringModel(ctx.db, request.modelKey);
  const scores = await loadScores(ctx.db, 'project', request.modelKey, rows.map((r) => r.id));
  const leftOut: LeftOut[] = [];
  const planned: Array<{ row: (typeof rows)[number]; value: number; mandatory: boolean; first: number; costs: number[]; fixed: boolean; quarterShift: number; scale: number }> = [];
  for (const storedRow of rows) {
    const out = (reason: string) => leftOut.push({ projectId: storedRow.id, code: storedRow.code, name: storedRow.name, reason });
    const change = adjust(storedRow);
    if (change && !change.include) { out(change.reason); continue; }
    const scale = change ? change.scalePct / 100 : 1;
    const row = change ? { ...storedRow, plannedStart: change.plannedStart, plannedFinish: change.plannedFinish, budgetAmountMinor: storedRow.budgetAmountMinor === null ? null : Math.round(Number(storedRow.budgetAmountMinor) * scale) } : storedRow;
    // Demand read from assignments stays at the stored dates: it moves by the whole quarters the start moved.
    const quarterShift = row.plannedStart && storedRow.plannedStart ? quarterOf(h, row.plannedStart) - quarterOf(h, storedRow.plannedStart) : 0;
    const stored = scores.get(row.id);
    const scored = stored ? breakdownOf(model, stored.levels) : null;
    if (!stored || scored!.score === null) { out(`Not scored on ${model.name}${scored ? `: rate ${scored.missing.join(', ')}` : ''}.`); continue; }
    if (!row.plannedStart || !row.plannedFinish) { out('No planned start and finish: give it planned dates.'); continue; }
    if (row.budgetAmountMinor === null || row.budgetCurrency === null) { out('No budget: give it a budget so its cost can be weighed.'); continue; }
    if (row.budgetCurrency !== request.currency) { out(`Its budget is in ${row.budgetCurrency}; the selection weighs ${request.currency}, the base currency.`); continue; }
    const startQ = quarterOf(h, row.plannedStart);
    const finishQ = quarterOf(h, row.plannedFinish);
    if (finishQ < 0) { out(`Planned to finish (${row.plannedFinish}) before the horizon starts.`); continue; }
    if (startQ >= h.quarters) { out(`Planned to start (${row.plannedStart}) after the horizon ends.`); continue; }
    const whole = spread(Number(row.budgetAmountMinor), finishQ - startQ + 1);
    const first = Math.max(0, startQ);
    const costs = whole.slice(first - startQ, Math.min(h.quarters, finishQ + 1) - startQ);
    // Started before the horizon, or running past it: its dates cannot move within the horizon.
    const fixed = startQ < 0 || finishQ >= h.quarters || row.status !== 'proposed';
    planned.push({ row, value: scored!.score!, mandatory: stored.mandatoryReason !== null, first, costs, fixed, quarterShift, scale });
  }
  const roles = await loadRoleQuarters(ctx.db, h, new Set(planned.map((p) => p.row.id)));
  const candidates = planned.map(({ row, value, mandatory, first, costs, fixed, quarterShift, scale }): PlannedCandidate => {
    const fromAssignments = roles.demand.get(row.id);
    const estimates = settings.demandEstimates.filter((d) => d.projectId === row.id);
    const scaled = (hours: number) => Math.round(hours * scale * 100) / 100;
    const demand: RoleDemand[] = fromAssignments
      ? [...fromAssignments].map(([role, hours]) => ({ role, perQuarter: costs.map((_, k) => scaled(hours[first + k - quarterShift] ?? 0)) }))
      : estimates.map((d) => ({ role: d.role, perQuarter: costs.map(() => scaled(d.hoursPerQuarter)) }));
    const latest = fixed ? first : Math.min(first + request.startShift, h.quarters - costs.length);
    return {
      projectId: row.id, code: row.code, name: row.name, status: row.status, value, mandatory, costPerQuarter: costs,
      demand: demand.filter((d) => d.perQuarter.some((x) => x > 0)), demandSource: fromAssignments ? 'assignments' : estimates.length > 0 ? 'estimate' : 'none',
      starts: Array.from({ length: Math.max(1, latest - first + 1) }, (_, k) => first + k),
    };
  });
  return { candidates, leftOut, capacity: roles.capacity };
}
