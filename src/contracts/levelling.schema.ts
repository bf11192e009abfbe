// Resource levelling of a project or a portfolio: what to level (from which day, by the standard
// order or a search), and the answer — which tasks move and by how much, each project's finish
// before and after, and the over-allocations left. Previewing writes nothing; levelling writes a
// levelling delay per task (never new dates), and clearing the delays undoes it.
import { z } from 'zod';
import { Id, IsoDate } from './common.schema.ts';
import { LocalDateTime, Moved } from './schedule.schema.ts';

export const LevellingRequest = z
  .object({
    from: IsoDate.optional().describe('Level from this day on (default today): work before it stays where it is.'),
    mode: z.enum(['rule', 'optimise']).default('rule').describe('rule: MS Project’s standard order (project priority, task priority, slack, start); optimise: a search from it for the least weighted project delay.'),
    schedules: z.number().int().min(1).max(100_000).default(2000).describe('optimise: how many schedules the search may generate.'),
    seed: z.number().int().min(0).max(2 ** 31 - 1).default(1).describe('optimise: the same seed gives the same answer.'),
  })
  .strict();
export type LevellingRequest = z.infer<typeof LevellingRequest>;

export const LevelledTaskMove = Moved.extend({
  projectId: Id,
  projectCode: z.string(),
  levelingDelayDays: z.number().describe('The task’s levelling delay after levelling, in working days.'),
});

export const LevelledProject = z.object({
  projectId: Id,
  code: z.string(),
  name: z.string(),
  finishBefore: LocalDateTime.nullable(),
  finishAfter: LocalDateTime.nullable(),
  delayedTasks: z.number().int().describe('Tasks carrying a levelling delay after levelling.'),
});

export const RemainingOverload = z.object({
  resourceId: Id,
  resourceName: z.string(),
  day: IsoDate,
  demandHours: z.number(),
  capacityHours: z.number(),
});

export const LevellingResult = z.object({
  from: IsoDate,
  mode: z.enum(['rule', 'optimise']),
  applied: z.boolean().describe('False for a preview: nothing was written.'),
  generated: z.number().int().describe('Schedules the engine generated (1 for the standard order).'),
  projects: z.array(LevelledProject),
  moved: z.array(LevelledTaskMove).describe('Tasks whose dates differ from the schedule as it stood.'),
  overAllocatedBefore: z.number().int().describe('Resource-days over capacity, on days the levelled projects have work, as the schedules stood.'),
  overAllocatedAfter: z.number().int().describe('The same count after levelling; what is left comes from started or pinned tasks, other projects’ work, or more demand than a resource ever has.'),
  remaining: z.array(RemainingOverload).describe('The resource-days still over capacity after levelling (the first 100).'),
  warnings: z.array(z.object({ projectId: Id, taskId: Id, message: z.string() })),
});
export type LevellingResult = z.infer<typeof LevellingResult>;

export const LevellingCleared = z.object({
  cleared: z.number().int().describe('Tasks whose levelling delay was removed.'),
  moved: z.array(Moved),
});
export type LevellingCleared = z.infer<typeof LevellingCleared>;
