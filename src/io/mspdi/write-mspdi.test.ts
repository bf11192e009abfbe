// The MSPDI writer: every oracle file read, written and read again gives the same engine input and
// the same schedule; and the hard cases (escaping, elapsed time, leads, percentage lags, recurring
// exceptions, derived calendars, non-numeric calendar ids, computed dates) on small plans.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { CalendarDefinition } from '../../core/calendar/calendar-types.ts';
import { link, plan, task } from '../../core/schedule/plan-builder.ts';
import { schedule } from '../../core/schedule/schedule.ts';
import type { ScheduleInput, ScheduleResult } from '../../core/schedule/schedule-types.ts';
import type { ImportedProject, ImportResult } from '../imported-project.ts';
import { readMpxjJson } from '../mpxj-json/read-mpxj-json.ts';
import { isElapsedFormat, isPercentFormat } from './mspdi-codes.ts';
import { readMspdi } from './read-mspdi.ts';
import { writeMspdi, type MspdiExportInput } from './write-mspdi.ts';
import { outlineNumbers } from './write-mspdi-tasks.ts';
import { decimal, FORMAT_DAYS, limit, FORMAT_ELAPSED_DAYS, FORMAT_ELAPSED_PERCENT, FORMAT_PERCENT, isoDuration, wholePercent } from './write-mspdi-values.ts';

const ORACLES = fileURLToPath(new URL('../../../../shared/oracles/', import.meta.url));
const MSPDI_DIR = join(ORACLES, 'mspdi');
const JSON_DIR = join(ORACLES, 'msproject-json');

/** What MPXJ's JSON carries and MSPDI does not, by file; every MSPDI oracle file survives whole. */
const DOES_NOT_SURVIVE: ReadonlyMap<string, string> = new Map([['legacy__bug1.json', 'task names with leading or trailing spaces: the MSPDI reader trims text']]);

function imported(result: ImportResult): ImportedProject {
  if (!result.ok) throw new Error(`${result.error.message} (${result.error.location.text})`);
  return result.project;
}

function roundTrip(project: MspdiExportInput, computed?: ScheduleResult): ImportedProject {
  return imported(readMspdi(writeMspdi(project, computed)));
}

/** The parts of an import MSPDI can carry (see DOES_NOT_SURVIVE); format, save version and warnings describe the file, not the plan. */
function carried(project: ImportedProject) {
  const { format: _format, saveVersion: _saveVersion, warnings: _warnings, ...meta } = project.meta;
  return {
    name: project.name,
    schedule: { ...project.schedule, tasks: project.schedule.tasks.map((t) => ({ ...t, name: t.name.trim() })) },
    oracle: project.oracle === null ? null : new Map([...project.oracle].map(([uid, o]) => [uid, { ...o, name: o.name.trim() }])),
    resources: project.resources,
    assignments: project.assignments,
    taskDetails: new Map([...project.taskDetails].map(([uid, d]) => [uid, { ...d, splits: null }])),
    baselines: project.baselines,
    // MSPDI requires a currency: a file without one comes back in US dollars.
    meta: { ...meta, currencyCode: meta.currencyCode ?? 'USD' },
  };
}

function loses(project: ImportedProject): boolean {
  return project.schedule.tasks.some((t) => t.name !== t.name.trim());
}

/** What the re-read file holds for a computed instant: written to the second, read to the minute. */
const asRead = (minutes: number): number => Math.round(Math.round(minutes * 60) / 60);

function checkRoundTrip(file: string, first: ImportedProject): void {
  const second = roundTrip(first);
  expect(carried(second), file).toStrictEqual(carried(first));
  expect(loses(first), `${file} is ${DOES_NOT_SURVIVE.has(file) ? '' : 'not '}listed in DOES_NOT_SURVIVE`).toBe(DOES_NOT_SURVIVE.has(file));
  const computed = schedule(first.schedule);
  expect(schedule(second.schedule), file).toStrictEqual(computed);
  if (!computed.ok) return;

  // Written with the engine's dates: the same schedule again, and those dates as the stored ones.
  const third = roundTrip(first, computed);
  expect(third.schedule.projectStart, file).toBe(first.schedule.projectStart);
  expect(schedule(third.schedule), file).toStrictEqual(computed);
  for (const t of computed.tasks) {
    const stored = third.oracle?.get(t.uid);
    const expected = {
      start: asRead(t.start), finish: asRead(t.finish), earlyStart: asRead(t.earlyStart), earlyFinish: asRead(t.earlyFinish),
      lateStart: asRead(t.lateStart), lateFinish: asRead(t.lateFinish), totalSlack: Math.round(t.totalSlack * 10) / 10, freeSlack: Math.round(t.freeSlack * 10) / 10, critical: t.critical,
    };
    expect(stored, `${file} task ${t.uid}`).toMatchObject(expected);
  }
}

function files(dir: string, extension: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(extension)).sort() : [];
}

const mspdiFiles = files(MSPDI_DIR, '.xml');
describe.skipIf(mspdiFiles.length === 0)(`MSPDI oracle files round-trip through writeMspdi (${MSPDI_DIR})`, () => {
  it.each(mspdiFiles)('%s', (file) => {
    checkRoundTrip(file, imported(readMspdi(readFileSync(join(MSPDI_DIR, file), 'utf8'))));
  });
});

// Every fourth file, every file that does not survive whole, every calendar file and every file with split tasks.
const jsonFiles = files(JSON_DIR, '.json').filter((f, i) => i % 4 === 0 || DOES_NOT_SURVIVE.has(f) || f.includes('calendar') || /split|timephased/.test(f));
describe.skipIf(jsonFiles.length === 0)(`MPXJ JSON oracle files (a sample) round-trip through writeMspdi (${JSON_DIR})`, () => {
  it.each(jsonFiles)('%s', (file) => {
    checkRoundTrip(file, imported(readMpxjJson(readFileSync(join(JSON_DIR, file), 'utf8'))));
  });
});

// ---------------------------------------------------------------------------------------------

const at = (iso: string): number => Date.parse(`${iso}Z`) / 60000;
const STANDARD_DAY = [
  { start: 480, end: 720 },
  { start: 780, end: 1020 },
];
const base: CalendarDefinition = {
  id: '1',
  name: 'Standard',
  baseId: null,
  week: [[], STANDARD_DAY, STANDARD_DAY, STANDARD_DAY, STANDARD_DAY, STANDARD_DAY, []],
  workWeeks: [{ start: '2026-07-01', end: '2026-08-31', name: 'Summer', week: [undefined, undefined, undefined, undefined, undefined, [], undefined] }],
  exceptions: [
    { start: '2026-04-03', end: '2026-04-06', ranges: [], name: 'Easter' },
    { start: '2026-05-02', end: '2026-05-02', ranges: [{ start: 540, end: 780 }], name: 'Saturday shift' },
    { start: '2026-12-24', end: '2026-12-24', ranges: [] },
  ],
};

function small(extra: Partial<ScheduleInput> = {}): ScheduleInput {
  return plan(
    [task(1, 'Dig', '2d'), task(2, 'Pour', '1d'), task(3, 'Cure', '0d', { duration: 3 * 1440, elapsed: true, milestone: false }), task(4, 'Open', '0d')],
    [link(1, 2, 'FS', '-4h'), link(2, 3, 'SS', '0d', { lagPercent: 50 }), link(3, 4, 'FF', '0d', { lag: -1440, lagElapsed: true })],
    { calendars: [base], projectCalendarId: '1', ...extra },
  );
}

const xmlOf = (input: ScheduleInput, name = 'Plan'): string => writeMspdi({ name, schedule: input });
const reread = (input: ScheduleInput, name = 'Plan'): ImportedProject => imported(readMspdi(xmlOf(input, name)));

describe('writeMspdi: the document', () => {
  it('is well-formed MSPDI with the project settings and a project summary task', () => {
    const xml = xmlOf(small({ statusDate: at('2026-03-04T17:00'), projectFinish: at('2026-03-20T17:00') }));
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8" standalone="yes"\?>\n<Project xmlns="http:\/\/schemas\.microsoft\.com\/project">/);
    for (const element of ['<ScheduleFromStart>1</ScheduleFromStart>', '<StartDate>2026-03-02T08:00:00</StartDate>', '<FinishDate>2026-03-20T17:00:00</FinishDate>', '<StatusDate>2026-03-04T17:00:00</StatusDate>', '<CurrencyCode>USD</CurrencyCode>', '<CalendarUID>1</CalendarUID>', '<MinutesPerDay>480</MinutesPerDay>', '<MinutesPerWeek>2400</MinutesPerWeek>', '<DaysPerMonth>20</DaysPerMonth>']) {
      expect(xml).toContain(element);
    }
    expect(xml).toMatch(/<Task>\s*<UID>0<\/UID>\s*<ID>0<\/ID>\s*<Name>Plan<\/Name>[\s\S]*?<OutlineLevel>0<\/OutlineLevel>/);
    const back = imported(readMspdi(xml));
    expect(back.schedule).toStrictEqual(small({ statusDate: at('2026-03-04T17:00'), projectFinish: at('2026-03-20T17:00') }));
    expect(back.meta.warnings).toEqual([]);
    expect(writeMspdi({ name: 'Plan', schedule: small(), currencyCode: 'EUR' })).toContain('<CurrencyCode>EUR</CurrencyCode>');
  });

  it('numbers the outline (WBS) from the levels', () => {
    expect(outlineNumbers([1, 2, 2, 3, 1, 2, 4])).toEqual(['1', '1.1', '1.2', '1.2.1', '2', '2.1', '2.1.1.1']);
    const input = plan([task(1, 'Phase', '0d', { outlineLevel: 1, summary: true }), task(2, 'A', '1d', { outlineLevel: 2 }), task(3, 'B', '1d', { outlineLevel: 2 })], [], { calendars: [base], projectCalendarId: '1' });
    expect(xmlOf(input)).toMatch(/<UID>3<\/UID>[\s\S]*?<WBS>1\.2<\/WBS>\s*<OutlineNumber>1\.2<\/OutlineNumber>\s*<OutlineLevel>2<\/OutlineLevel>/);
    expect(reread(input).schedule).toStrictEqual(input);
  });

  it('renumbers a task with UID 0 (MSPDI keeps 0 for the project summary) instead of losing it', () => {
    const input = plan([task(0, 'Zero', '1d'), task(5, 'Five', '1d')], [link(0, 5)], { calendars: [base], projectCalendarId: '1' });
    const back = reread(input);
    expect(back.schedule.tasks.map((t) => [t.uid, t.name])).toEqual([
      [6, 'Zero'],
      [5, 'Five'],
    ]);
    expect(back.schedule.links).toStrictEqual([{ ...input.links[0]!, predecessorUid: 6 }]);
    const renumbered = (r: ScheduleResult) => (r.ok ? r.tasks.map((t) => ({ ...t, uid: t.uid === 0 ? 6 : t.uid })) : r);
    expect(renumbered(schedule(back.schedule))).toStrictEqual(renumbered(schedule(input)));
  });

  it('escapes special characters and drops those XML cannot hold', () => {
    const name = `Fish & <chips> "quoted" 'single' 🚀 naïve`;
    const input = small();
    const special = { ...input, tasks: input.tasks.map((t) => (t.uid === 1 ? { ...t, name } : t)), calendars: [{ ...base, name: `R&D <${name}>` }] };
    const xml = writeMspdi({ name: `${name}\u0001\uD800`, schedule: special });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<Name>Fish &amp; &lt;chips&gt; &quot;quoted&quot; &apos;single&apos; 🚀 naïve</Name>');
    const back = imported(readMspdi(xml));
    expect(back.name).toBe(name);
    expect(back.schedule).toStrictEqual(special);
    // The schema's maxLength (512 for task names) counts characters, not UTF-16 units.
    expect([...limit('🚀'.repeat(600), 512)]).toHaveLength(512);
  });
});

describe('writeMspdi: durations and links', () => {
  const xml = xmlOf(small());
  const back = reread(small());

  it('writes durations as PTnHnMnS, elapsed ones with DurationFormat 8', () => {
    expect(xml).toMatch(/<UID>1<\/UID>[\s\S]*?<Duration>PT16H0M0S<\/Duration>[\s\S]*?<DurationFormat>7<\/DurationFormat>/);
    expect(xml).toMatch(/<UID>3<\/UID>[\s\S]*?<Duration>PT72H0M0S<\/Duration>[\s\S]*?<DurationFormat>8<\/DurationFormat>/);
    expect(back.schedule.tasks.find((t) => t.uid === 3)).toMatchObject({ duration: 4320, elapsed: true });
    expect(isoDuration(0)).toBe('PT0H0M0S');
    expect(isoDuration(90.5)).toBe('PT1H30M30S');
    expect(isoDuration(1 / 60)).toBe('PT0H0M1S');
    expect(isoDuration(-30)).toBe('-PT0H30M0S');
    // Fractions of a second (MPXJ's JSON durations are seconds) survive.
    expect(readMspdiDuration(isoDuration(60.008333))).toBe(60.008333);
  });

  it('writes leads as negative LinkLag in tenths of a minute, elapsed ones with LagFormat 8', () => {
    expect(xml).toMatch(/<PredecessorUID>1<\/PredecessorUID>\s*<Type>1<\/Type>\s*<CrossProject>0<\/CrossProject>\s*<LinkLag>-2400<\/LinkLag>\s*<LagFormat>7<\/LagFormat>/);
    expect(xml).toMatch(/<PredecessorUID>3<\/PredecessorUID>\s*<Type>0<\/Type>\s*<CrossProject>0<\/CrossProject>\s*<LinkLag>-14400<\/LinkLag>\s*<LagFormat>8<\/LagFormat>/);
  });

  it('writes percentage lags as the percentage with LagFormat 19 (20 elapsed)', () => {
    expect(xml).toMatch(/<PredecessorUID>2<\/PredecessorUID>\s*<Type>3<\/Type>\s*<CrossProject>0<\/CrossProject>\s*<LinkLag>50<\/LinkLag>\s*<LagFormat>19<\/LagFormat>/);
    const elapsed = small({ links: [link(1, 2, 'FS', '0d', { lagPercent: 25, lagElapsed: true })] });
    expect(xmlOf(elapsed)).toMatch(/<LinkLag>25<\/LinkLag>\s*<LagFormat>20<\/LagFormat>/);
    expect(reread(elapsed).schedule.links).toStrictEqual(elapsed.links);
  });

  it('writes integer fields as whole numbers, percentages on the same side of 0 and 100', () => {
    expect([0, 0.2, 49.5, 99.7, 100].map(wholePercent)).toEqual(['0', '1', '50', '99', '100']);
    expect([0.5, 1 / 3, 1e-7, 12].map(decimal)).toEqual(['0.5', String(1 / 3), '0.0000001', '12']);
  });

  it('uses format codes the reader decodes the same way', () => {
    expect([FORMAT_DAYS, FORMAT_ELAPSED_DAYS, FORMAT_PERCENT, FORMAT_ELAPSED_PERCENT].map((c) => [isElapsedFormat(c), isPercentFormat(c)])).toEqual([
      [false, false],
      [true, false],
      [false, true],
      [true, true],
    ]);
  });

  it('reads back the same links and the same schedule', () => {
    expect(back.schedule).toStrictEqual(small());
    expect(schedule(back.schedule)).toStrictEqual(schedule(small()));
  });
});

function readMspdiDuration(duration: string): number {
  const doc = xmlOf(plan([task(1, 'T', '1d')], [], { calendars: [base], projectCalendarId: '1' })).replace('<Duration>PT8H0M0S</Duration>', `<Duration>${duration}</Duration>`);
  return imported(readMspdi(doc)).schedule.tasks[0]!.duration;
}

describe('writeMspdi: calendars', () => {
  it('writes exceptions both as <Exceptions> (Type 1, daily) and as DayType 0 days, and work weeks', () => {
    const xml = xmlOf(small());
    expect(xml).toMatch(/<Exception>\s*<EnteredByOccurrences>0<\/EnteredByOccurrences>\s*<TimePeriod>\s*<FromDate>2026-04-03T00:00:00<\/FromDate>\s*<ToDate>2026-04-06T23:59:00<\/ToDate>\s*<\/TimePeriod>\s*<Occurrences>4<\/Occurrences>\s*<Name>Easter<\/Name>\s*<Type>1<\/Type>\s*<DayWorking>0<\/DayWorking>/);
    expect(xml).toMatch(/<WeekDay>\s*<DayType>0<\/DayType>\s*<DayWorking>1<\/DayWorking>\s*<TimePeriod>\s*<FromDate>2026-05-02T00:00:00<\/FromDate>[\s\S]*?<FromTime>09:00:00<\/FromTime>\s*<ToTime>13:00:00<\/ToTime>/);
    expect(xml).toMatch(/<WorkWeek>\s*<TimePeriod>[\s\S]*?<\/TimePeriod>\s*<Name>Summer<\/Name>\s*<WeekDays>\s*<WeekDay>\s*<DayType>6<\/DayType>\s*<DayWorking>0<\/DayWorking>\s*<\/WeekDay>\s*<\/WeekDays>/);
    expect(reread(small()).schedule.calendars).toStrictEqual([base]);
  });

  it('writes recurring exceptions as the dated exceptions they expanded to', () => {
    const recurring = `<?xml version="1.0"?><Project xmlns="http://schemas.microsoft.com/project"><StartDate>2024-01-01T08:00:00</StartDate><CalendarUID>1</CalendarUID>
      <Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><WeekDays><WeekDay><DayType>2</DayType><DayWorking>1</DayWorking>
        <WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay></WeekDays>
        <Exceptions><Exception><TimePeriod><FromDate>2024-01-01T00:00:00</FromDate><ToDate>2024-01-29T23:59:00</ToDate></TimePeriod><Occurrences>3</Occurrences>
          <Name>Every other Monday</Name><Type>6</Type><Period>2</Period><DaysOfWeek>2</DaysOfWeek><DayWorking>0</DayWorking></Exception></Exceptions></Calendar></Calendars>
      <Tasks><Task><UID>1</UID><ID>1</ID><Name>T</Name><OutlineLevel>1</OutlineLevel><Duration>PT40H0M0S</Duration></Task></Tasks></Project>`;
    const first = imported(readMspdi(recurring));
    const xml = writeMspdi(first);
    expect(xml).not.toContain('<Type>6</Type>');
    expect(xml.match(/<Type>1<\/Type>\s*<DayWorking>0<\/DayWorking>/g)).toHaveLength(3);
    for (const day of ['2024-01-01', '2024-01-15', '2024-01-29']) expect(xml).toContain(`<FromDate>${day}T00:00:00</FromDate>`);
    const second = imported(readMspdi(xml));
    expect(second.schedule.calendars).toStrictEqual(first.schedule.calendars);
    expect(schedule(second.schedule)).toStrictEqual(schedule(first.schedule));
  });

  it('writes a derived calendar with its base and only the days it changes', () => {
    const derived: CalendarDefinition = { id: '7', name: 'Night crew', baseId: '1', week: [undefined, [{ start: 1320, end: 1440 }], undefined, undefined, undefined, undefined, [{ start: 600, end: 840 }]], workWeeks: [], exceptions: [] };
    const input = small({ calendars: [base, derived], tasks: small().tasks.map((t) => (t.uid === 2 ? { ...t, calendarId: '7' } : t)) });
    const xml = xmlOf(input);
    expect(xml).toMatch(/<UID>7<\/UID>\s*<Name>Night crew<\/Name>\s*<IsBaseCalendar>0<\/IsBaseCalendar>\s*<IsBaselineCalendar>0<\/IsBaselineCalendar>\s*<BaseCalendarUID>1<\/BaseCalendarUID>\s*<WeekDays>\s*<WeekDay>\s*<DayType>2<\/DayType>[\s\S]*?<ToTime>00:00:00<\/ToTime>[\s\S]*?<DayType>7<\/DayType>[\s\S]*?<\/WeekDays>\s*<\/Calendar>/);
    expect(xml).toMatch(/<UID>2<\/UID>[\s\S]*?<CalendarUID>7<\/CalendarUID>/);
    const back = reread(input);
    expect(back.schedule).toStrictEqual(input);
    expect(schedule(back.schedule)).toStrictEqual(schedule(input));
  });

  it('gives non-numeric calendar ids (Orrery’s own plans) free numeric UIDs, consistently', () => {
    const input = plan([task(1, 'A', '1d', { calendarId: 'night' }), task(2, 'B', '1d')], [link(1, 2)]);
    const night: CalendarDefinition = { id: 'night', name: 'Night', baseId: 'standard', week: [undefined, [{ start: 0, end: 480 }], undefined, undefined, undefined, undefined, undefined], workWeeks: [], exceptions: [] };
    const withNight = { ...input, calendars: [...input.calendars, night] };
    const back = reread(withNight);
    expect(back.schedule.calendars.map((c) => [c.id, c.name, c.baseId])).toEqual([
      ['1', 'Standard', null],
      ['2', 'Night', '1'],
    ]);
    expect(back.schedule.projectCalendarId).toBe('1');
    expect(back.schedule.tasks[0]!.calendarId).toBe('2');
    expect(schedule(back.schedule)).toStrictEqual(schedule(withNight));
  });
});

describe('writeMspdi: progress, constraints, resources and computed dates', () => {
  const input = small({
    statusDate: at('2026-03-03T17:00'),
    tasks: small().tasks.map((t) =>
      t.uid === 1 ? { ...t, actualStart: at('2026-03-02T08:00'), percentComplete: 50, remainingDuration: 480, levelingDelay: 480, levelingDelayElapsed: false, splitGaps: [{ work: 240, length: 480 }] }
      : t.uid === 4 ? { ...t, constraintType: 'FNLT' as const, constraintDate: at('2026-03-31T17:00'), deadline: at('2026-03-27T17:00') }
      : t.uid === 2 ? { ...t, manual: true, start: at('2026-03-04T08:00'), finish: at('2026-03-04T17:00') }
      : t,
    ),
  });
  const project: MspdiExportInput = {
    name: 'Progress',
    schedule: input,
    resources: [{ uid: 1, name: 'Ann', kind: 'work', calendarId: '1' }, { uid: 2, name: 'Concrete', kind: 'material', calendarId: null }, { uid: 3, name: 'Travel', kind: 'cost', calendarId: null }],
    assignments: [{ taskUid: 1, resourceUid: 1, units: 0.5, work: 480 }, { taskUid: 2, resourceUid: 2, units: 12, work: null }],
    taskDetails: new Map([[1, { uid: 1, type: 'fixed-duration' as const, effortDriven: true, ignoreResourceCalendar: true, splits: null }]]),
  };

  it('round-trips progress, constraints, deadlines, leveling delay, splits, manual tasks, resources and assignments', () => {
    const back = imported(readMspdi(writeMspdi(project)));
    // Reading also carries each task's resource calendars (Ann's, on task 1) into the engine's input.
    expect(back.schedule).toStrictEqual({ ...input, tasks: input.tasks.map((t) => (t.uid === 1 ? { ...t, resourceCalendarIds: ['1'] } : t)) });
    expect(back.resources).toStrictEqual(project.resources);
    expect(back.assignments).toStrictEqual(project.assignments);
    expect({ ...back.taskDetails.get(1)!, splits: null }).toStrictEqual(project.taskDetails!.get(1));
    expect(schedule(back.schedule)).toStrictEqual(schedule(input));
  });

  it('writes the computed dates, slack in tenths of a minute and the critical flag', () => {
    const computed = schedule(input);
    if (!computed.ok) throw new Error(computed.message);
    const xml = writeMspdi(project, computed);
    const t4 = computed.tasks.find((t) => t.uid === 4)!;
    expect(xml).toMatch(new RegExp(`<UID>4</UID>[\\s\\S]*?<TotalSlack>${Math.round(t4.totalSlack * 10)}</TotalSlack>`));
    expect(xml).toMatch(/<UID>2<\/UID>[\s\S]*?<ManualStart>2026-03-04T08:00:00<\/ManualStart>/);
    const back = imported(readMspdi(xml));
    for (const t of computed.tasks) expect(back.oracle?.get(t.uid), `task ${t.uid}`).toMatchObject({ earlyStart: t.earlyStart, lateFinish: t.lateFinish, totalSlack: t.totalSlack, freeSlack: t.freeSlack, critical: t.critical });
    expect(back.meta.projectSummary).toMatchObject({ start: computed.projectStart, finish: computed.projectFinish, summary: true });
    expect(schedule(back.schedule)).toStrictEqual(computed);
  });
});
