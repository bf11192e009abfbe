// MPXJ JSON calendars to the engine's definitions. Days are {type: working | non_working | default,
// hours: [{from, to}]}, "default" meaning "as the base calendar"; exceptions carry either dates or
// a recurrence (expanded here), as MPXJ's JsonWriter writes them.
import type { CalendarDefinition, CalendarException, TimeRange, WeekPattern, WorkWeek } from '../../core/calendar/calendar-types.ts';
import { expandRecurrence, joinConsecutiveDays, type RecurrenceKind, type RecurrenceRule } from '../shared/recurrence.ts';
import { parseDay } from '../shared/wall-time.ts';
import type { JsonNode } from './json-node.ts';

const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DEFAULT_DAY: ReadonlyArray<TimeRange> = [
  { start: 480, end: 720 },
  { start: 780, end: 1020 },
];
const RECURRENCE_KINDS = new Set<string>(['daily', 'weekly', 'monthly', 'yearly']);

/**
 * The calendars of the file. `defaultDaysInherit`: the file was read by MPXJ from an MS Project 98
 * (MPP8) file, whose reader writes a derived calendar's inherited ("default") days as MS Project's
 * default working week (Monday to Friday 08:00–12:00, 13:00–17:00; weekends off); such days are
 * read back as inherited from the base calendar.
 */
export function readJsonCalendars(root: JsonNode, warnings: string[], defaultDaysInherit = false): CalendarDefinition[] {
  const read = root.objects('calendars').map((calendar) => {
    const uid = calendar.int('unique_id') ?? 0;
    const parent = calendar.int('parent_unique_id');
    const id = String(uid);
    const where = `calendar ${id}`;
    const week = readWeek(calendar, warnings, where);
    return {
      id,
      name: calendar.string('name') ?? `Calendar ${uid}`,
      parent,
      week: defaultDaysInherit && parent !== null ? withDefaultDaysInherited(week) : week,
      workWeeks: calendar.objects('working_weeks').flatMap((w) => readWorkWeek(w, warnings, where)),
      exceptions: calendar
        .objects('exceptions')
        .flatMap((e) => readException(e, warnings, where))
        .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)),
    };
  });
  const ids = new Set(read.map((c) => c.id));
  return read.map(({ parent, ...calendar }) => {
    if (parent === null) return { ...calendar, baseId: null };
    const baseId = String(parent);
    if (ids.has(baseId) && baseId !== calendar.id) return { ...calendar, baseId };
    warnings.push(`Calendar ${calendar.id} (${calendar.name}) derives from calendar ${parent}, which is not in the file; read as having no base.`);
    return { ...calendar, baseId: null };
  });
}

function readWeek(days: JsonNode, warnings: string[], where: string): WeekPattern {
  return DAY_NAMES.map((name) => {
    const day = days.object(name);
    return day === null ? undefined : readDay(day, warnings, where);
  });
}

/** MS Project's default working week, day by day from Sunday. */
const DEFAULT_WEEK: WeekPattern = DAY_NAMES.map((_, i) => (i === 0 || i === 6 ? [] : DEFAULT_DAY));

const sameDay = (a: ReadonlyArray<TimeRange>, b: ReadonlyArray<TimeRange>): boolean =>
  a.length === b.length && a.every((r, i) => r.start === b[i]!.start && r.end === b[i]!.end);

/** `week` with each day that is the default working week's day made inherited (undefined). */
function withDefaultDaysInherited(week: WeekPattern): WeekPattern {
  return week.map((day, i) => (day !== undefined && sameDay(day, DEFAULT_WEEK[i]!) ? undefined : day));
}

/** [] for a non-working day, undefined for "default" (inherit), else the working times. */
function readDay(day: JsonNode, warnings: string[], where: string): ReadonlyArray<TimeRange> | undefined {
  const type = day.string('type');
  if (type === 'default') return undefined;
  if (type === 'non_working') return [];
  if (type !== 'working') throw day.bad('type', `"${type ?? ''}" is not working, non_working or default`);
  const ranges = readHours(day);
  if (ranges.length > 0) return ranges;
  warnings.push(`${day.path} in ${where} is working but lists no hours; MS Project's default 08:00–12:00, 13:00–17:00 assumed.`);
  return DEFAULT_DAY;
}

function readHours(node: JsonNode): TimeRange[] {
  return node
    .objects('hours')
    .map((hours) => {
      const start = hours.time('from', false);
      const end = hours.time('to', true);
      if (start === null || end === null) throw hours.bad(start === null ? 'from' : 'to', 'is missing');
      if (end <= start) throw hours.bad('to', 'the working time ends at or before it starts');
      return { start, end };
    })
    .sort((a, b) => a.start - b.start);
}

function readWorkWeek(week: JsonNode, warnings: string[], where: string): WorkWeek[] {
  const start = day(week, 'effective_from');
  const end = day(week, 'effective_to');
  if (start === null || end === null) return [];
  const name = week.string('name');
  const result: WorkWeek = { start, end, week: readWeek(week, warnings, where) };
  return [name === null ? result : { ...result, name }];
}

function readException(exception: JsonNode, warnings: string[], where: string): CalendarException[] {
  const type = exception.string('type');
  const ranges: ReadonlyArray<TimeRange> = type === 'working' ? readHours(exception) : [];
  if (type === 'working' && ranges.length === 0) warnings.push(`${exception.path} in ${where} is a working exception without hours; read as non-working.`);
  const name = exception.string('name');
  const named = (e: CalendarException): CalendarException => (name === null ? e : { ...e, name });

  const recurrence = exception.object('recurrence');
  if (recurrence === null) {
    const start = day(exception, 'from');
    const end = day(exception, 'to') ?? start;
    if (start === null || end === null) throw exception.bad('from', 'an exception has neither dates nor a recurrence');
    if (end < start) throw exception.bad('to', `the exception ends (${end}) before it starts (${start})`);
    return [named({ start, end, ranges })];
  }

  const kind = recurrence.string('type');
  if (kind === null || !RECURRENCE_KINDS.has(kind)) throw recurrence.bad('type', `"${kind ?? ''}" is not daily, weekly, monthly or yearly`);
  const start = day(recurrence, 'start_date');
  if (start === null) throw recurrence.bad('start_date', 'is missing');
  const weekdays = recurrence.strings('weekly_days').map((d) => {
    const index = DAY_NAMES.indexOf(d.toLowerCase());
    if (index < 0) throw recurrence.bad('weekly_days', `"${d}" is not a weekday`);
    return index;
  });
  const rule: RecurrenceRule = {
    kind: kind as RecurrenceKind,
    start,
    finish: day(recurrence, 'finish_date'),
    occurrences: recurrence.int('occurrences'),
    frequency: recurrence.int('frequency') ?? 1,
    relative: recurrence.flag('relative'),
    dayNumber: recurrence.int('day_number'),
    month: recurrence.int('month_number'),
    weekdays,
  };
  const expanded = expandRecurrence(rule);
  if ('problem' in expanded) {
    warnings.push(`${exception.path} (${name ?? 'unnamed'}) in ${where}: ${expanded.problem}; exception left out.`);
    return [];
  }
  return joinConsecutiveDays(expanded.days).map((span) => named({ ...span, ranges }));
}

function day(node: JsonNode, key: string): string | null {
  const text = node.string(key);
  if (text === null) return null;
  const parsed = parseDay(text);
  if (parsed === null) throw node.bad(key, `"${text}" is not a date`);
  return parsed;
}
