// MSPDI <Tasks> to the engine's tasks and links, plus the dates MS Project stored for each task
// (the oracle). Lags, slack and leveling delay are tenths of a minute; durations are xsd:durations.
import type { LinkInput, TaskInput } from '../../core/schedule/schedule-types.ts';
import type { ImportedBaselineTask, ImportedTaskDetail, OracleTask, ReadTasks } from '../imported-project.ts';
import { readTaskBaselines } from './mspdi-baselines.ts';
import { markSummaries } from '../shared/outline.ts';
import { priorityOf } from '../shared/task-priority.ts';
import { taskCalendarId } from '../shared/project-calendar.ts';
import { constraintOf, isElapsedFormat, isPercentFormat, linkTypeOf, PERCENT_LAG_SCALE, taskTypeOf, TENTHS_PER_MINUTE } from './mspdi-codes.ts';
import type { XmlElement } from './xml-element.ts';

export interface MspdiTaskSettings {
  readonly minutesPerDay: number;
  readonly daysPerMonth: number;
  readonly calendarIds: ReadonlySet<string>;
}


interface PendingLink {
  readonly element: XmlElement;
  readonly successorUid: number;
}

export function readMspdiTasks(project: XmlElement, settings: MspdiTaskSettings, warnings: string[]): ReadTasks {
  const tasks: TaskInput[] = [];
  const oracle = new Map<number, OracleTask>();
  const details = new Map<number, ImportedTaskDetail>();
  const baselines: ImportedBaselineTask[] = [];
  const pending: PendingLink[] = [];
  let projectSummary: OracleTask | null = null;

  const elements = project.child('Tasks')?.children('Task') ?? [];
  for (const [index, element] of elements.entries()) {
    const uid = element.int('UID');
    if (uid === null) throw element.bad('UID', 'a task has no UID');
    if (element.bool('IsNull') === true) continue;
    const outlineLevel = element.int('OutlineLevel') ?? 1;
    const stored = readOracle(element, uid);
    if (uid === 0 || outlineLevel === 0) {
      projectSummary = stored === null ? null : { ...stored, summary: true };
      continue;
    }
    const task = readTask(element, uid, index, outlineLevel, settings, warnings);
    tasks.push(task);
    if (stored !== null) oracle.set(uid, { ...stored, manual: task.manual });
    details.set(uid, readDetail(element, uid));
    baselines.push(...readTaskBaselines(element, uid, settings.minutesPerDay, settings.daysPerMonth));
    for (const link of element.children('PredecessorLink')) pending.push({ element: link, successorUid: uid });
  }

  const summaries = markSummaries(tasks);
  for (const [uid, entry] of oracle) {
    if (summaries.has(uid) && !entry.summary) oracle.set(uid, { ...entry, summary: true });
  }
  const finalTasks = tasks.map((t) => (summaries.has(t.uid) && !t.summary ? { ...t, summary: true } : t));
  const known = new Set(finalTasks.map((t) => t.uid));
  const links = pending.flatMap((p) => readLink(p, known, warnings));
  return { tasks: finalTasks, links, oracle, details, baselines, projectSummary };
}

function readTask(element: XmlElement, uid: number, index: number, outlineLevel: number, settings: MspdiTaskSettings, warnings: string[]): TaskInput {
  const { minutesPerDay, daysPerMonth } = settings;
  const constraintCode = element.int('ConstraintType');
  const constraintType = constraintOf(constraintCode);
  if (constraintType === null) throw element.bad('ConstraintType', `${constraintCode} is not a constraint type (0–7)`);
  const hasDate = constraintType !== 'ASAP' && constraintType !== 'ALAP';
  const constraintDate = hasDate ? element.dateTime('ConstraintDate') : null;
  if (hasDate && constraintDate === null) warnings.push(`${element.path} (UID ${uid}) has a ${constraintType} constraint without a <ConstraintDate>.`);

  const calendarId = taskCalendarId(element.int('CalendarUID'), settings.calendarIds, `${element.path} (UID ${uid})`, warnings);

  return {
    uid,
    id: element.int('ID') ?? index,
    name: element.text('Name') ?? '',
    outlineLevel,
    summary: element.bool('Summary') ?? false,
    milestone: element.bool('Milestone') ?? false,
    manual: element.bool('Manual') ?? false,
    // MS Project writes <StartText>/<FinishText>/<DurationText> only when a manual task shows text.
    estimated: (element.bool('Estimated') ?? false) || ['StartText', 'FinishText', 'DurationText'].some((name) => element.has(name)),
    duration: element.duration('Duration', minutesPerDay, daysPerMonth) ?? 0,
    elapsed: isElapsedFormat(element.int('DurationFormat')),
    calendarId,
    constraintType,
    constraintDate,
    deadline: element.dateTime('Deadline'),
    actualStart: element.dateTime('ActualStart'),
    actualFinish: element.dateTime('ActualFinish'),
    percentComplete: element.number('PercentComplete') ?? 0,
    remainingDuration: element.duration('RemainingDuration', minutesPerDay, daysPerMonth),
    start: element.dateTime('Start'),
    finish: element.dateTime('Finish'),
    active: element.bool('Active') ?? true,
    ...levelingDelayOf(element),
    ...priorityOf(element.int('Priority')),
  };
}

/** <LevelingDelay> in tenths of a minute, in elapsed days (format 8) unless <LevelingDelayFormat> says otherwise; nothing when none. */
function levelingDelayOf(element: XmlElement): Pick<TaskInput, 'levelingDelay' | 'levelingDelayElapsed'> {
  const delay = (element.number('LevelingDelay') ?? 0) / TENTHS_PER_MINUTE;
  return delay === 0 ? {} : { levelingDelay: delay, levelingDelayElapsed: isElapsedFormat(element.int('LevelingDelayFormat') ?? 8) };
}

const ORACLE_FIELDS = ['EarlyStart', 'EarlyFinish', 'LateStart', 'LateFinish', 'TotalSlack', 'FreeSlack'];

/** The stored schedule, or null when the task carries none of MS Project's computed fields. */
function readOracle(element: XmlElement, uid: number): OracleTask | null {
  if (!ORACLE_FIELDS.some((name) => element.text(name) !== null)) return null;
  const tenths = (name: string): number | null => {
    const value = element.number(name);
    return value === null ? null : value / TENTHS_PER_MINUTE;
  };
  return {
    uid,
    name: element.text('Name') ?? '',
    start: element.dateTime('Start'),
    finish: element.dateTime('Finish'),
    earlyStart: element.dateTime('EarlyStart'),
    earlyFinish: element.dateTime('EarlyFinish'),
    lateStart: element.dateTime('LateStart'),
    lateFinish: element.dateTime('LateFinish'),
    totalSlack: tenths('TotalSlack'),
    freeSlack: tenths('FreeSlack'),
    critical: element.bool('Critical') ?? false,
    summary: element.bool('Summary') ?? false,
    manual: element.bool('Manual') ?? false,
  };
}

function readDetail(element: XmlElement, uid: number): ImportedTaskDetail {
  return {
    uid,
    type: taskTypeOf(element.int('Type')),
    effortDriven: element.bool('EffortDriven') ?? false,
    ignoreResourceCalendar: element.bool('IgnoreResourceCalendar') ?? false,
    splits: null,
  };
}

/**
 * <PredecessorLink>: Type 0 FF, 1 FS, 2 SF, 3 SS; LinkLag in tenths of a minute (negative: lead)
 * in working or, for elapsed LagFormats, wall-clock time; for LagFormat 19/20 (%, e%) the
 * percentage of the predecessor's duration.
 */
function readLink(pending: PendingLink, known: ReadonlySet<number>, warnings: string[]): LinkInput[] {
  const { element, successorUid } = pending;
  const predecessorUid = element.int('PredecessorUID');
  if (predecessorUid === null) {
    warnings.push(`${element.path} has no <PredecessorUID>; link left out.`);
    return [];
  }
  if (element.bool('CrossProject') === true) {
    warnings.push(`${element.path}: task ${successorUid} depends on task ${predecessorUid} of another project; link left out.`);
    return [];
  }
  if (!known.has(predecessorUid)) {
    warnings.push(`${element.path}: predecessor ${predecessorUid} of task ${successorUid} is not a task of this file (missing, null or the project summary); link left out.`);
    return [];
  }
  const typeCode = element.int('Type');
  const type = linkTypeOf(typeCode);
  if (type === null) throw element.bad('Type', `${typeCode} is not a link type (0 FF, 1 FS, 2 SF, 3 SS)`);
  const format = element.int('LagFormat');
  const raw = element.number('LinkLag') ?? 0;
  const percent = isPercentFormat(format);
  return [
    {
      predecessorUid,
      successorUid,
      type,
      lag: percent ? 0 : raw / TENTHS_PER_MINUTE,
      lagElapsed: isElapsedFormat(format),
      lagPercent: percent ? raw / PERCENT_LAG_SCALE : null,
    },
  ];
}
