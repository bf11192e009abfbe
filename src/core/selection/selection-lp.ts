// The selection as a mixed-integer programme in CPLEX LP format (what HiGHS and most MIP solvers
// read), with a name for every column and row so a solution and a conflict read back in words.
//
// One binary column x_<candidate>_s<q> per allowed start q: 1 when the candidate is chosen and starts
// in quarter q. Rows:
//   budget_y<y>         Σ cost in year y of the chosen starts ≤ the year's budget (none when the
//                       budget is Infinity, as the frontier asks for the unconstrained optimum)
//   cap_<role>_q<q>     Σ demand on the role in quarter q ≤ its capacity
//   must_<c> / force_<c>   Σ_q x_c_q = 1 (mandatory, or forced in to explain an exclusion)
//   one_start_<c>       Σ_q x_c_q ≤ 1 (a candidate with several allowed starts starts once)
//   excl_<group>        Σ over members and starts ≤ 1
//   req_<b>_<a>         Σ x_b − Σ x_a ≤ 0 (b only if a)
//   order_<b>_<a>_q<t>  for each allowed start t of b: b started by t ⇒ a finished by t, i.e.
//                       Σ_{t' ≤ t} x_b_t' − Σ_{s + duration(a) ≤ t} x_a_s ≤ 0. This aggregated form is
//                       the tight one (its LP relaxation cuts off more than pairwise rows) and also
//                       implies "b only if a", so req_ is not written for ordered pairs.
// Objectives: 'value' maximises the score; 'elastic' lets budget and capacity rows overrun through a
// column over_<row> ≥ 0 and minimises the overruns, each as a share of its row's limit (or of its
// largest single use when the limit is 0), to name what stops the mandatory projects fitting;
// 'budget-level' minimises the multiple of the budget profile the mandatory projects need (budget
// rows as shares of each year's budget), where the efficient frontier starts.
import { rowName } from './constraint-names.ts';
import { costPerYear, finishOf, type SelectionProblem } from './selection-problem.ts';
import type { ConstraintRef } from './selection-types.ts';

export interface LpVariant {
  /** Candidates (indices) that must be in, beside the mandatory ones. */
  readonly forced?: ReadonlyArray<number>;
  readonly objective?: 'value' | 'elastic' | 'budget-level';
}

export interface LpColumn {
  readonly name: string;
  readonly candidate: number;
  readonly start: number;
}

export interface LpRow {
  readonly name: string;
  readonly constraint: ConstraintRef;
}

export interface SelectionLp {
  readonly lp: string;
  readonly columns: ReadonlyArray<LpColumn>;
  readonly rows: ReadonlyArray<LpRow>;
  /** Elastic columns over_<row>, with the row they relax. */
  readonly overruns: ReadonlyArray<LpRow & { readonly row: string }>;
}

/** The continuous column of 'budget-level': the multiple of the budget profile. */
export const BUDGET_LEVEL = 'budget_level';

interface Row {
  readonly constraint: ConstraintRef;
  readonly terms: Array<[number, string]>;
  readonly sense: '<=' | '=' | '>=';
  readonly rhs: number;
  /** Budget and capacity rows: what may overrun in 'elastic'. */
  readonly resource?: boolean;
}

/** Writes the programme; see the module comment for its columns and rows. */
export function writeSelectionLp(problem: SelectionProblem, variant: LpVariant = {}): SelectionLp {
  const objective = variant.objective ?? 'value';
  const { candidates, prerequisites } = problem;
  const columns: LpColumn[] = [];
  const columnsOf: LpColumn[][] = candidates.map((c, i) =>
    c.starts.map((start) => {
      const column = { name: `x_${problem.tokens.candidates[i]}_s${start}`, candidate: i, start };
      columns.push(column);
      return column;
    }),
  );
  const rows: Row[] = [];
  const { budget } = problem;

  const budgetTerms = budget.map(() => [] as Array<[number, string]>);
  const capacityTerms = new Map<number, Array<[number, string]>>();
  for (const column of columns) {
    costPerYear(problem, column.candidate, column.start).forEach((amount, y) => amount > 0 && budgetTerms[y]!.push([amount, column.name]));
    for (const d of candidates[column.candidate]!.demand) {
      d.perQuarter.forEach((x, k) => {
        if (x <= 0) return;
        const key = d.role * problem.quarters + column.start + k;
        const terms = capacityTerms.get(key) ?? [];
        terms.push([x, column.name]);
        capacityTerms.set(key, terms);
      });
    }
  }
  budget.forEach((limit, year) => {
    const terms = budgetTerms[year]!;
    if (!Number.isFinite(limit) || terms.length === 0) return;
    // As shares of the year's budget, so the level's coefficient is 1, not the budget in minor units
    // (HiGHS loses feasibility to rounding with coefficients of 1e10 beside 1).
    if (objective === 'budget-level' && limit > 0) rows.push({ constraint: { kind: 'budget', year }, terms: [...terms.map(([a, name]): [number, string] => [a / limit, name]), [-1, BUDGET_LEVEL]], sense: '<=', rhs: 0 });
    else rows.push({ constraint: { kind: 'budget', year }, terms, sense: '<=', rhs: limit, resource: true });
  });
  for (const key of [...capacityTerms.keys()].sort((a, b) => a - b)) {
    const role = Math.floor(key / problem.quarters);
    const quarter = key % problem.quarters;
    rows.push({ constraint: { kind: 'capacity', role: problem.roles[role]!, quarter }, terms: capacityTerms.get(key)!, sense: '<=', rhs: problem.capacity[role]![quarter]!, resource: true });
  }

  const forced = new Set(variant.forced ?? []);
  candidates.forEach((c, i) => {
    const terms = columnsOf[i]!.map((col): [number, string] => [1, col.name]);
    if (c.mandatory) rows.push({ constraint: { kind: 'mandatory', candidate: c.id }, terms, sense: '=', rhs: 1 });
    else if (forced.has(i)) rows.push({ constraint: { kind: 'forced', candidate: c.id }, terms, sense: '=', rhs: 1 });
    else if (terms.length > 1) rows.push({ constraint: { kind: 'one-start', candidate: c.id }, terms, sense: '<=', rhs: 1 });
  });
  for (const g of problem.groups) {
    rows.push({ constraint: { kind: 'exclusive', group: g.id }, terms: g.members.flatMap((m) => columnsOf[m]!.map((col): [number, string] => [1, col.name])), sense: '<=', rhs: 1 });
  }
  for (const p of prerequisites) {
    const b = candidates[p.candidate]!;
    const a = candidates[p.requires]!;
    const after = columnsOf[p.candidate]!;
    const before = columnsOf[p.requires]!;
    if (!p.afterFinish) {
      rows.push({ constraint: { kind: 'prerequisite', candidate: b.id, requires: a.id }, terms: [...after.map((col): [number, string] => [1, col.name]), ...before.map((col): [number, string] => [-1, col.name])], sense: '<=', rhs: 0 });
      continue;
    }
    for (const t of b.starts) {
      const terms: Array<[number, string]> = after.filter((col) => col.start <= t).map((col) => [1, col.name]);
      for (const col of before) if (finishOf(problem, p.requires, col.start) <= t) terms.push([-1, col.name]);
      rows.push({ constraint: { kind: 'order', candidate: b.id, requires: a.id, quarter: t }, terms, sense: '<=', rhs: 0 });
    }
  }

  const overruns: Array<LpRow & { row: string }> = [];
  const objectiveTerms: Array<[number, string]> = [];
  if (objective === 'value') for (const col of columns) objectiveTerms.push([candidates[col.candidate]!.value, col.name]);
  if (objective === 'budget-level') objectiveTerms.push([1, BUDGET_LEVEL]);
  const named = rows.map((row) => ({ ...row, name: rowName(row.constraint, problem) }));
  if (objective === 'elastic') {
    for (const row of named) {
      if (!row.resource) continue;
      const over = `over_${row.name}`;
      const scale = Math.max(row.rhs, ...row.terms.map(([a]) => a));
      row.terms.push([-1, over]);
      objectiveTerms.push([1 / scale, over]);
      overruns.push({ name: over, row: row.name, constraint: row.constraint });
    }
  }

  const lines = [objective === 'value' ? 'Maximize' : 'Minimize', ` obj:${linear(objectiveTerms)}`, 'Subject To'];
  for (const row of named) lines.push(` ${row.name}:${linear(row.terms)} ${row.sense} ${row.rhs}`);
  lines.push('Binary', ...chunk(columns.map((c) => c.name), 10).map((names) => ` ${names.join(' ')}`), 'End', '');
  return { lp: lines.join('\n'), columns, rows: named.map(({ name, constraint }) => ({ name, constraint })), overruns };
}

/** " 3 x + 2 y - 1 z", broken into lines of ten terms. */
function linear(terms: ReadonlyArray<readonly [number, string]>): string {
  let text = '';
  terms.forEach(([a, name], k) => {
    if (k > 0 && k % 10 === 0) text += '\n  ';
    text += k === 0 ? (a < 0 ? ` - ${-a} ${name}` : ` ${a} ${name}`) : ` ${a < 0 ? '-' : '+'} ${Math.abs(a)} ${name}`;
  });
  return text;
}

const chunk = <T>(items: T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, k) => items.slice(k * size, k * size + size));
