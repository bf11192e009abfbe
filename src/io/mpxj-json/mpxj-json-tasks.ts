// MPXJ JSON tasks to the engine's tasks and links, plus MS Project's stored dates (the oracle).
// Durations, lags and slack are seconds; zeros, false and defaults are left out by the writer, so a
// missing `active` means inactive and a missing `total_slack` on a scheduled task means 0.
import type { ConstraintType, LinkInput, LinkType, TaskInput } from '../../core/schedule/schedule-types.ts';
import type { ImportedBaselineTask, ImportedTaskDetail, OracleTask, ReadTasks, TaskType } from '../imported-project.ts';
import { readTaskBaselines } from './mpxj-json-baselines.ts';
import { markSummaries } from '../shared/outline.ts';
import { taskCalendarId } from '../shared/project-calendar.ts';
import { priorityOf } from '../shared/task-priority.ts';
import type { JsonNode } from './json-node.ts';

const CONSTRAINTS: Readonly<Record<string, ConstraintType>> = {
  AS_SOON_AS_POSSIBLE: 'ASAP',
  AS_LATE_AS_POSSIBLE: 'ALAP',
  MUST_START_ON: 'MSO',
  MUST_FINISH_ON: 'MFO',
  START_ON: 'MSO',
  FINISH_ON: 'MFO',
  START_NO_EARLIER_THAN: 'SNET',
  START_NO_LATER_THAN: 'SNLT',
  FINISH_NO_EARLIER_THAN: 'FNET',
  FINISH_NO_LATER_THAN: 'FNLT',
};
const LINK_TYPES = new Set<string>(['FS', 'SS', 'FF', 'SF']);
const TASK_TYPES: Readonly<Record<string, TaskType>> = {
  FIXED_UNITS: 'fixed-units',
  FIXED_DURATION: 'fixed-duration',
  FIXED_WORK: 'fixed-work',
  FIXED_DURATION_AND_UNITS: 'fixed-duration',
};

export interface JsonTaskSettings {
  readonly calendarIds: ReadonlySet<string>;
  /** The project's default task type: MPXJ writes a task's type only when it differs. */
  readonly defaultTaskType: TaskType;
}

export interface JsonTasks extends ReadTasks {
  /** UIDs of tasks written without any duration units (their elapsed units may have been lost). */
  readonly unitless: ReadonlySet<number>;
}

export function readJsonTasks(root: JsonNode, settings: JsonTaskSettings, warnings: string[]): JsonTasks {
  const elements = root.objects('tasks');
  // Older writers may never write `active`; only when some task has it does its absence mean inactive.
  const activeIsWritten = elements.some((t) => t.has('active'));
  const tasks: TaskInput[] = [];
  const oracle = new Map<number, OracleTask>();
  const details = new Map<number, ImportedTaskDetail>();
  const baselines: ImportedBaselineTask[] = [];
  const pending: Array<{ readonly node: JsonNode; readonly successorUid: number }> = [];
  const unitless = new Set<number>();
  let projectSummary: OracleTask | null = null;

  for (const [index, node] of elements.entries()) {
    if (node.flag('null')) continue;
    const uid = node.int('unique_id') ?? 0;
    const outlineLevel = node.int('outline_level') ?? 0;
    const manual = node.string('task_mode') === 'MANUALLY_SCHEDULED';
    const stored = readOracle(node, uid, manual);
    if (uid === 0 && outlineLevel === 0) {
      projectSummary = stored === null ? null : { ...stored, summary: true };
      continue;
    }
    const task = readTask(node, uid, index, Math.max(1, outlineLevel), manual, activeIsWritten, settings, warnings);
    tasks.push(task);
    if (durationUnitsOf(node) === '') unitless.add(uid);
    if (stored !== null) oracle.set(uid, stored);
    details.set(uid, readDetail(node, uid, settings.defaultTaskType));
    baselines.push(...readTaskBaselines(node, uid));
    for (const link of node.objects('predecessors')) pending.push({ node: link, successorUid: uid });
  }

  const summaries = markSummaries(tasks);
  const finalTasks = tasks.map((t) => (summaries.has(t.uid) && !t.summary ? { ...t, summary: true } : t));
  for (const [uid, entry] of oracle) {
    if (summaries.has(uid) && !entry.summary) oracle.set(uid, { ...entry, summary: true });
  }
  const known = new Set(finalTasks.map((t) => t.uid));
  const links = pending.flatMap((p) => readLink(p.node, p.successorUid, known, warnings));
  return { tasks: finalTasks, links, oracle, details, baselines, projectSummary, unitless };
}

function readTask(
  node: JsonNode,
  uid: number,
  index: number,
  outlineLevel: number,
  manual: boolean,
  activeIsWritten: boolean,
  settings: JsonTaskSettings,
  warnings: string[],
): TaskInput {
  const constraintName = node.string('constraint_type') ?? 'AS_SOON_AS_POSSIBLE';
  const constraintType = CONSTRAINTS[constraintName];
  if (constraintType === undefined) throw node.bad('constraint_type', `"${constraintName}" is not a constraint type`);
  const hasDate = constraintType !== 'ASAP' && constraintType !== 'ALAP';
  const constraintDate = hasDate ? node.dateTime('constraint_date') : null;
  if (hasDate && constraintDate === null) warnings.push(`${node.path} (UID ${uid}) has a ${constraintType} constraint without a constraint_date.`);

  const calendarId = taskCalendarId(node.int('calendar_unique_id'), settings.calendarIds, `${node.path} (UID ${uid})`, warnings);

  const units = durationUnitsOf(node);
  return {
    uid,
    id: node.int('id') ?? index,
    name: node.string('name') ?? '',
    outlineLevel,
    summary: node.flag('summary'),
    milestone: node.flag('milestone'),
    manual,
    estimated: node.flag('estimated') || ['show_start_text', 'show_finish_text', 'show_duration_text'].some((key) => node.flag(key)),
    duration: node.minutes('duration') ?? 0,
    elapsed: units.startsWith('e') && units !== 'e%',
    calendarId,
    constraintType,
    constraintDate,
    deadline: node.dateTime('deadline'),
    actualStart: node.dateTime('actual_start'),
    actualFinish: node.dateTime('actual_finish'),
    percentComplete: node.number('percent_complete') ?? 0,
    remainingDuration: node.minutes('remaining_duration'),
    start: node.dateTime('start'),
    finish: node.dateTime('finish'),
    active: activeIsWritten ? node.flag('active') : true,
    ...levelingDelayOf(node),
    ...priorityOf(node.int('priority')),
  };
}

/**
 * A task's duration units, written as duration_units (older writers) or actual_duration_units;
 * elapsed units start with "e" (em, eh, ed, ew, emo). Empty when neither is written.
 */
function durationUnitsOf(node: JsonNode): string {
  return node.string('duration_units') ?? node.string('actual_duration_units') ?? '';
}

/** leveling_delay (seconds), in elapsed days unless leveling_delay_units says otherwise; nothing when none. */
function levelingDelayOf(node: JsonNode): Pick<TaskInput, 'levelingDelay' | 'levelingDelayElapsed'> {
  const delay = node.minutes('leveling_delay') ?? 0;
  return delay === 0 ? {} : { levelingDelay: delay, levelingDelayElapsed: (node.string('leveling_delay_units') ?? 'ed').startsWith('e') };
}

const ORACLE_KEYS = ['early_start', 'early_finish', 'late_start', 'late_finish', 'total_slack', 'free_slack'];

function readOracle(node: JsonNode, uid: number, manual: boolean): OracleTask | null {
  if (!ORACLE_KEYS.some((key) => node.has(key))) return null;
  const scheduled = node.has('early_start') || node.has('late_start');
  return {
    uid,
    name: node.string('name') ?? '',
    start: node.dateTime('start'),
    finish: node.dateTime('finish'),
    earlyStart: node.dateTime('early_start'),
    earlyFinish: node.dateTime('early_finish'),
    lateStart: node.dateTime('late_start'),
    lateFinish: node.dateTime('late_finish'),
    // Zero slack is left out by the writer.
    totalSlack: node.minutes('total_slack') ?? (scheduled ? 0 : null),
    freeSlack: node.minutes('free_slack') ?? (scheduled ? 0 : null),
    critical: node.flag('critical'),
    summary: node.flag('summary'),
    manual,
  };
}

function readDetail(node: JsonNode, uid: number, defaultTaskType: TaskType): ImportedTaskDetail {
  const typeName = node.string('type');
  const splits = node.objects('work_splits').map((split) => ({ start: split.dateTime('start') ?? 0, finish: split.dateTime('end') ?? 0 }));
  return {
    uid,
    type: typeName === null ? defaultTaskType : (TASK_TYPES[typeName] ?? defaultTaskType),
    effortDriven: node.flag('effort_driven'),
    ignoreResourceCalendar: node.flag('ignore_resource_calendar'),
    splits: splits.length > 1 ? splits : null,
  };
}

/**
 * A predecessor entry: {predecessor_task_unique_id (or task_unique_id in older writers), type, lag
 * in seconds, lag_units}. A percentage lag (units "%" or "e%") is written unconverted, so its
 * "seconds" are the percentage × 60.
 */
function readLink(node: JsonNode, successorUid: number, known: ReadonlySet<number>, warnings: string[]): LinkInput[] {
  const predecessorUid = node.int('predecessor_task_unique_id') ?? node.int('task_unique_id');
  if (predecessorUid === null) {
    warnings.push(`${node.path} names no predecessor; link left out.`);
    return [];
  }
  if (!known.has(predecessorUid)) {
    warnings.push(`${node.path}: predecessor ${predecessorUid} of task ${successorUid} is not a task of this file (missing, null or the project summary); link left out.`);
    return [];
  }
  const type = node.string('type') ?? 'FS';
  if (!LINK_TYPES.has(type)) throw node.bad('type', `"${type}" is not FS, SS, FF or SF`);
  const units = node.string('lag_units') ?? '';
  const lag = node.minutes('lag') ?? 0;
  const percent = units === '%' || units === 'e%';
  return [{ predecessorUid, successorUid, type: type as LinkType, lag: percent ? 0 : lag, lagElapsed: units.startsWith('e'), lagPercent: percent ? lag : null }];
}
