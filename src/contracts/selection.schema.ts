// Optimal portfolio selection: a portfolio's selection settings (horizon, exclusive groups,
// prerequisites, start options, per-role demand estimates) and the optimisation's answer — the
// chosen set beside the greedy ranking's, why each project is out and the efficient frontier.
import { z } from 'zod';
import { Id } from './common.schema.ts';

const Key = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'Keys are lower-case words joined by _, such as crm_options.');
export const QuarterLabel = z.string().regex(/^\d{4}-Q[1-4]$/, 'A quarter is written YYYY-Qn, such as 2027-Q1.');

export const SelectionSettingsBody = z.object({
  quarters: z.number().int().min(1).max(12).default(8).describe('Quarters in the planning horizon (at most three years).'),
  firstQuarter: QuarterLabel.nullable().default(null).describe('The horizon’s first quarter; null: the current quarter.'),
  includeActive: z.boolean().default(false).describe('Also weigh active and on-hold projects (their remaining cost and demand), not only proposed ones.'),
  startShiftQuarters: z.number().int().min(0).max(8).default(0).describe('How many quarters a proposed project may start later than planned.'),
  modelKey: Key.default('default').describe('The scoring model whose scores are the projects’ value.'),
  budgetPerYear: z.array(z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)).max(4).default([]).describe('The budget of each budget year the horizon touches, in minor units of the base currency, when an optimisation gives none.'),
  exclusiveGroups: z.array(z.object({ key: Key, name: z.string().trim().min(1).max(200), projectIds: z.array(Id).min(2).max(50) }).strict()).max(50).default([])
    .describe('Options of which at most one may be chosen.'),
  prerequisites: z.array(z.object({ projectId: Id, requiresProjectId: Id, afterFinish: z.boolean().default(false) }).strict()).max(200).default([])
    .describe('projectId only if requiresProjectId is chosen (and, with afterFinish, starts no earlier than it finishes).'),
  demandEstimates: z.array(z.object({ projectId: Id, role: z.string().trim().min(1).max(200), hoursPerQuarter: z.number().min(0).max(1_000_000) }).strict()).max(500).default([])
    .describe('Hours per quarter of a role for a project without assignments.'),
}).strict();
export type SelectionSettingsBody = z.infer<typeof SelectionSettingsBody>;
export const SelectionSettings = SelectionSettingsBody.extend({ portfolioId: Id, version: z.number().int().min(0).describe('0 until first saved; send it back in If-Match.') });
export type SelectionSettings = z.infer<typeof SelectionSettings>;

export const OptimiseBody = z.object({
  budgetPerYear: z.array(z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)).max(4).optional().describe('Minor units per budget year of the horizon; overrides the settings.'),
  budget: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional().describe('The same budget for every year, in minor units.'),
  startOptions: z.number().int().min(0).max(8).optional().describe('Quarters a proposed project may slip; overrides the settings.'),
  includeActive: z.boolean().optional(),
  model: Key.optional(),
  frontierPoints: z.number().int().min(0).max(20).default(8).describe('Points of the efficient frontier (0: none).'),
  explainExcluded: z.boolean().default(true).describe('Price each excluded project (one more solve each).'),
  timeLimitSeconds: z.number().min(0.1).max(60).default(10).describe('Per solve.'),
  scenarioId: Id.optional().describe('Choose within this scenario of the portfolio: its projects at its dates, costs and demand.'),
}).strict();
export type OptimiseBody = z.infer<typeof OptimiseBody>;

const ChosenRow = z.object({ projectId: Id, code: z.string(), start: QuarterLabel });
const Breach = z.object({ kind: z.string().describe('budget, capacity, exclusive, prerequisite, order, mandatory …'), row: z.string(), message: z.string(), over: z.number().nullable() });

export const Optimisation = z.object({
  portfolioId: Id,
  modelKey: z.string(),
  currency: z.string(),
  quarters: z.array(QuarterLabel),
  years: z.array(z.number().int()),
  budgetPerYear: z.array(z.number()),
  capacity: z.array(z.object({ role: z.string(), hoursPerQuarter: z.array(z.number()).describe('What the pool offers less what committed work outside the candidates takes.') })),
  candidates: z.array(z.object({
    projectId: Id, code: z.string(), name: z.string(), status: z.string(), value: z.number().describe('Its score, 0 … 100.'), mandatory: z.boolean(),
    costPerYear: z.array(z.number()).describe('At its planned start.'), totalCost: z.number(), starts: z.array(QuarterLabel),
    demandHours: z.record(z.string(), z.number()).describe('Role → hours over the horizon.'), demandSource: z.enum(['assignments', 'estimate', 'none']),
  })),
  leftOut: z.array(z.object({ projectId: Id, code: z.string(), name: z.string(), reason: z.string() })).describe('Projects of the portfolio that could not be candidates, and why.'),
  warnings: z.array(z.string()),
  outcome: z.enum(['optimal', 'stopped', 'infeasible']),
  infeasible: z.object({ message: z.string(), conflicts: z.array(Breach) }).nullable(),
  optimal: z.object({ value: z.number(), gapPct: z.number(), ms: z.number(), chosen: z.array(ChosenRow), spendPerYear: z.array(z.number()) }).nullable(),
  greedy: z.object({ value: z.number(), chosen: z.array(ChosenRow), spendPerYear: z.array(z.number()), missingMandatory: z.array(z.string()), ranking: z.array(z.string()).describe('Codes by value ÷ cost.') }),
  exclusions: z.array(z.object({
    projectId: Id, code: z.string(), value: z.number(), start: QuarterLabel,
    blocking: z.array(Breach).describe('What adding it to the chosen set would break; empty: it fits but adds nothing.'),
    price: z.object({ valueLost: z.number(), leaves: z.array(z.string()), joins: z.array(z.string()) }).nullable().describe('Forcing it in: the value lost and who leaves and joins (codes).'),
    priceMessage: z.string().nullable().describe('Why it cannot be forced in at all, if so.'),
  })),
  frontier: z.object({
    saturationBudget: z.number(),
    points: z.array(z.object({ totalBudget: z.number(), value: z.number(), greedyValue: z.number(), gapPct: z.number(), chosen: z.array(z.string()) })),
  }).nullable(),
  frontierMessage: z.string().nullable(),
  ms: z.number().describe('Time of the whole optimisation, including exclusions and frontier.'),
});
export type Optimisation = z.infer<typeof Optimisation>;
