import { describe, expect, it } from 'vitest';
import { buildLoad, type LoadModel } from './load-model.ts';
import { capacityReport } from './capacity-report.ts';
import { loadDetail, overAllocations } from './over-allocation.ts';
import { findAvailable } from './availability.ts';
import { movedByWeeks, whatIf, workSpan } from './what-if.ts';
import { assignment, at, CALENDARS } from './capacity-fixtures.ts';
import type { CapacityInput, ResourceInput } from './resource-types.ts';

function model(input: Partial<CapacityInput> & Pick<CapacityInput, 'resources'>): LoadModel {
  const result = buildLoad({ calendars: CALENDARS, assignments: [], from: '2026-03-02', to: '2026-03-15', ...input });
  if (!result.ok) throw new Error(result.message);
  return result.model;
}

const candidates = (result: ReturnType<typeof findAvailable>) => {
  if (!result.ok) throw new Error(result.message);
  return result.candidates;
};

const week1 = (m: LoadModel, r: number, values: Float64Array) => Array.from(values.subarray(r * m.days, r * m.days + 7));

describe('capacity', () => {
  it('is working minutes × maximum units: a full-timer 480 a weekday, a part-timer 240, a half-time row from Wednesday on halves the rest', () => {
    const m = model({
      resources: [
        { id: 'full', calendarId: 'standard' },
        { id: 'mornings', calendarId: 'part-time' },
        { id: 'halving', calendarId: 'standard', maxUnits: [{ from: '2026-01-01', units: 100 }, { from: '2026-03-04', units: 50 }] },
      ],
    });
    expect(week1(m, 0, m.capacity)).toEqual([480, 480, 480, 480, 480, 0, 0]);
    expect(week1(m, 1, m.capacity)).toEqual([240, 240, 240, 240, 240, 0, 0]);
    expect(week1(m, 2, m.capacity)).toEqual([480, 480, 240, 240, 240, 0, 0]);
    expect(week1(m, 2, m.working)).toEqual([480, 480, 480, 480, 480, 0, 0]);
  });

  it('gives a generic role at 300 % three people\'s week, and is over only once demand passes it', () => {
    const role: ResourceInput = { id: 'developers', calendarId: 'standard', role: 'Developer', maxUnits: [{ from: '2026-01-01', units: 300 }] };
    const week = { start: at(0, 8), finish: at(4, 17) };
    const two = [assignment('developers', { ...week, units: 100 }), assignment('developers', { ...week, units: 150 })];
    const m = model({ resources: [role], assignments: two, to: '2026-03-08' });
    const report = capacityReport(m, { unit: 'week', groupBy: 'role' });
    expect(report.rows).toEqual([{ key: 'Developer', resourceIds: ['developers'], demand: [6000], capacity: [7200] }]);
    expect(overAllocations(m, 'week')).toEqual([]);
    const three = model({ resources: [role], assignments: [...two, assignment('developers', { ...week, units: 100 })], to: '2026-03-08' });
    expect(overAllocations(three, 'week')).toMatchObject([{ resourceId: 'developers', demand: 8400, capacity: 7200, excess: 1200 }]);
  });
});

describe('the heat map', () => {
  const resources: ResourceInput[] = [
    { id: 'ana', calendarId: 'standard', role: 'Developer', department: 'IT', skills: [{ skill: 'SQL', proficiency: 4 }, { skill: 'Java', proficiency: 2 }] },
    { id: 'bo', calendarId: 'holiday', role: 'Developer', department: 'IT', skills: [{ skill: 'SQL', proficiency: 2 }] },
    { id: 'cy', calendarId: 'part-time', role: 'Analyst', department: null },
    { id: 'di', calendarId: 'standard' },
  ];
  const assignments = [
    assignment('ana', { start: at(0, 8), finish: at(4, 17), units: 100 }),
    assignment('bo', { start: at(0, 8), finish: at(9, 17), work: 4800 }),
    assignment('cy', { start: at(7, 8), finish: at(8, 12), units: 100, proposed: true }),
    assignment('di', { start: at(7, 8), finish: at(7, 17), units: 100, scenarioId: 'S1' }),
  ];

  it('sums members per role, department and skill, per week', () => {
    const m = model({ resources, assignments });
    const byRole = capacityReport(m, { unit: 'week', groupBy: 'role' });
    expect(byRole.periods).toEqual([{ index: 0, firstDay: '2026-03-02', lastDay: '2026-03-08' }, { index: 1, firstDay: '2026-03-09', lastDay: '2026-03-15' }]);
    // bo's 4,800 minutes over seven working days (Wednesday 4th off): four in week 1 (2,742.9), three in week 2.
    expect(byRole.rows).toEqual([
      { key: 'Analyst', resourceIds: ['cy'], demand: [0, 0], capacity: [1200, 1200] },
      { key: 'Developer', resourceIds: ['ana', 'bo'], demand: [2400 + 2743, 2057], capacity: [2400 + 1920, 4800] },
      { key: null, resourceIds: ['di'], demand: [0, 0], capacity: [2400, 2400] },
    ]);
    expect(capacityReport(m, { unit: 'week', groupBy: 'department' }).rows.map((r) => [r.key, r.resourceIds])).toEqual([['IT', ['ana', 'bo']], [null, ['cy', 'di']]]);
    expect(capacityReport(m, { unit: 'week', groupBy: 'skill' }).rows.map((r) => [r.key, r.resourceIds])).toEqual([['Java', ['ana']], ['SQL', ['ana', 'bo']]]);
    expect(capacityReport(m, { unit: 'week', groupBy: 'skill', minProficiency: 3 }).rows.map((r) => [r.key, r.resourceIds])).toEqual([['SQL', ['ana']]]);
  });

  it('counts proposed projects and scenarios only when asked to', () => {
    const demandOf = (include: CapacityInput['include'], id: string) => capacityReport(model({ resources, assignments, include }), { unit: 'week' }).rows.find((r) => r.key === id)!.demand;
    expect(demandOf(undefined, 'cy')).toEqual([0, 0]);
    expect(demandOf({ proposed: true }, 'cy')).toEqual([0, 480]);
    expect(demandOf({ proposed: true }, 'di')).toEqual([0, 0]);
    expect(demandOf({ scenarioIds: ['S2'] }, 'di')).toEqual([0, 0]);
    expect(demandOf({ scenarioIds: ['S1'] }, 'di')).toEqual([0, 480]);
  });

  it('clips months to the range and cuts days by the calendar month', () => {
    const m = model({ resources: [{ id: 'ana', calendarId: 'standard' }], from: '2026-02-23', to: '2026-03-06' });
    const report = capacityReport(m, { unit: 'month' });
    expect(report.periods).toEqual([{ index: 0, firstDay: '2026-02-23', lastDay: '2026-02-28' }, { index: 1, firstDay: '2026-03-01', lastDay: '2026-03-06' }]);
    expect(report.rows[0]!.capacity).toEqual([2400, 2400]);
  });
});

describe('over-allocation', () => {
  const resources: ResourceInput[] = [{ id: 'ana', calendarId: 'standard' }, { id: 'bo', calendarId: 'standard' }];
  const build = assignment('ana', { start: at(0, 8), finish: at(4, 17), units: 100, taskId: 'build', projectId: 'PRJ-1' });
  const review = assignment('ana', { start: at(2, 8), finish: at(3, 17), units: 50, taskId: 'review', projectId: 'PRJ-2', proposed: true });
  const later = assignment('ana', { start: at(7, 8), finish: at(8, 17), units: 100, taskId: 'later', projectId: 'PRJ-3' });
  const other = assignment('bo', { start: at(0, 8), finish: at(4, 17), units: 100, taskId: 'other', projectId: 'PRJ-1' });
  const m = model({ resources, assignments: [build, review, later, other], include: { proposed: true } });

  it('flags the weeks and the days where demand passes capacity', () => {
    expect(overAllocations(m, 'week')).toEqual([{ resourceId: 'ana', period: { index: 0, firstDay: '2026-03-02', lastDay: '2026-03-08' }, demand: 2880, capacity: 2400, excess: 480 }]);
    expect(overAllocations(m, 'day').map((o) => [o.period.firstDay, o.excess])).toEqual([['2026-03-04', 240], ['2026-03-05', 240]]);
  });

  it('drills from a red cell to the tasks and projects behind it, and how much each adds', () => {
    expect(loadDetail(m, 'ana', '2026-03-02', '2026-03-08')).toEqual({
      ok: true, resourceId: 'ana', firstDay: '2026-03-02', lastDay: '2026-03-08', demand: 2880, capacity: 2400,
      contributions: [
        { assignmentId: build.id, taskId: 'build', projectId: 'PRJ-1', minutes: 2400, proposed: false, scenarioId: null },
        { assignmentId: review.id, taskId: 'review', projectId: 'PRJ-2', minutes: 480, proposed: true, scenarioId: null },
      ],
    });
    const wednesday = loadDetail(m, 'ana', '2026-03-04', '2026-03-04');
    expect(!wednesday.ok || wednesday.contributions.map((c) => [c.taskId, c.minutes])).toEqual([['build', 480], ['review', 240]]);
    expect(loadDetail(m, 'ana', '2026-02-01', '2026-03-04')).toMatchObject({ ok: false, message: expect.stringMatching(/not within the range/) });
    expect(loadDetail(m, 'zed', '2026-03-02', '2026-03-04')).toMatchObject({ ok: false, message: 'Resource zed is not in this view.' });
  });
});

describe('who is free', () => {
  const resources: ResourceInput[] = [
    { id: 'busy', calendarId: 'standard', skills: [{ skill: 'SQL', proficiency: 5 }] },
    { id: 'free', calendarId: 'standard', skills: [{ skill: 'SQL', proficiency: 3 }] },
    { id: 'half', calendarId: 'standard', skills: [{ skill: 'SQL', proficiency: 4 }] },
    { id: 'novice', calendarId: 'standard', skills: [{ skill: 'SQL', proficiency: 1 }] },
    { id: 'other', calendarId: 'standard', skills: [{ skill: 'Java', proficiency: 5 }] },
  ];
  const assignments = [
    assignment('busy', { start: at(7, 8), finish: at(11, 17), units: 80 }),
    assignment('half', { start: at(0, 8), finish: at(25, 17), units: 50 }),
  ];
  const m = model({ resources, assignments, from: '2026-03-02', to: '2026-03-29' });

  it('finds who with the skill at the proficiency has the weeks free at the asked share, freest first (then the more proficient)', () => {
    const found = candidates(findAvailable(m, { skill: 'SQL', minProficiency: 2, weeks: 2, units: 50 }));
    expect(found.map((c) => [c.resourceId, c.bestRun.firstDay, c.bestRun.lastDay, Math.round(c.bestRun.spareUnits)])).toEqual([
      ['busy', '2026-03-16', '2026-03-29', 100],
      ['free', '2026-03-02', '2026-03-15', 100],
      ['half', '2026-03-02', '2026-03-15', 50],
    ]);
    expect(found[0]!.freeWeeks.map((w) => w.weekStart)).toEqual(['2026-03-02', '2026-03-16', '2026-03-23']);
    expect(found[0]!.freeWeeks[0]).toEqual({ weekStart: '2026-03-02', remaining: 2400, working: 2400 });
  });

  it('leaves out those without enough spare share, and counts only whole weeks of the window', () => {
    const most = candidates(findAvailable(m, { skill: 'SQL', minProficiency: 2, weeks: 4, units: 60 }));
    expect(most.map((c) => c.resourceId)).toEqual(['free']);
    expect(candidates(findAvailable(m, { skill: 'SQL', weeks: 1, units: 100, from: '2026-03-03', to: '2026-03-15' }))).toMatchObject([{ resourceId: 'free', freeWeeks: [{ weekStart: '2026-03-09' }] }, { resourceId: 'novice' }]);
    expect(findAvailable(m, { skill: 'SQL', weeks: 0, units: 50 })).toMatchObject({ ok: false });
  });
});

describe('what if a project is added', () => {
  const resources: ResourceInput[] = [
    { id: 'ana', calendarId: 'standard', role: 'Developer' },
    { id: 'bo', calendarId: 'standard', role: 'Developer' },
    { id: 'cy', calendarId: 'standard', role: 'Tester' },
  ];
  const m = model({ resources, assignments: [assignment('ana', { start: at(0, 8), finish: at(11, 17), units: 100 }), assignment('bo', { start: at(0, 8), finish: at(4, 17), units: 100 })] });

  it('shows the load per role and week before and after, and the weeks the candidate pushes over', () => {
    const candidate = [assignment('bo', { start: at(7, 8), finish: at(11, 17), units: 150, projectId: 'NEW' }), assignment('cy', { start: at(0, 8), finish: at(0, 17), units: 100, projectId: 'NEW' })];
    const result = whatIf(m, candidate, { unit: 'week' });
    if (!result.ok) throw new Error(result.message);
    expect(result.rows).toEqual([
      { key: 'Developer', resourceIds: ['ana', 'bo'], capacity: [4800, 4800], before: [4800, 2400], after: [4800, 6000], change: [0, 3600], newlyOverAllocated: [1] },
      { key: 'Tester', resourceIds: ['cy'], capacity: [2400, 2400], before: [0, 0], after: [480, 0], change: [480, 0], newlyOverAllocated: [] },
    ]);
    expect(result.resources).toEqual([{ resourceId: 'bo', newlyOverAllocated: [1] }]);
  });

  it('moves the candidate by whole weeks, keeping weekdays and hours, and says which days its work spans', () => {
    const candidate = [assignment('bo', { start: at(7, 8), finish: at(11, 17), units: 100, projectId: 'NEW' })];
    const earlier = movedByWeeks(candidate, -1);
    expect(earlier).toEqual([{ ...candidate[0], start: at(0, 8), finish: at(4, 17) }]);
    expect([workSpan(candidate), workSpan(earlier), workSpan(movedByWeeks(candidate, 2)), workSpan([])]).toEqual([
      { firstDay: '2026-03-09', lastDay: '2026-03-13' },
      { firstDay: '2026-03-02', lastDay: '2026-03-06' },
      { firstDay: '2026-03-23', lastDay: '2026-03-27' },
      null,
    ]);
    expect(workSpan([assignment('bo', { start: at(0, 8), finish: at(1, 0) })])).toEqual({ firstDay: '2026-03-02', lastDay: '2026-03-02' });
    // Bo is free in week 2 and busy in week 1: a week earlier, the same work pushes him over.
    const answer = (c: typeof candidate) => {
      const result = whatIf(m, c, { unit: 'week', groupBy: 'resource' });
      if (!result.ok) throw new Error(result.message);
      return result.resources;
    };
    expect([answer(candidate), answer(earlier)]).toEqual([[], [{ resourceId: 'bo', newlyOverAllocated: [0] }]]);
  });

  it('refuses a candidate assignment of a resource not in the view', () => {
    expect(whatIf(m, [assignment('zed', { start: at(0, 8), finish: at(0, 17), units: 100 })], { unit: 'week' })).toMatchObject({ ok: false, error: 'invalid_assignment', message: expect.stringMatching(/resource zed is not among the resources given/) });
  });
});

describe('refusals', () => {
  it('names the record at fault', () => {
    const ana: ResourceInput = { id: 'ana', calendarId: 'standard' };
    expect(buildLoad({ calendars: CALENDARS, resources: [ana], assignments: [], from: '2026-03-09', to: '2026-03-02' })).toMatchObject({ ok: false, error: 'invalid_input', message: expect.stringMatching(/ends .* before it starts/) });
    expect(buildLoad({ calendars: CALENDARS, resources: [{ id: 'bo', calendarId: 'nope' }], assignments: [], from: '2026-03-02', to: '2026-03-08' })).toMatchObject({ ok: false, error: 'invalid_resource', id: 'bo' });
    expect(buildLoad({ calendars: CALENDARS, resources: [{ ...ana, maxUnits: [{ from: '2026-02-30', units: 50 }] }], assignments: [], from: '2026-03-02', to: '2026-03-08' })).toMatchObject({ ok: false, error: 'invalid_resource', message: expect.stringMatching(/not a YYYY-MM-DD date/) });
    const late = assignment('ana', { start: at(1, 8), finish: at(0, 8), units: 100 });
    expect(buildLoad({ calendars: CALENDARS, resources: [ana], assignments: [late], from: '2026-03-02', to: '2026-03-08' })).toMatchObject({ ok: false, error: 'invalid_assignment', id: late.id });
  });
});
