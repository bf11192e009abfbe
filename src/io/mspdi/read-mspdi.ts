// Reads an MS Project XML (MSPDI) file into the schedule engine's input and MS Project's own
// computed dates, for import and for the fidelity harness. Never throws; a bad file is a tagged error.
import { importFailure, type ImportedProject, type ImportedTaskDetail, type ImportMeta, type MspdiReadResult } from '../imported-project.ts';
import { currencyCodeOf, positiveOr } from '../shared/numbers.ts';
import { projectStartOf, resolveProjectCalendar } from '../shared/project-calendar.ts';
import { withResourceCalendars } from '../shared/resource-calendars.ts';
import { withSplits, type WorkSegment } from '../shared/split-gaps.ts';
import { readMspdiCalendars } from './mspdi-calendars.ts';
import { readMspdiAssignments, readMspdiResources } from './mspdi-resources.ts';
import { readMspdiWorkSegments } from './mspdi-splits.ts';
import { readMspdiTasks } from './mspdi-tasks.ts';
import { parseMspdiTree } from './mspdi-xml.ts';
import { MspdiValueError, type XmlElement } from './xml-element.ts';

/**
 * Reads MSPDI text. Wall minutes are the file's local date-times read as UTC; durations and slack
 * are minutes. The project summary task (UID 0) and null tasks are not in `schedule.tasks`.
 *
 * @example
 * const result = readMspdi(readFileSync('plan.xml', 'utf8'));
 * if (result.ok) schedule(result.project.schedule);
 * else console.error(`${result.error.message} (${result.error.location.text})`);
 */
export function readMspdi(xml: string): MspdiReadResult {
  const tree = parseMspdiTree(xml);
  if (!tree.ok) return { ok: false, error: tree.error };
  try {
    return { ok: true, project: readProject(tree.project) };
  } catch (cause) {
    if (cause instanceof MspdiValueError) return importFailure(cause.message, { path: cause.path });
    const message = cause instanceof Error ? cause.message : String(cause);
    return importFailure(`The MSPDI file could not be read: ${message}.`, { path: 'Project' });
  }
}

function readProject(project: XmlElement): ImportedProject {
  const warnings: string[] = [];
  const minutesPerDay = positiveOr(project.number('MinutesPerDay'), 480);
  const minutesPerWeek = positiveOr(project.number('MinutesPerWeek'), 2400);
  const daysPerMonth = positiveOr(project.number('DaysPerMonth'), 20);

  const calendarUid = project.int('CalendarUID');
  const resolved = resolveProjectCalendar(readMspdiCalendars(project, warnings), calendarUid === null ? null : String(calendarUid), warnings);
  const calendarIds = new Set(resolved.calendars.map((c) => c.id));

  const read = readMspdiTasks(project, { minutesPerDay, daysPerMonth, calendarIds }, warnings);
  const projectStart = projectStartOf(project.dateTime('StartDate'), read.projectSummary?.start ?? null, read.tasks);
  if (projectStart === null) throw project.bad('StartDate', 'the project has no start date and no task has a start');

  const resources = readMspdiResources(project, calendarIds, warnings);
  const assignments = readMspdiAssignments(project, minutesPerDay, daysPerMonth);
  const { schedule, details } = withSplits(
    {
      scheduleFromStart: project.bool('ScheduleFromStart') ?? true,
      projectStart,
      projectFinish: project.dateTime('FinishDate'),
      statusDate: project.dateTime('StatusDate'),
      calendars: resolved.calendars,
      projectCalendarId: resolved.projectCalendarId,
      minutesPerDay,
      minutesPerWeek,
      daysPerMonth,
      tasks: withResourceCalendars(read.tasks, resources, assignments, read.details, resolved.projectCalendarId),
      links: read.links,
    },
    withWorkSegments(read.details, readMspdiWorkSegments(project, warnings)),
  );

  const criticalSlackLimit = project.number('CriticalSlackLimit');
  const meta: ImportMeta = {
    format: 'mspdi',
    saveVersion: project.int('SaveVersion'),
    defaultStartTime: project.time('DefaultStartTime', false),
    defaultFinishTime: project.time('DefaultFinishTime', true),
    // Stored in days.
    criticalSlackLimit: criticalSlackLimit === null ? null : criticalSlackLimit * minutesPerDay,
    currencyCode: currencyCodeOf(project.text('CurrencyCode')),
    honorConstraints: project.bool('HonorConstraints'),
    multipleCriticalPaths: project.bool('MultipleCriticalPaths'),
    currentDate: project.dateTime('CurrentDate'),
    projectSummary: read.projectSummary,
    warnings,
  };

  return {
    name: project.text('Title') ?? project.text('Name') ?? read.projectSummary?.name ?? '',
    schedule,
    oracle: read.oracle.size > 0 ? read.oracle : null,
    resources,
    assignments,
    taskDetails: details,
    baselines: read.baselines,
    meta,
  };
}

/** The task details with each split task's work segments. */
function withWorkSegments(details: Map<number, ImportedTaskDetail>, segments: ReadonlyMap<number, WorkSegment[]>): Map<number, ImportedTaskDetail> {
  for (const [uid, splits] of segments) {
    const detail = details.get(uid);
    if (detail) details.set(uid, { ...detail, splits });
  }
  return details;
}
