// Timesheets: a person's week of hours per task per day (rows of project + task, seven cells of
// minutes), saved whole under If-Match, submitted for approval: each project's managers approve that
// project's hours, the person's line manager or the PMO the whole sheet; approved once every
// project's hours are (they become actual work on the tasks), or returned with a comment. The PMO
// locks past periods: nothing there is submitted, approved or returned.
import { z } from 'zod';
import { Id, IsoDate, Timestamp, pageOf } from './common.schema.ts';
import { PersonRef } from './user.schema.ts';

export const TIMESHEET_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export const TimesheetStatus = z.enum(TIMESHEET_STATUSES);
export type TimesheetStatus = z.infer<typeof TimesheetStatus>;

const isMonday = (d: string): boolean => new Date(`${d}T00:00:00Z`).getUTCDay() === 1;
export const WeekStart = IsoDate.refine(isMonday, 'A week starts on a Monday: give that Monday’s date.').describe('The Monday the week starts on, YYYY-MM-DD.');
export const WeekParams = z.object({ weekStart: WeekStart }).strict();

/** Minutes of one cell: a day holds at most 24 hours. */
const CellMinutes = z.number().int().min(0).max(1440);
const Week = <T extends z.ZodType>(cell: T) => z.array(cell).length(7).describe('Monday to Sunday.');
/** A version that is 0 for a week never saved. */
const SheetVersion = z.number().int().min(0).describe('Send it back in If-Match; 0: the week was never saved.');

export const TimesheetRowInput = z
  .object({
    projectId: Id,
    taskId: Id.nullable().describe('A task of the project; null: time on the project itself (meetings …).'),
    overtime: z.boolean().default(false).describe('Overtime hours, kept in their own row.'),
    minutes: Week(CellMinutes),
    note: z.string().trim().max(500).default(''),
  })
  .strict();
export const TimesheetSave = z.object({ rows: z.array(TimesheetRowInput).max(100).describe('The whole week: rows left out are cleared.') }).strict();
export type TimesheetSave = z.infer<typeof TimesheetSave>;

export const TimesheetRow = z.object({
  projectId: Id,
  projectCode: z.string(),
  projectName: z.string(),
  taskId: Id.nullable(),
  taskName: z.string().nullable(),
  wbs: z.string().nullable().describe('The task’s outline number in its project, e.g. 2.3.1.'),
  overtime: z.boolean(),
  minutes: Week(z.number().int()),
  note: z.string(),
  totalMinutes: z.number().int(),
  visible: z.boolean().describe('false: a project the reader may not see, shown without its name.'),
});
export type TimesheetRow = z.infer<typeof TimesheetRow>;

export const TimesheetApproval = z.object({
  projectId: Id,
  projectCode: z.string().describe('— for a project the reader may not see.'),
  visible: z.boolean(),
  approvedBy: PersonRef.nullable().describe('Who approved this project’s hours (null with approvedAt set: Orrery itself).'),
  approvedAt: Timestamp.nullable().describe('null: this project’s hours still wait for approval.'),
  awaitsYou: z.boolean().describe('Still waiting, and an approval of yours now would cover it.'),
});
export type TimesheetApproval = z.infer<typeof TimesheetApproval>;

export const Timesheet = z.object({
  id: Id.nullable().describe('null until the week is first saved.'),
  user: PersonRef,
  weekStart: IsoDate,
  dates: Week(IsoDate),
  status: TimesheetStatus,
  rows: z.array(TimesheetRow),
  dayTotals: Week(z.number().int()),
  totalMinutes: z.number().int(),
  overtimeMinutes: z.number().int(),
  lockedThrough: IsoDate.nullable().describe('The PMO’s lock: days on or before it cannot change.'),
  submittedAt: Timestamp.nullable(),
  decidedAt: Timestamp.nullable(),
  decidedBy: PersonRef.nullable(),
  comment: z.string().describe('The approver’s comment when returning it.'),
  approvals: z.array(TimesheetApproval).describe('Each project’s hours on the sheet, in project code order: its managers approve them, the person’s line manager or the PMO the whole sheet; the sheet is approved once every project’s hours are.'),
  canEdit: z.boolean(),
  canSubmit: z.boolean(),
  canRecall: z.boolean(),
  canDecide: z.boolean().describe('You may approve some of what still waits (see approvals[].awaitsYou), or return the sheet.'),
  createdAt: Timestamp.nullable(),
  updatedAt: Timestamp.nullable(),
  version: SheetVersion,
});
export type Timesheet = z.infer<typeof Timesheet>;

export const TimesheetStep = z.object({}).strict();
export const TimesheetDecision = z
  .object({
    decision: z.enum(['approve', 'return']),
    comment: z.string().trim().max(2000).default('').describe('Required when returning: what to correct.'),
  })
  .strict();
export type TimesheetDecision = z.infer<typeof TimesheetDecision>;

export const TimesheetListItem = z.object({
  id: Id,
  user: PersonRef,
  weekStart: IsoDate,
  status: TimesheetStatus,
  totalMinutes: z.number().int(),
  projects: z.array(
    z.object({
      id: Id,
      code: z.string(),
      name: z.string(),
      minutes: z.number().int(),
      visible: z.boolean(),
      approved: z.boolean().describe('This project’s hours on the sheet are approved.'),
      awaitsYou: z.boolean().describe('Still waiting, and an approval of yours now would cover it.'),
    }),
  ),
  submittedAt: Timestamp.nullable(),
  decidedAt: Timestamp.nullable(),
  comment: z.string(),
  canDecide: z.boolean(),
  version: z.number().int(),
});
export type TimesheetListItem = z.infer<typeof TimesheetListItem>;
export const TimesheetPage = pageOf(TimesheetListItem);

export const TimesheetListQuery = z
  .object({
    awaitingMe: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('true: submitted sheets with hours waiting for my approval (on projects I manage; any, for the people I line-manage or for the PMO), oldest week first.'),
    status: TimesheetStatus.optional(),
    userId: Id.optional(),
    weekStart: WeekStart.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional().describe('Opaque cursor from the previous page’s nextCursor.'),
  })
  .strict();
export type TimesheetListQuery = z.infer<typeof TimesheetListQuery>;

export const BookableTask = z.object({
  projectId: Id,
  projectCode: z.string(),
  projectName: z.string(),
  taskId: Id.nullable().describe('null: time on the project itself.'),
  taskName: z.string().nullable(),
  wbs: z.string().nullable(),
  start: z.string().nullable(),
  finish: z.string().nullable(),
});
export type BookableTask = z.infer<typeof BookableTask>;
export const BookableTaskQuery = z.object({ projectId: Id.optional() }).strict();
export const BookableTasks = z.object({ items: z.array(BookableTask) });

export const TimesheetLock = z.object({
  lockedThrough: IsoDate.nullable().describe('Days on or before it are closed; null: nothing is locked.'),
  lockedBy: PersonRef.nullable(),
  lockedAt: Timestamp.nullable(),
  version: z.number().int().min(0),
});
export type TimesheetLock = z.infer<typeof TimesheetLock>;
export const TimesheetLockBody = z.object({ lockedThrough: IsoDate.nullable() }).strict();
export const TimesheetLockQuery = z.object({}).strict();

export const ProjectActualsQuery = z.object({ upTo: IsoDate.optional().describe('Count days on or before it; all days when left out.') }).strict();
export const ProjectActuals = z.object({
  projectId: Id,
  upTo: IsoDate.nullable(),
  totalMinutes: z.number().int(),
  projectLevelMinutes: z.number().int().describe('Time booked on the project itself, on no task.'),
  tasks: z.array(z.object({ taskId: Id, name: z.string(), wbs: z.string(), minutes: z.number().int(), overtimeMinutes: z.number().int() })),
});
export type ProjectActuals = z.infer<typeof ProjectActuals>;
