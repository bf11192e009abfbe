// The PMO's own performance: its KPIs per calendar quarter, computed from the projects' data, each
// figure with its numerator, denominator and the projects behind it.
import { z } from 'zod';
import { Id, IsoDate } from './common.schema.ts';
import { KPI_KEYS } from '../core/pmo-kpis/kpi-types.ts';

export const PmoKpiQuery = z.object({
  from: IsoDate.optional().describe('The first day counted; default the start of the quarter three quarters back (four quarters in all).'),
  portfolioId: Id.optional().describe('Only this portfolio\'s projects.'),
  scheduleToleranceDays: z.coerce.number().int().min(0).max(365).default(0).describe('Calendar days a finish may pass its baseline and still count as on time.'),
  costTolerancePct: z.coerce.number().min(0).max(100).default(0).describe('Percent a spend may pass its budget and still count as on budget.'),
}).strict();
export type PmoKpiQuery = z.infer<typeof PmoKpiQuery>;

const KpiValue = z.object({
  quarter: z.string().describe('YYYY-Qn'),
  value: z.number().nullable().describe('A share 0–1, or for variances the mean relative variance (+ = late or over budget); null when nothing was assessed.'),
  numerator: z.number().int().describe('Items that met the standard (for variances: projects late or over budget).'),
  denominator: z.number().int().describe('Items assessed.'),
  projects: z.array(z.object({ id: Id, code: z.string(), name: z.string() })),
});

export const PmoKpis = z.object({
  from: IsoDate,
  today: IsoDate,
  quarters: z.array(z.string()),
  tolerances: z.object({ scheduleDays: z.number().int(), costPct: z.number() }),
  kpis: z.array(z.object({
    key: z.enum(KPI_KEYS),
    name: z.string(),
    unit: z.enum(['share', 'variance']),
    definition: z.string(),
    values: z.array(KpiValue),
  })),
});
export type PmoKpis = z.infer<typeof PmoKpis>;
