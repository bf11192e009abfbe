// A project's schedule: settings, calendars, tasks with their computed dates, links, baselines.
// Date-times are the project's local wall-clock time, `YYYY-MM-DDTHH:MM`; durations, lags and
// slack are minutes (working minutes unless marked elapsed).
import { z } from 'zod';
import { Id, Money, Timestamp, Version } from './common.schema.ts';

export const LocalDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Use a local date-time like 2026-03-02T08:00.')
  .refine((v) => !Number.isNaN(Date.parse(`${v}:00Z`)) && new Date(`${v}:00Z`).toISOString().startsWith(v), 'Not a real date-time.');

export const CONSTRAINT_TYPES = ['ASAP', 'ALAP', 'SNET', 'SNLT', 'FNET', 'FNLT', 'MSO', 'MFO'] as const;
export const ConstraintType = z.enum(CONSTRAINT_TYPES).describe('As soon/late as possible, start/finish no earlier/later than, must start/finish on.');
export const LINK_TYPES = ['FS', 'SS', 'FF', 'SF'] as const;
export const LinkType = z.enum(LINK_TYPES);

const TimeRange = z.object({ start: z.number().int().min(0).max(1440), end: z.number().int().min(0).max(1440) });
const Day = z.array(TimeRange).nullable().describe('Working time ranges in minutes from midnight; [] = non-working; null = as the base calendar.');
export const CalendarDefinition = z.object({
  week: z.array(Day).length(7).describe('Sunday first.'),
  workWeeks: z.array(z.object({ start: z.iso.date(), end: z.iso.date(), week: z.array(Day).length(7), name: z.string().optional() })),
  exceptions: z.array(z.object({ start: z.iso.date(), end: z.iso.date(), ranges: z.array(TimeRange), name: z.string().optional() })),
});
export const ScheduleCalendar = z.object({ id: z.string(), name: z.string(), baseCalendarId: z.string().nullable(), definition: CalendarDefinition, version: Version });
export const ScheduleCalendarCreate = z
  .object({
    name: z.string().trim().min(1, 'Give the calendar a name.').max(200),
    baseCalendarId: z.string().nullable().default(null).describe('Derive from this calendar: days left null and its exceptions come from there.'),
    definition: CalendarDefinition.optional().describe('Omitted: every day as the base calendar, or the standard Monday–Friday 08:00–12:00, 13:00–17:00 week without a base.'),
  })
  .strict();
export type ScheduleCalendarCreate = z.infer<typeof ScheduleCalendarCreate>;
export const ScheduleCalendarUpdate = z.object({ name: ScheduleCalendarCreate.shape.name, baseCalendarId: z.string().nullable(), definition: CalendarDefinition }).partial().strict();
export type ScheduleCalendarUpdate = z.infer<typeof ScheduleCalendarUpdate>;

export const ScheduleSettings = z.object({
  calendarId: z.string(),
  scheduleFrom: z.enum(['start', 'finish']),
  start: LocalDateTime,
  finish: LocalDateTime.nullable(),
  statusDate: LocalDateTime.nullable(),
  minutesPerDay: z.number().int().min(1).max(1440),
  minutesPerWeek: z.number().int().min(1).max(10080),
  daysPerMonth: z.number().int().min(1).max(31),
  progressFromTimesheets: z.boolean().describe('When on, approving a timesheet moves each task’s percent complete to its actual work against the planned work of its assignments (never back, and never to 100 %: finishing is the planner’s call).'),
  version: Version,
});

/** A task's duration in minutes (working minutes unless elapsed). */
export const DurationMinutes = z.number().int().min(0).max(60 * 24 * 366 * 20);

const taskFields = {
  name: z.string().trim().min(1, 'Give the task a name.').max(400),
  outlineLevel: z.number().int().min(1).max(20),
  milestone: z.boolean(),
  manual: z.boolean(),
  active: z.boolean(),
  durationMinutes: DurationMinutes,
  durationElapsed: z.boolean(),
  estimated: z.boolean().describe('The duration is an estimate (shown as "3 days?"); an unlinked manually scheduled task with an estimate is not on the critical path.'),
  calendarId: z.string().nullable(),
  constraintType: ConstraintType,
  constraintDate: LocalDateTime.nullable(),
  deadline: LocalDateTime.nullable(),
  actualStart: LocalDateTime.nullable(),
  actualFinish: LocalDateTime.nullable(),
  percentComplete: z.number().int().min(0).max(100),
  remainingMinutes: z.number().int().min(0).nullable(),
  priority: z.number().int().min(0).max(1000).describe('MS Project’s task priority, 0–1000 (default 500): resource levelling delays lower priorities first, after project priority; 1000 means never delay this task.'),
  start: LocalDateTime.nullable().describe('For manually scheduled tasks: where the task starts.'),
  finish: LocalDateTime.nullable().describe('For manually scheduled tasks: where the task finishes.'),
};

export const ScheduleTask = z.object({
  id: Id,
  uid: z.number().int().describe('Stable number within the project (MS Project’s Unique ID).'),
  position: z.number().int(),
  summary: z.boolean(),
  ...taskFields,
  // What the engine computed and the file gave, which input limits must never reject on the way out.
  name: z.string(),
  outlineLevel: z.number().int().min(1),
  durationMinutes: z.number().int().min(0),
  start: LocalDateTime.nullable().describe('Scheduled start (early start, or late start for ALAP tasks).'),
  finish: LocalDateTime.nullable().describe('Scheduled finish.'),
  earlyStart: LocalDateTime.nullable(),
  earlyFinish: LocalDateTime.nullable(),
  lateStart: LocalDateTime.nullable(),
  lateFinish: LocalDateTime.nullable(),
  totalSlack: z.number().int().nullable().describe('Working minutes; negative when a constraint or deadline is missed.'),
  freeSlack: z.number().int().nullable(),
  critical: z.boolean(),
  // Read-only: they come from imported files (and, later, from resource levelling and assignments).
  levelingDelayMinutes: z.number().int().min(0).describe('Read-only. Leveling delay: the task starts this long after its links and constraints allow (working minutes, or wall minutes when levelingDelayElapsed).'),
  levelingDelayElapsed: z.boolean().describe('Read-only. The leveling delay is in wall minutes (MS Project’s “edays”).'),
  splitGaps: z
    .array(z.object({ workMinutes: z.number().int().min(0), lengthMinutes: z.number().int().min(0) }))
    .nullable()
    .describe('Read-only. A split task’s pauses in order: after workMinutes of its work, a pause of lengthMinutes (working minutes, or wall minutes when the duration is elapsed); null when not split.'),
  resourceCalendarIds: z.array(z.string()).describe('Read-only. Calendars of the work resources on the task: it works when any of them works, within its own calendar.'),
  actualWorkMinutes: z.number().int().min(0).describe('Read-only. Work done on the task: the minutes of approved timesheets booked on it.'),
  version: Version,
});
export type ScheduleTask = z.infer<typeof ScheduleTask>;

export const ScheduleLink = z.object({
  id: Id,
  predecessorId: Id,
  successorId: Id,
  type: LinkType,
  lagMinutes: z.number().int().describe('Negative: a lead.'),
  lagElapsed: z.boolean(),
  lagPercent: z.number().nullable().describe('A lag as a percentage of the predecessor’s duration, instead of lagMinutes.'),
  version: Version,
});
export type ScheduleLink = z.infer<typeof ScheduleLink>;

export const Schedule = z.object({
  projectId: Id,
  settings: ScheduleSettings,
  calendars: z.array(ScheduleCalendar),
  tasks: z.array(ScheduleTask),
  links: z.array(ScheduleLink),
  projectStart: LocalDateTime.nullable(),
  projectFinish: LocalDateTime.nullable(),
  criticalPath: z.array(Id).describe('Critical tasks (not summaries), in schedule order.'),
});
export type Schedule = z.infer<typeof Schedule>;

export const Moved = z.object({
  taskId: Id,
  name: z.string(),
  startBefore: LocalDateTime.nullable(),
  startAfter: LocalDateTime.nullable(),
  finishBefore: LocalDateTime.nullable(),
  finishAfter: LocalDateTime.nullable(),
});
export const ScheduleChange = z.object({ moved: z.array(Moved).describe('Tasks whose start or finish changed by this edit.'), schedule: Schedule });

export const ScheduleTaskCreate = z
  .object({ ...taskFields, name: taskFields.name, durationMinutes: taskFields.durationMinutes.default(480) })
  .partial({ outlineLevel: true, milestone: true, manual: true, active: true, durationElapsed: true, estimated: true, calendarId: true, constraintType: true, constraintDate: true, deadline: true, actualStart: true, actualFinish: true, percentComplete: true, remainingMinutes: true, priority: true, start: true, finish: true })
  .strict();
export type ScheduleTaskCreate = z.infer<typeof ScheduleTaskCreate>;
export const ScheduleTaskUpdate = z.object(taskFields).partial().strict();
export type ScheduleTaskUpdate = z.infer<typeof ScheduleTaskUpdate>;

export const ScheduleLinkCreate = z
  .object({ predecessorId: Id, successorId: Id, type: LinkType.default('FS'), lagMinutes: z.number().int().min(-1_000_000).max(1_000_000).default(0), lagElapsed: z.boolean().default(false), lagPercent: z.number().min(-1000).max(1000).nullable().default(null) })
  .strict();
export type ScheduleLinkCreate = z.infer<typeof ScheduleLinkCreate>;
export const ScheduleLinkUpdate = ScheduleLinkCreate.omit({ predecessorId: true, successorId: true })
  .extend({ type: LinkType, lagMinutes: ScheduleLinkCreate.shape.lagMinutes.unwrap(), lagElapsed: z.boolean(), lagPercent: ScheduleLinkCreate.shape.lagPercent.unwrap() })
  .partial()
  .strict();
export type ScheduleLinkUpdate = z.infer<typeof ScheduleLinkUpdate>;

export const ScheduleTaskMove = z
  .object({
    beforeTaskId: Id.nullable().describe('Put the task (with the tasks under it) just above this task; null: at the end of the plan.'),
    outlineLevel: taskFields.outlineLevel.optional().describe('The moved task’s new outline level (indent or outdent); the tasks under it keep their depth below it.'),
  })
  .strict();
export type ScheduleTaskMove = z.infer<typeof ScheduleTaskMove>;

export const ScheduleSettingsUpdate = ScheduleSettings.omit({ version: true }).partial().strict();
export type ScheduleSettingsUpdate = z.infer<typeof ScheduleSettingsUpdate>;

export const ScheduleImport = z
  .object({
    content: z.string().min(1).describe('The file’s text: MS Project XML (MSPDI) or MPXJ JSON.'),
  })
  .strict();

export const ScheduleTaskParams = z.object({ id: Id, taskId: Id }).strict();
export const ScheduleLinkParams = z.object({ id: Id, linkId: Id }).strict();
export const ScheduleCalendarParams = z.object({ id: Id, calendarId: z.string().min(1).max(100) }).strict();
export const BaselineParams = z.object({ id: Id, number: z.coerce.number().int().min(0).max(10) }).strict();
export const BaselineSave = z.object({ name: z.string().trim().min(1).max(200).optional() }).strict();

export const BaselineTaskVariance = z.object({
  taskId: Id,
  name: z.string(),
  baselineStart: LocalDateTime.nullable(),
  baselineFinish: LocalDateTime.nullable(),
  baselineDurationMinutes: z.number().int().nullable(),
  baselineWorkMinutes: z.number().int().nullable().describe('Work saved in the baseline (baselines imported from MS Project files).'),
  baselineCost: Money.nullable().describe('Cost saved in the baseline (baselines imported from MS Project files).'),
  start: LocalDateTime.nullable(),
  finish: LocalDateTime.nullable(),
  durationMinutes: z.number().int(),
  startVarianceMinutes: z.number().int().nullable().describe('Working minutes late (+) or early (−) against the baseline.'),
  finishVarianceMinutes: z.number().int().nullable(),
  durationVarianceMinutes: z.number().int().nullable(),
});
export const Baseline = z.object({ number: z.number().int(), name: z.string(), savedAt: Timestamp, tasks: z.array(BaselineTaskVariance) });
export const BaselineSummary = z.object({ number: z.number().int(), name: z.string(), savedAt: Timestamp });
export const BaselineList = z.object({ items: z.array(BaselineSummary) });
