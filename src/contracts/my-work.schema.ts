// "My work": what waits on the caller today, across every project they may see. A project manager
// opens it to find their projects, the decisions waiting for them (gates, change requests), the
// actions, risk reviews and findings they own, the policy breaches on their projects and the
// status reports they owe. Each row links to the record it names.
import { z } from 'zod';
import { Id, IsoDate, Timestamp } from './common.schema.ts';
import { Breach, ComplianceState } from './policy.schema.ts';
import { itemInProject as item, NotAssessed, PhaseRef } from './dashboard.schema.ts';

const inProject = { projectId: Id, projectCode: z.string(), projectName: z.string() };

export const MyWork = z.object({
  asOf: IsoDate,
  projects: z.array(z.object({ id: Id, code: z.string(), name: z.string(), methodologyKey: z.string(), phase: PhaseRef, status: z.string() })).describe('Projects I manage (named manager, or manager on the team), by code.'),
  gateReviews: z
    .array(z.object({ id: Id, code: z.string(), ...inProject, phaseKey: z.string(), gateName: z.string(), requestedAt: Timestamp }))
    .describe('Requested gate reviews I may decide, oldest request first.'),
  changeRequests: z
    .array(z.object({ ...item, priority: z.string(), category: z.string(), submittedAt: Timestamp }))
    .describe('Submitted change requests I may decide (my change board queue), oldest first.'),
  actions: z.array(z.object({ ...item, status: z.string(), dueDate: IsoDate.nullable(), overdue: z.boolean() })).describe('Open actions I own: overdue first, then by due date (none last).'),
  risks: z
    .array(z.object({ ...item, score: z.number().int(), band: z.string(), reviewDate: IsoDate, reviewOverdue: z.boolean() }))
    .describe('Open risks I own whose review date has come or comes within the week, by review date.'),
  findings: z.array(z.object({ ...item, severity: z.string(), status: z.string(), dueDate: IsoDate.nullable(), overdue: z.boolean() })).describe('Quality findings I own that are not yet resolved, overdue first.'),
  breaches: z.array(z.object({ ...inProject, state: ComplianceState, breaches: z.array(Breach) })).describe('Policy breaches on the projects I manage (compliant projects left out).'),
  reportsDue: z.object({
    notAssessed: NotAssessed,
    items: z.array(z.object({ ...inProject, periodEnd: IsoDate.nullable(), dueDate: IsoDate.nullable(), lastPeriodEnd: IsoDate.nullable(), overdue: z.boolean() })).describe('Status reports my projects owe.'),
  }),
});
export type MyWork = z.infer<typeof MyWork>;
export const MyWorkQuery = z.object({}).strict();
