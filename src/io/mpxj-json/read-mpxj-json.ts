// Reads MPXJ's JSON form of an MS Project schedule (JsonWriter output: property_values, calendars,
// resources, tasks, assignments) into the engine's input and MS Project's stored dates. Never throws.
import {
  importFailure,
  type ImportedAssignment,
  type ImportedProject,
  type ImportedResource,
  type ImportMeta,
  type ImportResult,
  type ResourceKind,
  type TaskType,
} from '../imported-project.ts';
import { currencyCodeOf, positiveOr } from '../shared/numbers.ts';
import { projectStartOf, resolveProjectCalendar } from '../shared/project-calendar.ts';
import { withResourceCalendars } from '../shared/resource-calendars.ts';
import { withInferredElapsed } from './mpxj-json-elapsed.ts';
import { withSplits } from '../shared/split-gaps.ts';
import { JsonNode, JsonValueError } from './json-node.ts';
import { findJsonSyntaxProblem, lineAndColumnOf } from './json-syntax.ts';
import { readJsonCalendars } from './mpxj-json-calendars.ts';
import { readJsonTasks } from './mpxj-json-tasks.ts';

/**
 * Reads MPXJ JSON text. Instants are wall minutes, durations minutes (MPXJ writes seconds).
 *
 * @example
 * const result = readMpxjJson(readFileSync('plan.json', 'utf8'));
 * if (!result.ok) console.error(`${result.error.message} (${result.error.location.text})`);
 */
export function readMpxjJson(text: string): ImportResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch {
    if (source.trim() === '') return importFailure('The file is empty: MPXJ JSON is an object with property_values and tasks.', { line: 1, column: 1 });
    const problem = findJsonSyntaxProblem(source) ?? { offset: 0, expected: 'valid JSON' };
    const { line, column } = lineAndColumnOf(source, problem.offset);
    if (problem.offset >= source.length) return importFailure(`The JSON ends early, where it expected ${problem.expected}: the file looks truncated.`, { line, column });
    return importFailure(`The JSON is malformed: expected ${problem.expected}, found ${JSON.stringify(source[problem.offset])}.`, { line, column });
  }

  const root = JsonNode.root(parsed);
  if (root === null) return importFailure('This is not MPXJ JSON: the top level is not an object.', { path: '$' });
  for (const key of ['property_values', 'tasks']) {
    if (!root.has(key)) return importFailure(`This is not MPXJ JSON: there is no "${key}" field (MPXJ's JSON has property_values, calendars, resources, tasks and assignments).`, { path: key });
  }
  try {
    return { ok: true, project: readProject(root) };
  } catch (cause) {
    if (cause instanceof JsonValueError) return importFailure(cause.message, { path: cause.path });
    const message = cause instanceof Error ? cause.message : String(cause);
    return importFailure(`The MPXJ JSON could not be read: ${message}.`, { path: '$' });
  }
}

const TASK_TYPE_NAMES: Readonly<Record<string, TaskType>> = { FIXED_UNITS: 'fixed-units', FIXED_DURATION: 'fixed-duration', FIXED_WORK: 'fixed-work' };
const RESOURCE_KINDS: Readonly<Record<string, ResourceKind>> = { WORK: 'work', MATERIAL: 'material', COST: 'cost' };

function readProject(root: JsonNode): ImportedProject {
  const warnings: string[] = [];
  const properties = root.object('property_values')!;
  const minutesPerDay = positiveOr(properties.number('minutes_per_day'), 480);
  const minutesPerWeek = positiveOr(properties.number('minutes_per_week'), 2400);
  const daysPerMonth = positiveOr(properties.number('days_per_month'), 20);

  const calendarUid = properties.int('default_calendar_unique_id');
  // MPXJ's MPP8 reader (MS Project 98 files) writes a derived calendar's days that inherit from
  // their base as MS Project's default working week instead of "default".
  const mpp8 = properties.int('mpp_file_type') === 8;
  const resolved = resolveProjectCalendar(readJsonCalendars(root, warnings, mpp8), calendarUid === null ? null : String(calendarUid), warnings);
  const calendarIds = new Set(resolved.calendars.map((c) => c.id));

  const defaultTaskType = TASK_TYPE_NAMES[properties.string('default_task_type') ?? ''] ?? 'fixed-units';
  const read = readJsonTasks(root, { calendarIds, defaultTaskType }, warnings);
  const projectStart = projectStartOf(properties.dateTime('start_date'), read.projectSummary?.start ?? null, read.tasks);
  if (projectStart === null) throw properties.bad('start_date', 'the project has no start date and no task has a start');

  const resources = readResources(root, calendarIds, warnings);
  const assignments = readAssignments(root);
  const { schedule, details } = withSplits(
    {
      scheduleFromStart: properties.string('schedule_from') !== 'FINISH',
      projectStart,
      projectFinish: properties.dateTime('finish_date'),
      statusDate: properties.dateTime('status_date'),
      calendars: resolved.calendars,
      projectCalendarId: resolved.projectCalendarId,
      minutesPerDay,
      minutesPerWeek,
      daysPerMonth,
      tasks: withInferredElapsed(withResourceCalendars(read.tasks, resources, assignments, read.details, resolved.projectCalendarId), read.unitless, resolved.calendars, resolved.projectCalendarId),
      links: read.links,
    },
    read.details,
  );

  const meta: ImportMeta = {
    format: 'mpxj-json',
    saveVersion: properties.int('application_version'),
    defaultStartTime: properties.time('default_start_time', false),
    defaultFinishTime: properties.time('default_end_time', true),
    criticalSlackLimit: properties.minutes('critical_slack_limit'),
    currencyCode: currencyCodeOf(properties.string('currency_code')),
    honorConstraints: properties.flag('honor_constraints'),
    multipleCriticalPaths: properties.flag('multiple_critical_paths'),
    currentDate: properties.dateTime('current_date'),
    projectSummary: read.projectSummary,
    warnings,
  };

  return {
    name: properties.string('project_title') ?? properties.string('name') ?? read.projectSummary?.name ?? '',
    schedule,
    oracle: read.oracle.size > 0 ? read.oracle : null,
    resources,
    assignments,
    taskDetails: details,
    baselines: read.baselines,
    meta,
  };
}

function readResources(root: JsonNode, calendarIds: ReadonlySet<string>, warnings: string[]): ImportedResource[] {
  return root.objects('resources').map((resource) => {
    const uid = resource.int('unique_id') ?? 0;
    const calendarUid = resource.int('calendar_unique_id');
    let calendarId = calendarUid === null ? null : String(calendarUid);
    if (calendarId !== null && !calendarIds.has(calendarId)) {
      if (uid !== 0) warnings.push(`Resource ${uid} uses calendar ${calendarUid}, which is not in the file.`);
      calendarId = null;
    }
    return { uid, name: resource.string('name') ?? '', kind: RESOURCE_KINDS[resource.string('type') ?? 'WORK'] ?? 'work', calendarId };
  });
}

function readAssignments(root: JsonNode): ImportedAssignment[] {
  return root.objects('assignments').map((assignment) => ({
    taskUid: assignment.int('task_unique_id') ?? 0,
    resourceUid: assignment.int('resource_unique_id') ?? 0,
    // Written as a percentage (100.0 = full time).
    units: (assignment.number('assignment_units') ?? 100) / 100,
    work: assignment.minutes('work'),
  }));
}
