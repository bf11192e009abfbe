// Capacity against demand: the heat map's rows per resource, role, skill or department and period,
// the assignments behind a cell, who with a skill is free for some weeks, and what adding a
// project does to each role. Hours, not minutes; load in percent of capacity.
import { z } from 'zod';
import { Id, IsoDate, QueryFlag } from './common.schema.ts';

export const CapacityUnit = z.enum(['day', 'week', 'month']);
export const CapacityGroupBy = z.enum(['resource', 'role', 'skill', 'department']);

const range = { from: IsoDate.describe('First day looked at.'), to: IsoDate.describe('Last day looked at (three years at most after from).') };

export const CapacityQuery = z
  .object({
    ...range,
    unit: CapacityUnit.default('week'),
    groupBy: CapacityGroupBy.default('resource'),
    includeProposed: QueryFlag.optional().describe('Count the demand of projects not yet approved (status proposed).'),
    portfolioId: Id.optional().describe('Only demand from this portfolio’s projects; capacity stays the whole pool’s.'),
  })
  .strict();
export type CapacityQuery = z.infer<typeof CapacityQuery>;

export const CapacityPeriod = z.object({ index: z.number().int(), firstDay: IsoDate, lastDay: IsoDate });

export const CapacityRow = z.object({
  key: z.string().nullable().describe('The resource id, role, skill or department; null for resources without a role or department.'),
  label: z.string(),
  resourceIds: z.array(Id),
  demand: z.array(z.number()).describe('Hours of work per period.'),
  capacity: z.array(z.number()).describe('Hours available per period (working time × maximum units).'),
  load: z.array(z.number().nullable()).describe('Demand as a percent of capacity; null where there is no capacity.'),
  overAllocated: z.array(z.boolean()).describe('Demand above capacity in the period.'),
});
export type CapacityRow = z.infer<typeof CapacityRow>;

export const CapacityView = z.object({
  from: IsoDate,
  to: IsoDate,
  unit: CapacityUnit,
  groupBy: CapacityGroupBy,
  includeProposed: z.boolean(),
  periods: z.array(CapacityPeriod),
  rows: z.array(CapacityRow),
});
export type CapacityView = z.infer<typeof CapacityView>;

export const CapacityDetailQuery = z.object({ resourceId: Id, ...range, includeProposed: QueryFlag.optional() }).strict();
export type CapacityDetailQuery = z.infer<typeof CapacityDetailQuery>;

export const CapacityDetail = z.object({
  resourceId: Id,
  resourceCode: z.string(),
  resourceName: z.string(),
  from: IsoDate,
  to: IsoDate,
  demand: z.number().describe('Hours.'),
  capacity: z.number().describe('Hours.'),
  items: z.array(
    z.object({
      projectId: Id.nullable().describe('null: a project you may not read, shown as "another project".'),
      projectCode: z.string().nullable(),
      projectName: z.string(),
      taskId: Id.nullable(),
      taskName: z.string().nullable(),
      hours: z.number(),
      proposed: z.boolean(),
    }),
  ),
});
export type CapacityDetail = z.infer<typeof CapacityDetail>;

export const CapacityAvailableQuery = z
  .object({
    skill: z.string().trim().min(1, 'Name the skill, e.g. SQL.').max(80),
    minProficiency: z.coerce.number().int().min(1).max(5).optional(),
    weeks: z.coerce.number().int().min(1, 'Ask for at least one week.').max(52),
    units: z.coerce.number().int().min(1).max(100_000).default(100).describe('Share of a full-time week wanted, percent.'),
    ...range,
    includeProposed: QueryFlag.optional(),
  })
  .strict();
export type CapacityAvailableQuery = z.infer<typeof CapacityAvailableQuery>;

export const CapacityCandidate = z.object({
  resourceId: Id,
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  role: z.string().nullable(),
  department: z.string().nullable(),
  proficiency: z.number().int(),
  bestRun: z.object({ firstDay: IsoDate, lastDay: IsoDate, spareUnits: z.number().describe('Percent of full time left over the run.') }),
  freeWeeks: z.array(z.object({ weekStart: IsoDate, freeHours: z.number(), workingHours: z.number() })),
});

export const CapacityAvailable = z.object({ skill: z.string(), weeks: z.number().int(), units: z.number().int(), candidates: z.array(CapacityCandidate) });
export type CapacityAvailable = z.infer<typeof CapacityAvailable>;

/** The furthest a what-if moves its candidate, either way. */
export const MAX_SHIFT_WEEKS = 104;

export const CapacityWhatIfBody = z
  .object({
    projectId: Id.describe('The candidate project: its assignments are added as if approved.'),
    ...range,
    unit: CapacityUnit.default('month'),
    groupBy: CapacityGroupBy.default('role'),
    includeProposed: z.boolean().default(false).describe('Count other proposed projects in the load before.'),
    shiftWeeks: z
      .number()
      .int('Give the shift in whole weeks, e.g. 4 for a month later.')
      .min(-MAX_SHIFT_WEEKS, `Move the project by at most ${MAX_SHIFT_WEEKS} weeks (two years) earlier.`)
      .max(MAX_SHIFT_WEEKS, `Move the project by at most ${MAX_SHIFT_WEEKS} weeks (two years) later.`)
      .default(0)
      .describe('Move the candidate’s work by whole weeks first, later when positive (every task keeps its weekdays, hours and length): "what if it started a month later?".'),
  })
  .strict();
export type CapacityWhatIfBody = z.infer<typeof CapacityWhatIfBody>;

export const CapacityWhatIf = z.object({
  projectId: Id,
  projectCode: z.string(),
  projectName: z.string(),
  unit: CapacityUnit,
  groupBy: CapacityGroupBy,
  shiftWeeks: z.number().int(),
  span: z
    .object({ plannedStart: IsoDate, plannedFinish: IsoDate, start: IsoDate, finish: IsoDate })
    .nullable()
    .describe('The first and last day of the candidate’s assigned work as planned and as moved by shiftWeeks (only the days within from–to are counted); null when none of its tasks has a person, role or equipment assigned.'),
  periods: z.array(CapacityPeriod),
  rows: z.array(
    z.object({
      key: z.string().nullable(),
      label: z.string(),
      resourceIds: z.array(Id),
      capacity: z.array(z.number()).describe('Hours per period.'),
      before: z.array(z.number()),
      after: z.array(z.number()),
      newlyOverAllocated: z.array(z.number().int()).describe('Indexes of the periods within capacity before and over it after.'),
    }),
  ),
  resources: z.array(z.object({ resourceId: Id, name: z.string(), newlyOverAllocated: z.array(z.number().int()) })).describe('The people and equipment the project pushes over capacity.'),
});
export type CapacityWhatIf = z.infer<typeof CapacityWhatIf>;
