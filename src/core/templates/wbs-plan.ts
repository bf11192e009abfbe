// A template's WBS as a schedule: rows become tasks in outline order (summary tasks where a deeper
// row follows), durations and lags in working minutes, links by row index. The app stores this
// plan as a new project's tasks and links; validation and tests run the engine on it, so a
// template is known to schedule before any project is made from it.
import { standardCalendar } from '../calendar/standard-calendar.ts';
import { wallFromIso } from '../calendar/wall-time.ts';
import type { ScheduleInput } from '../schedule/schedule-types.ts';
import type { TemplateLinkType, WbsRow } from './template-types.ts';

export interface PlannedTask {
  readonly ref: string;
  readonly name: string;
  readonly outlineLevel: number;
  readonly summary: boolean;
  readonly milestone: boolean;
  /** Working minutes; 0 for milestones and summary tasks (which roll up their children). */
  readonly durationMinutes: number;
}

export interface PlannedLink {
  /** Indexes into the plan's tasks. */
  readonly predecessor: number;
  readonly successor: number;
  readonly type: TemplateLinkType;
  readonly lagMinutes: number;
}

export interface WbsPlan {
  readonly tasks: ReadonlyArray<PlannedTask>;
  readonly links: ReadonlyArray<PlannedLink>;
}

/** Summary rows are those followed by a deeper row: the outline, not a flag, decides. */
export const summaryRows = (wbs: ReadonlyArray<Pick<WbsRow, 'outlineLevel'>>): boolean[] => wbs.map((r, i) => (wbs[i + 1]?.outlineLevel ?? 0) > r.outlineLevel);

/**
 * The tasks and links a WBS makes, given the length of a working day. Predecessors naming no row
 * are left out (validation reports them).
 * @example
 * const plan = planOfWbs(template.wbs, 480);
 * plan.tasks.length === template.wbs.length; // true
 */
export function planOfWbs(wbs: ReadonlyArray<WbsRow>, minutesPerDay: number): WbsPlan {
  const summary = summaryRows(wbs);
  const indexOf = new Map(wbs.map((r, i) => [r.ref, i]));
  const tasks = wbs.map((r, i): PlannedTask => ({
    ref: r.ref,
    name: r.name,
    outlineLevel: r.outlineLevel,
    summary: summary[i]!,
    milestone: r.milestone && !summary[i],
    durationMinutes: r.milestone || summary[i] ? 0 : Math.round(r.durationDays * minutesPerDay),
  }));
  const links = wbs.flatMap((r, successor) =>
    r.predecessors.flatMap((p): PlannedLink[] => {
      const predecessor = indexOf.get(p.ref);
      return predecessor === undefined ? [] : [{ predecessor, successor, type: p.type, lagMinutes: Math.round(p.lagDays * minutesPerDay) }];
    }),
  );
  return { tasks, links };
}

/**
 * The engine's input for a plan on the standard calendar (Monday–Friday, 8 hours a day) from
 * `start` (a local date-time such as 2027-01-04T08:00). Task uids are row numbers from 1.
 */
export function scheduleInputOfPlan(plan: WbsPlan, start: string): ScheduleInput {
  return {
    scheduleFromStart: true,
    projectStart: wallFromIso(start),
    projectFinish: null,
    statusDate: null,
    calendars: [standardCalendar()],
    projectCalendarId: 'standard',
    minutesPerDay: 480,
    minutesPerWeek: 2400,
    daysPerMonth: 20,
    tasks: plan.tasks.map((t, i) => ({
      uid: i + 1, id: i + 1, name: t.name, outlineLevel: t.outlineLevel, summary: t.summary, milestone: t.milestone, manual: false, estimated: false,
      duration: t.durationMinutes, elapsed: false, calendarId: null, constraintType: 'ASAP', constraintDate: null, deadline: null,
      actualStart: null, actualFinish: null, percentComplete: 0, remainingDuration: null, start: null, finish: null, active: true,
    })),
    links: plan.links.map((l) => ({ predecessorUid: l.predecessor + 1, successorUid: l.successor + 1, type: l.type, lag: l.lagMinutes, lagElapsed: false, lagPercent: null })),
  };
}
