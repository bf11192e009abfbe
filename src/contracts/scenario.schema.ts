// Scenario planning: a scenario is a named copy of a portfolio's project set (its live projects:
// approved, not cancelled or archived) where proposed projects are added and live ones removed,
// shifted by whole weeks or months, or resized (cost and demand scaled). Scenarios are compared
// side by side with the live portfolio: total value, cost per year, demand against capacity per
// role per quarter, and which strategic objectives the projects serve. The PMO keeps them;
// executives read them.
import { z } from 'zod';
import { CurrencyCode, Description, Id, IsoDate, Name, Timestamp, Version } from './common.schema.ts';
import { Code } from './register.schema.ts';

export const ShiftUnit = z.enum(['weeks', 'months']);
export const Shift = z.object({ amount: z.number().int().min(-520).max(520).describe('Later when positive, earlier when negative.'), unit: ShiftUnit }).strict();
export const PROJECT_CHANGES = ['kept', 'added', 'removed', 'shifted', 'resized', 'shifted_resized', 'candidate'] as const;
export const ProjectChangeKind = z.enum(PROJECT_CHANGES).describe('candidate: a proposed project the scenario has not added; removed: a live project it leaves out.');

export const ScenarioProject = z.object({
  projectId: Id,
  code: z.string(),
  name: z.string(),
  status: z.string(),
  live: z.boolean().describe('In the live portfolio.'),
  included: z.boolean().describe('In this scenario.'),
  change: ProjectChangeKind,
  shift: Shift,
  scalePct: z.number().int(),
  start: IsoDate.nullable().describe('Planned start in the scenario (shifted).'),
  finish: IsoDate.nullable(),
  costMinor: z.number().int().nullable().describe('Budget in the scenario (scaled), in the base currency; null without a budget or a rate.'),
});
export type ScenarioProject = z.infer<typeof ScenarioProject>;

export const Scenario = z.object({
  id: Id,
  code: z.string(),
  portfolioId: Id,
  portfolioCode: z.string(),
  name: z.string(),
  description: z.string(),
  currency: CurrencyCode,
  changes: z.number().int().describe('Projects the scenario changes.'),
  projects: z.array(ScenarioProject).describe('The portfolio’s live projects and candidates, each as the scenario has it.'),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type Scenario = z.infer<typeof Scenario>;

export const ScenarioSummary = Scenario.omit({ projects: true, currency: true });
export const ScenarioList = z.object({ items: z.array(ScenarioSummary) });

export const ScenarioCreate = z.object({ code: Code.optional(), name: Name, description: Description.default('') }).strict();
export type ScenarioCreate = z.infer<typeof ScenarioCreate>;
export const ScenarioUpdate = z.object({ name: Name.optional(), description: Description.optional() }).strict();
export type ScenarioUpdate = z.infer<typeof ScenarioUpdate>;
export const ScenarioProjectChange = z
  .object({
    included: z.boolean().describe('true adds a proposed project (or keeps a live one); false removes it.'),
    shift: Shift.default({ amount: 0, unit: 'weeks' }),
    scalePct: z.number().int().min(1).max(1000).default(100).describe('Cost and demand in percent of the plan (100: as planned).'),
  })
  .strict();
export type ScenarioProjectChange = z.infer<typeof ScenarioProjectChange>;
export const ScenarioProjectParams = z.object({ id: Id, projectId: Id }).strict();

export const ScenarioComparisonQuery = z
  .object({
    scenarioIds: z
      .string()
      .max(2000)
      .optional()
      .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []))
      .pipe(z.array(Id).max(6, 'Compare at most six scenarios at once.'))
      .describe('Scenario ids, comma-separated (default: every scenario of the portfolio, up to six).'),
    from: IsoDate.optional().describe('A day in the first quarter compared (default: today).'),
    quarters: z.coerce.number().int().min(1).max(12).default(8),
    model: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/).default('default').describe('The scoring model whose scores each column adds up (default: the built-in model).'),
  })
  .strict();
export type ScenarioComparisonQuery = z.infer<typeof ScenarioComparisonQuery>;

const Minutes = z.array(z.number()).describe('Per quarter, minutes of work.');
export const ScenarioColumn = z.object({
  key: z.string().describe('live, or the scenario id.'),
  label: z.string(),
  scenarioCode: z.string().nullable(),
  projects: z.array(z.string()).describe('Codes of the projects in it.'),
  valueMinor: z.number().int(),
  score: z.number().describe('The sum of its projects’ scores (0–100 each) on the scoring model, unscored projects counting 0.'),
  unscored: z.array(z.string()).describe('Codes of its projects not (fully) scored on the model.'),
  costMinor: z.number().int(),
  costByYear: z.array(z.number().int()).describe('Per year of `years`, minor units of the currency.'),
  notCosted: z.array(z.string()).describe('Projects without a budget (or a rate) or dates, left out of the cost.'),
  coverage: z.array(z.object({ objectiveId: Id, projects: z.array(z.string()) })),
  objectivesServed: z.number().int(),
  demand: z.array(z.object({ role: z.string(), demand: Minutes, capacity: Minutes, over: z.array(z.boolean()) })).describe('Per role (resources without one under "(no role)").'),
  overloads: z.number().int().describe('Role-quarters where demand exceeds capacity.'),
});
export const ScenarioComparison = z.object({
  portfolioId: Id,
  portfolioCode: z.string(),
  currency: CurrencyCode,
  valueBasis: z.string().describe('What the value is: how it was computed.'),
  scoreModel: z.object({ key: z.string(), name: z.string() }).describe('The scoring model the scores are on.'),
  quarters: z.array(z.string()),
  years: z.array(z.number().int()),
  objectives: z.array(z.object({ id: Id, code: z.string(), name: z.string() })),
  columns: z.array(ScenarioColumn).describe('The live portfolio first, then each scenario.'),
});
export type ScenarioComparison = z.infer<typeof ScenarioComparison>;
