// The project manager's estimate to complete the whole project (a top-down forecast of what is left,
// dated, with what it rests on), and how a project's bottom-up estimate to complete is arrived at:
// that estimate when given, else the sum of its tasks' estimates (a finished task counts 0), else —
// where a figure is still wanted, as in the financials — the planned cost not yet earned. Every
// reader of a bottom-up figure (earned value, the financials, the status report) names its source.
import { z } from 'zod';
import { Id, IsoDate, Money, Timestamp } from './common.schema.ts';

export const ETC_SOURCES = ['project-estimate', 'task-estimates'] as const;
export const EtcSource = z
  .enum(ETC_SOURCES)
  .describe('project-estimate: the manager’s estimate to complete the whole project; task-estimates: the tasks’ estimates summed (finished tasks count 0, estimates on tasks added since the baseline count too).');

export const BottomUpSource = z.object({
  source: EtcSource.nullable().describe('Where amounts.etcBottomUp comes from; null when there is none (no project estimate, and an unfinished costed task has no estimate).'),
  asOf: IsoDate.nullable().describe('With a project estimate: when it was made.'),
  note: z.string().nullable().describe('With a project estimate: what it rests on.'),
  tasksWithoutEstimate: z.number().int().describe('Unfinished tasks of the cost baseline without an estimate to complete: while there are any, the tasks’ sum is not known.'),
});

export const ProjectEstimateBody = z
  .object({
    etc: Money.nullable().describe('The estimate to complete the whole project (what is left to spend), in the project’s currency; null withdraws it, and the tasks’ estimates count again.'),
    asOf: IsoDate.optional().describe('When the estimate was made; default today.'),
    note: z.string().trim().max(2000).default('').describe('What the estimate rests on, e.g. "supplier quotes of 2 March".'),
  })
  .strict();
export type ProjectEstimateBody = z.infer<typeof ProjectEstimateBody>;

export const ProjectEstimate = z.object({
  projectId: Id,
  etc: Money.nullable().describe('null: none given (or withdrawn); the project’s bottom-up figure is then its tasks’ estimates summed.'),
  asOf: IsoDate.nullable(),
  note: z.string(),
  updatedBy: z.object({ id: Id, name: z.string() }).nullable(),
  updatedAt: Timestamp.nullable().describe('null while none was ever given.'),
  version: z.number().int().min(0).describe('0 while none was ever given; send it back in If-Match.'),
});
export type ProjectEstimate = z.infer<typeof ProjectEstimate>;
