// The MSPDI reader on small hand-written files: calendars, durations, links, flags, oracle values, bad files.
import { describe, expect, it } from 'vitest';
import type { ImportedProject, ImportResult } from '../imported-project.ts';
import { readMspdi } from './read-mspdi.ts';

const at = (y: number, m: number, d: number, h = 0, min = 0): number => Date.UTC(y, m - 1, d, h, min) / 60000;

const day = (working: boolean, ...times: Array<[string, string]>): string =>
  `<WeekDay><DayType>%</DayType><DayWorking>${working ? 1 : 0}</DayWorking>${
    times.length > 0 ? `<WorkingTimes>${times.map(([f, t]) => `<WorkingTime><FromTime>${f}</FromTime><ToTime>${t}</ToTime></WorkingTime>`).join('')}</WorkingTimes>` : ''
  }</WeekDay>`;
const week = (...days: string[]): string => days.map((d, i) => d.replace('%', String(i + 1))).join('');
const office: Array<[string, string]> = [
  ['08:00:00', '12:00:00'],
  ['13:00:00', '17:00:00'],
];

const STANDARD = `<Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><BaseCalendarUID>-1</BaseCalendarUID>
  <WeekDays>${week(day(false), day(true, ...office), day(true, ...office), day(true, ...office), day(true, ...office), day(true, ['08:00:00', '12:00:00'], ['22:00:00', '00:00:00']), day(false))}
    <WeekDay><DayType>0</DayType><DayWorking>0</DayWorking><TimePeriod><FromDate>2024-01-01T00:00:00</FromDate><ToDate>2024-01-01T23:59:00</ToDate></TimePeriod></WeekDay>
  </WeekDays>
  <Exceptions>
    <Exception><TimePeriod><FromDate>2024-12-25T00:00:00</FromDate><ToDate>2024-12-26T23:59:00</ToDate></TimePeriod><Name>Christmas</Name><Type>1</Type><DayWorking>0</DayWorking></Exception>
    <Exception><EnteredByOccurrences>1</EnteredByOccurrences><TimePeriod><FromDate>2024-01-01T00:00:00</FromDate><ToDate>2024-01-29T23:59:00</ToDate></TimePeriod>
      <Occurrences>3</Occurrences><Name>Every other Monday</Name><Type>6</Type><Period>2</Period><DaysOfWeek>2</DaysOfWeek><DayWorking>0</DayWorking></Exception>
    <Exception><TimePeriod><FromDate>2024-01-01T00:00:00</FromDate><ToDate>2025-03-04T23:59:00</ToDate></TimePeriod><Occurrences>2</Occurrences><Name>First Tuesday of March</Name>
      <Type>3</Type><Month>2</Month><MonthItem>5</MonthItem><MonthPosition>0</MonthPosition><DayWorking>0</DayWorking></Exception>
    <Exception><TimePeriod><FromDate>2024-06-01T00:00:00</FromDate><ToDate>2024-06-01T23:59:00</ToDate></TimePeriod><Name>Saturday shift</Name><DayWorking>1</DayWorking>
      <WorkingTimes><WorkingTime><FromTime>09:00:00</FromTime><ToTime>13:00:00</ToTime></WorkingTime></WorkingTimes></Exception>
  </Exceptions>
  <WorkWeeks><WorkWeek><TimePeriod><FromDate>2024-07-01T00:00:00</FromDate><ToDate>2024-08-31T23:59:00</ToDate></TimePeriod><Name>Summer</Name>
    <WeekDays><WeekDay><DayType>6</DayType><DayWorking>0</DayWorking></WeekDay></WeekDays></WorkWeek></WorkWeeks>
</Calendar>`;

const LEGACY = `<Calendar><UID>3</UID><Name>Night shift</Name><IsBaseCalendar>1</IsBaseCalendar>
  <WeekDays>${week(day(false), day(true, ['00:00:00', '00:00:00']), day(true, ...office), day(true, ...office), day(true, ...office), day(true, ...office), day(false))}
    <WeekDay><DayType>0</DayType><DayWorking>0</DayWorking><TimePeriod><FromDate>2024-04-01T00:00:00</FromDate><ToDate>2024-04-02T23:59:00</ToDate></TimePeriod></WeekDay>
    <WeekDay><DayType>0</DayType><DayWorking>1</DayWorking><TimePeriod><FromDate>2024-04-06T00:00:00</FromDate><ToDate>2024-04-06T23:59:00</ToDate></TimePeriod>
      <WorkingTimes><WorkingTime><FromTime>10:00:00</FromTime><ToTime>14:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>
  </WeekDays></Calendar>`;

const RESOURCE_CALENDAR = `<Calendar><UID>2</UID><Name>Alice</Name><IsBaseCalendar>0</IsBaseCalendar><BaseCalendarUID>1</BaseCalendarUID>
  <WeekDays><WeekDay><DayType>7</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>09:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay></WeekDays></Calendar>`;

const task = (fields: string): string => `<Task>${fields}</Task>`;
const link = (pred: number, type: number | null, lag: number, format: number): string =>
  `<PredecessorLink><PredecessorUID>${pred}</PredecessorUID>${type === null ? '' : `<Type>${type}</Type>`}<CrossProject>0</CrossProject><LinkLag>${lag}</LinkLag><LagFormat>${format}</LagFormat></PredecessorLink>`;

const TASKS = [
  task(`<UID>0</UID><ID>0</ID><Name>Plan</Name><OutlineLevel>0</OutlineLevel><Summary>1</Summary><Start>2024-01-02T08:00:00</Start><Finish>2024-01-31T17:00:00</Finish>
    <EarlyStart>2024-01-02T08:00:00</EarlyStart><EarlyFinish>2024-01-31T17:00:00</EarlyFinish><LateStart>2024-01-02T08:00:00</LateStart><LateFinish>2024-01-31T17:00:00</LateFinish><TotalSlack>0</TotalSlack><FreeSlack>0</FreeSlack><Critical>1</Critical>`),
  task(`<UID>1</UID><ID>1</ID><Name>Phase</Name><OutlineLevel>1</OutlineLevel><Summary>0</Summary><Duration>PT16H0M0S</Duration><DurationFormat>7</DurationFormat>
    <Start>2024-01-02T08:00:00</Start><Finish>2024-01-03T17:00:00</Finish><EarlyStart>2024-01-02T08:00:00</EarlyStart><EarlyFinish>2024-01-03T17:00:00</EarlyFinish>
    <LateStart>2024-01-04T08:00:00</LateStart><LateFinish>2024-01-05T17:00:00</LateFinish><TotalSlack>9600</TotalSlack><FreeSlack>4800</FreeSlack><Critical>0</Critical>`),
  task(`<UID>2</UID><ID>2</ID><Name>Dig</Name><OutlineLevel>2</OutlineLevel><Duration>PT8H0M0S</Duration><DurationFormat>39</DurationFormat><CalendarUID>-1</CalendarUID>
    <ConstraintType>4</ConstraintType><ConstraintDate>2024-01-02T08:00:00</ConstraintDate><Deadline>2024-01-10T17:00:00</Deadline>
    <ActualStart>2024-01-02T08:00:00</ActualStart><PercentComplete>50</PercentComplete><RemainingDuration>PT4H0M0S</RemainingDuration>
    <Start>2024-01-02T08:00:00</Start><Finish>2024-01-02T17:00:00</Finish><Type>1</Type><EffortDriven>0</EffortDriven><LevelingDelay>144000</LevelingDelay><Priority>800</Priority>`),
  task(`<UID>3</UID><ID>3</ID><Name>Cure</Name><OutlineLevel>2</OutlineLevel><Duration>PT24H0M0S</Duration><DurationFormat>8</DurationFormat><CalendarUID>2</CalendarUID>
    <ConstraintType>0</ConstraintType><ConstraintDate>2024-01-02T08:00:00</ConstraintDate>${link(2, 1, 4800, 7)}${link(99, 1, 0, 7)}`),
  task(`<UID>4</UID><ID>4</ID><IsNull>1</IsNull>`),
  task(`<UID>5</UID><ID>5</ID><Name>Done</Name><OutlineLevel>1</OutlineLevel><Milestone>1</Milestone><Duration>PT0H0M0S</Duration><DurationFormat>7</DurationFormat>
    <ConstraintType>7</ConstraintType><ConstraintDate>2024-01-31T17:00:00</ConstraintDate>
    ${link(3, 0, -2400, 5)}${link(2, 3, 14400, 8)}${link(1, 2, 50, 19)}${link(2, null, 0, 7)}${link(4, 1, 0, 7)}`),
  task(`<UID>6</UID><ID>6</ID><Name>Sketch</Name><OutlineLevel>1</OutlineLevel><Manual>1</Manual><Active>0</Active><Duration>PT0H30M0S</Duration><DurationFormat>3</DurationFormat>
    <Start>2024-01-05T09:00:00</Start><Finish>2024-01-05T09:30:00</Finish><ActualFinish>2024-01-05T09:30:00</ActualFinish>`),
].join('\n');

const mspdi = (body: string, settings = ''): string => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <SaveVersion>14</SaveVersion><Name>plan.xml</Name><Title>Bridge &amp; road</Title>
  <ScheduleFromStart>1</ScheduleFromStart><StartDate>2024-01-02T08:00:00</StartDate><FinishDate>2024-01-31T17:00:00</FinishDate>
  <CalendarUID>1</CalendarUID><DefaultStartTime>08:00:00</DefaultStartTime><DefaultFinishTime>17:00:00</DefaultFinishTime>
  <MinutesPerDay>480</MinutesPerDay><MinutesPerWeek>2400</MinutesPerWeek><DaysPerMonth>20</DaysPerMonth>${settings}
  ${body}
</Project>`;

const SAMPLE = mspdi(`<Calendars>${STANDARD}${RESOURCE_CALENDAR}${LEGACY}</Calendars>
  <Tasks>${TASKS}</Tasks>
  <Resources><Resource><UID>1</UID><Name>Alice</Name><Type>1</Type><CalendarUID>2</CalendarUID></Resource><Resource><UID>2</UID><Name>Concrete</Name><Type>0</Type><CalendarUID>-1</CalendarUID></Resource></Resources>
  <Assignments><Assignment><UID>1</UID><TaskUID>2</TaskUID><ResourceUID>1</ResourceUID><Units>0.5</Units><Work>PT4H0M0S</Work></Assignment></Assignments>`);

function project(result: ImportResult): ImportedProject {
  if (!result.ok) throw new Error(`${result.error.message} (${result.error.location.text})`);
  return result.project;
}

const sample = project(readMspdi(SAMPLE));
const calendar = (id: string) => sample.schedule.calendars.find((c) => c.id === id)!;
const taskOf = (uid: number) => sample.schedule.tasks.find((t) => t.uid === uid)!;

describe('readMspdi: project', () => {
  it('reads the project settings as wall minutes and minutes', () => {
    const s = sample.schedule;
    expect(sample.name).toBe('Bridge & road');
    expect(s.scheduleFromStart).toBe(true);
    expect(s.projectStart).toBe(at(2024, 1, 2, 8));
    expect(s.projectFinish).toBe(at(2024, 1, 31, 17));
    expect(s.statusDate).toBeNull();
    expect(s.projectCalendarId).toBe('1');
    expect([s.minutesPerDay, s.minutesPerWeek, s.daysPerMonth]).toEqual([480, 2400, 20]);
    expect(sample.meta).toMatchObject({ format: 'mspdi', saveVersion: 14, defaultStartTime: 480, defaultFinishTime: 1020 });
  });

  it('decodes entities, character references and CDATA in text', () => {
    const p = project(readMspdi(mspdi('<Tasks><Task><UID>1</UID><OutlineLevel>1</OutlineLevel><Name><![CDATA[Fish & <chips>]]></Name></Task></Tasks>').replace('Bridge &amp; road', 'A&#10;B &#x41; &lt;x&gt;')));
    expect(p.name).toBe('A\nB A <x>');
    expect(p.schedule.tasks[0]?.name).toBe('Fish & <chips>');
  });

  it('reads backward scheduling and a status date', () => {
    const doc = mspdi('<Tasks/>', '<StatusDate>2024-01-15T17:00:00</StatusDate>').replace('<ScheduleFromStart>1<', '<ScheduleFromStart>0<');
    const p = project(readMspdi(doc));
    expect(p.schedule.scheduleFromStart).toBe(false);
    expect(p.schedule.statusDate).toBe(at(2024, 1, 15, 17));
    expect(p.schedule.tasks).toEqual([]);
    expect(p.oracle).toBeNull();
  });
});

describe('readMspdi: calendars', () => {
  it('reads the working week with Sunday first and a midnight end as 1440', () => {
    const week = calendar('1').week;
    expect(week[0]).toEqual([]);
    expect(week[1]).toEqual([
      { start: 480, end: 720 },
      { start: 780, end: 1020 },
    ]);
    expect(week[5]).toEqual([
      { start: 480, end: 720 },
      { start: 1320, end: 1440 },
    ]);
    expect(week[6]).toEqual([]);
    expect(calendar('3').week[1]).toEqual([{ start: 0, end: 1440 }]);
  });

  it('prefers 2007+ <Exceptions> over DayType 0 days and expands recurring exceptions', () => {
    const exceptions = calendar('1').exceptions;
    // The DayType 0 day (2024-01-01) is not taken: the <Exceptions> list is present.
    expect(exceptions.map((e) => [e.start, e.end, e.name])).toEqual([
      ['2024-01-01', '2024-01-01', 'Every other Monday'],
      ['2024-01-15', '2024-01-15', 'Every other Monday'],
      ['2024-01-29', '2024-01-29', 'Every other Monday'],
      ['2024-03-05', '2024-03-05', 'First Tuesday of March'],
      ['2024-06-01', '2024-06-01', 'Saturday shift'],
      ['2024-12-25', '2024-12-26', 'Christmas'],
      ['2025-03-04', '2025-03-04', 'First Tuesday of March'],
    ]);
    expect(exceptions.find((e) => e.name === 'Saturday shift')!.ranges).toEqual([{ start: 540, end: 780 }]);
    expect(exceptions.find((e) => e.name === 'Christmas')!.ranges).toEqual([]);
  });

  it('reads pre-2007 DayType 0 exceptions when there is no <Exceptions> list', () => {
    expect(calendar('3').exceptions).toEqual([
      { start: '2024-04-01', end: '2024-04-02', ranges: [] },
      { start: '2024-04-06', end: '2024-04-06', ranges: [{ start: 600, end: 840 }] },
    ]);
  });

  it('keeps derived resource calendars with undefined days inherited from the base', () => {
    const alice = calendar('2');
    expect(alice.baseId).toBe('1');
    expect(alice.week[6]).toEqual([{ start: 540, end: 720 }]);
    expect(alice.week.slice(0, 6)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(calendar('1').baseId).toBeNull();
    expect(sample.resources).toEqual([
      { uid: 1, name: 'Alice', kind: 'work', calendarId: '2' },
      { uid: 2, name: 'Concrete', kind: 'material', calendarId: null },
    ]);
    expect(sample.assignments).toEqual([{ taskUid: 2, resourceUid: 1, units: 0.5, work: 240 }]);
  });

  it('reads work weeks', () => {
    expect(calendar('1').workWeeks).toEqual([
      { start: '2024-07-01', end: '2024-08-31', name: 'Summer', week: [undefined, undefined, undefined, undefined, undefined, [], undefined] },
    ]);
  });
});

describe('readMspdi: tasks', () => {
  it('leaves out the project summary task and null tasks, in outline order', () => {
    expect(sample.schedule.tasks.map((t) => t.uid)).toEqual([1, 2, 3, 5, 6]);
    expect(sample.meta.projectSummary).toMatchObject({ uid: 0, name: 'Plan', critical: true, summary: true, earlyStart: at(2024, 1, 2, 8) });
  });

  it('reads durations in minutes, elapsed formats as wall minutes', () => {
    expect(taskOf(1)).toMatchObject({ duration: 960, elapsed: false });
    expect(taskOf(2)).toMatchObject({ duration: 480, elapsed: false }); // 39: estimated days
    expect(taskOf(3)).toMatchObject({ duration: 1440, elapsed: true }); // 8: elapsed days
    expect(taskOf(6)).toMatchObject({ duration: 30, elapsed: false });
  });

  it('derives summaries from the outline and reads milestone, manual and active flags', () => {
    expect(taskOf(1)).toMatchObject({ summary: true, outlineLevel: 1 });
    expect(taskOf(2)).toMatchObject({ summary: false, outlineLevel: 2, manual: false, active: true });
    expect(taskOf(5)).toMatchObject({ milestone: true, duration: 0 });
    expect(taskOf(6)).toMatchObject({ manual: true, active: false, start: at(2024, 1, 5, 9), finish: at(2024, 1, 5, 9, 30) });
  });

  it('reads calendars, constraints, deadlines and progress', () => {
    expect(taskOf(2)).toMatchObject({
      calendarId: null,
      constraintType: 'SNET',
      constraintDate: at(2024, 1, 2, 8),
      deadline: at(2024, 1, 10, 17),
      actualStart: at(2024, 1, 2, 8),
      actualFinish: null,
      percentComplete: 50,
      remainingDuration: 240,
    });
    // An ASAP task's stored ConstraintDate means nothing.
    expect(taskOf(3)).toMatchObject({ calendarId: '2', constraintType: 'ASAP', constraintDate: null });
    expect(taskOf(5)).toMatchObject({ constraintType: 'FNLT', constraintDate: at(2024, 1, 31, 17) });
    expect(taskOf(6).actualFinish).toBe(at(2024, 1, 5, 9, 30));
    // Leveling delay without a <LevelingDelayFormat> is in elapsed days, MS Project's default.
    expect(taskOf(2)).toMatchObject({ levelingDelay: 14400, levelingDelayElapsed: true, priority: 800 });
    // MS Project's default priority (500, or none written) is left out.
    expect(taskOf(3).priority).toBeUndefined();
    expect(taskOf(3).levelingDelay).toBeUndefined();
    expect(sample.taskDetails.get(2)).toEqual({ uid: 2, type: 'fixed-duration', effortDriven: false, ignoreResourceCalendar: false, splits: null });
  });

  it('maps every constraint code', () => {
    const codes = [0, 1, 2, 3, 4, 5, 6, 7].map((code) => task(`<UID>${code + 1}</UID><ID>${code + 1}</ID><OutlineLevel>1</OutlineLevel><ConstraintType>${code}</ConstraintType><ConstraintDate>2024-01-03T08:00:00</ConstraintDate>`));
    const p = project(readMspdi(mspdi(`<Tasks>${codes.join('')}</Tasks>`)));
    expect(p.schedule.tasks.map((t) => t.constraintType)).toEqual(['ASAP', 'ALAP', 'MSO', 'MFO', 'SNET', 'SNLT', 'FNET', 'FNLT']);
  });
});

describe('readMspdi: links', () => {
  it('reads types, lags in tenths of minutes, leads, elapsed and percentage lags', () => {
    expect(sample.schedule.links).toEqual([
      { predecessorUid: 2, successorUid: 3, type: 'FS', lag: 480, lagElapsed: false, lagPercent: null },
      { predecessorUid: 3, successorUid: 5, type: 'FF', lag: -240, lagElapsed: false, lagPercent: null },
      { predecessorUid: 2, successorUid: 5, type: 'SS', lag: 1440, lagElapsed: true, lagPercent: null },
      { predecessorUid: 1, successorUid: 5, type: 'SF', lag: 0, lagElapsed: false, lagPercent: 50 },
      { predecessorUid: 2, successorUid: 5, type: 'FS', lag: 0, lagElapsed: false, lagPercent: null },
    ]);
  });

  it('leaves out links to tasks that are not in the schedule, with a warning', () => {
    expect(sample.meta.warnings.filter((w) => w.includes('link left out'))).toHaveLength(2);
  });
});

describe('readMspdi: oracle', () => {
  it('keeps the stored dates, slack in minutes and critical flags of tasks that carry them', () => {
    expect(sample.oracle?.get(1)).toEqual({
      uid: 1,
      name: 'Phase',
      start: at(2024, 1, 2, 8),
      finish: at(2024, 1, 3, 17),
      earlyStart: at(2024, 1, 2, 8),
      earlyFinish: at(2024, 1, 3, 17),
      lateStart: at(2024, 1, 4, 8),
      lateFinish: at(2024, 1, 5, 17),
      totalSlack: 960,
      freeSlack: 480,
      critical: false,
      summary: true,
      manual: false,
    });
    expect(sample.oracle?.has(2)).toBe(false);
  });
});

describe('readMspdi: bad files', () => {
  it('refuses a truncated file and says where it ends', () => {
    const name = SAMPLE.indexOf('<Name>Dig</Name>');
    // Cut inside a text, inside a tag, and just after a closing tag.
    for (const cut of [SAMPLE.slice(0, name + 8), SAMPLE.slice(0, name + 10), SAMPLE.slice(0, name + 16)]) {
      const result = readMspdi(cut);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.message).toMatch(/truncated/);
      expect(result.error.message).toContain('<Project>/<Tasks>/<Task>');
      expect(result.error.location.line).toBe(cut.split('\n').length);
    }
  });

  it('refuses XML that is not MSPDI', () => {
    const pom = readMspdi('<?xml version="1.0"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion></project>');
    expect(pom).toMatchObject({ ok: false, error: { location: { line: 2, column: 1 } } });
    expect(!pom.ok && pom.error.message).toMatch(/not an MSPDI file: the root element is <project>/);
    const foreign = readMspdi('<Project xmlns="urn:example"><Name>x</Name></Project>');
    expect(!foreign.ok && foreign.error.message).toMatch(/namespace "urn:example"/);
    expect(readMspdi('hello world')).toMatchObject({ ok: false });
    expect(readMspdi('')).toMatchObject({ ok: false, error: { location: { line: 1 } } });
  });

  it('refuses malformed XML with the validator line and column', () => {
    const result = readMspdi('<Project xmlns="http://schemas.microsoft.com/project">\n  <Name>x</Title>\n</Project>');
    expect(result).toMatchObject({ ok: false, error: { location: { line: 2 } } });
    expect(!result.ok && result.error.message).toMatch(/malformed.*Name/);
  });

  it('names the element path of an unreadable value', () => {
    const bad = SAMPLE.replace('<Duration>PT8H0M0S</Duration><DurationFormat>39', '<Duration>eight hours</Duration><DurationFormat>39');
    const result = readMspdi(bad);
    expect(result).toMatchObject({ ok: false, error: { location: { path: 'Project/Tasks/Task[3]/Duration', text: 'Project/Tasks/Task[3]/Duration' } } });
    expect(!result.ok && result.error.message).toMatch(/"eight hours" is not a duration/);
    const badDay = readMspdi(mspdi('<Calendars><Calendar><UID>1</UID><WeekDays><WeekDay><DayType>9</DayType></WeekDay></WeekDays></Calendar></Calendars>'));
    expect(badDay).toMatchObject({ ok: false, error: { location: { path: 'Project/Calendars/Calendar[1]/WeekDays/WeekDay[1]/DayType' } } });
  });
});

describe('readMspdi: scale', () => {
  it('reads 10,000 linked tasks without losing a task or a link (speed is measured by npm run bench, not here)', () => {
    const n = 10_000;
    const tasks = Array.from({ length: n }, (_, k) => {
      const uid = k + 1;
      const links = (uid > 1 ? link(uid - 1, 1, 0, 7) : '') + (uid > 5 ? link(uid - 5, 3, 4800, 7) : '');
      return task(`<UID>${uid}</UID><ID>${uid}</ID><Name>T${uid}</Name><OutlineLevel>${uid % 10 === 1 ? 1 : 2}</OutlineLevel><Duration>PT8H0M0S</Duration><DurationFormat>7</DurationFormat>
        <Start>2024-01-02T08:00:00</Start><Finish>2024-01-02T17:00:00</Finish><EarlyStart>2024-01-02T08:00:00</EarlyStart><TotalSlack>0</TotalSlack>${links}`);
    });
    const p = project(readMspdi(mspdi(`<Calendars>${STANDARD}</Calendars><Tasks>${tasks.join('\n')}</Tasks>`)));
    expect(p.schedule.tasks).toHaveLength(n);
    expect(p.schedule.links).toHaveLength(2 * n - 6);
    expect(p.oracle?.size).toBe(n);
    expect(p.schedule.tasks.filter((t) => t.summary)).toHaveLength(n / 10);
  });
});
