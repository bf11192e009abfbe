// The PMO's charter and services catalogue: its mandate, the portfolios in its scope, its operating
// model (the governance setting), the services it offers with their service levels, and the project
// that runs its own set-up and improvement roadmap, with how that project stands.
import { z } from 'zod';
import { Id, IsoDate } from './common.schema.ts';
import { OperatingModel } from './governance.schema.ts';
import { SERVICE_KINDS } from '../core/pmo-charter/pmo-charter.ts';

const Key = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'Keys are lower-case words joined by _, such as portfolio_reporting.');

export const PmoService = z.object({
  key: Key,
  name: z.string().trim().min(1).max(120),
  kind: z.enum(SERVICE_KINDS),
  description: z.string().max(2000).default(''),
  serviceLevel: z.string().trim().min(1).max(300).describe('What the PMO promises, e.g. "Portfolio report by the 5th working day of each month".'),
  audience: z.string().max(200).default(''),
}).strict();

export const PmoCharterBody = z.object({
  mandate: z.string().max(10_000).describe('Why the PMO exists and what it is accountable for (Markdown).'),
  scopePortfolioIds: z.array(Id).max(100).describe('The portfolios the PMO oversees.'),
  services: z.array(PmoService).max(50),
  roadmapProjectId: Id.nullable().describe('The project that runs the PMO\'s own set-up and improvement plan.'),
}).strict();
export type PmoCharterBody = z.infer<typeof PmoCharterBody>;

export const PmoCharter = PmoCharterBody.extend({
  operatingModel: OperatingModel.describe('From the governance settings.'),
  portfolios: z.array(z.object({ id: Id, code: z.string(), name: z.string() })),
  roadmap: z.object({
    projectId: Id,
    code: z.string(),
    name: z.string(),
    status: z.string(),
    phase: z.string(),
    plannedFinish: IsoDate.nullable(),
    forecastFinish: z.string().nullable().describe('The schedule\'s computed finish (local date-time), if it has a schedule.'),
    openActions: z.number().int(),
    doneActions: z.number().int(),
    improvementActions: z.number().int().describe('Actions raised from maturity assessments\' improvement steps, still open.'),
  }).nullable(),
  version: z.number().int().min(0).describe('0 until the PMO saves its charter; send it back in If-Match.'),
});
export type PmoCharter = z.infer<typeof PmoCharter>;

export const ImprovementActionCreate = z.object({
  questionKey: Key.describe('The improvement step (its question) to act on.'),
  ownerId: Id.nullable().default(null),
  dueDate: IsoDate.nullable().default(null),
}).strict();
export type ImprovementActionCreate = z.infer<typeof ImprovementActionCreate>;
