// Capacity against demand through the API on both databases: a person on two projects' tasks in
// the same week is over-allocated and the drill-down names both tasks (but only the projects the
// reader may read); a part-time person has half a week; a role's row sums its members; a proposed
// project's demand counts only when asked; who is free with a skill, freest first; what adding a
// project does to each role; bad ranges and unknown records are refused saying what to fix.
import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { makeProject, systemContext } from '../helpers/register-fixtures.ts';
import { setProjectMember } from '../../src/app/projects/project-members.ts';
import { createScheduleTask } from '../../src/app/schedules/schedule-commands.ts';
import { createAssignment } from '../../src/app/resources/assignments.ts';
import type { ProjectStatus } from '../../src/contracts/project.schema.ts';

type Who = 'admin' | 'pmo' | 'executive' | 'member' | 'manager' | 'contributor' | 'outsider';
const WEEK = 5 * 480;
interface Row { key: string | null; label: string; resourceIds: string[]; demand: number[]; capacity: number[]; load: Array<number | null>; overAllocated: boolean[] }

describe.each(DIALECTS)('capacity on %s', (dialect) => {
  const s = apiSuite(dialect);
  const get = (path: string, who: Who = 'member') => call(s.app, 'GET', `/api/v1/capacity${path}`, { token: s.cast[who].token });
  const post = (body: object, who: Who = 'pmo') => call(s.app, 'POST', '/api/v1/capacity/what-if', { token: s.cast[who].token, body });
  const ids = {} as Record<'developer' | 'ana' | 'bo' | 'cy' | 'alpha' | 'beta' | 'gamma', string>;

  beforeAll(async () => {
    const system = systemContext(s.deps);
    const resource = async (body: object) => (await call(s.app, 'POST', '/api/v1/resources', { token: s.cast.pmo.token, body })).json().id as string;
    ids.developer = await resource({ kind: 'role', name: 'Developer', headcount: 2 });
    const analyst = await resource({ kind: 'role', name: 'Analyst', headcount: 1, maxUnits: [{ from: '2027-01-01', units: 0 }] });
    ids.ana = await resource({ kind: 'person', name: 'Ana Full', roleId: ids.developer, department: 'Engineering', skills: [{ skill: 'SQL', proficiency: 4 }] });
    ids.bo = await resource({ kind: 'person', name: 'Bo Half', roleId: ids.developer, department: 'Engineering', maxUnits: [{ from: '2027-01-01', units: 50 }], skills: [{ skill: 'sql', proficiency: 3 }] });
    ids.cy = await resource({ kind: 'person', name: 'Cy Analyst', roleId: analyst, department: 'Data', skills: [{ skill: 'SQL', proficiency: 5 }] });
    const project = async (name: string, status: ProjectStatus, start: string, tasks: Array<[string, Array<[string, number]>]>) => {
      const p = await makeProject(s.deps, { name, portfolioId: s.reg.portfolioId, status, plannedStart: start, managerId: s.cast.manager.user.id });
      for (const [task, people] of tasks) {
        const { taskId } = await createScheduleTask(system, p.id, { name: task, durationMinutes: WEEK });
        for (const [resourceId, units] of people) await createAssignment(system, p.id, taskId, { resourceId, units });
      }
      return p.id;
    };
    // Week 1 (1–7 March 2027): Ana on Alpha's Build full time and Beta's Review half time; Cy on Alpha's Build.
    ids.alpha = await project('Alpha', 'active', '2027-03-01', [['Build', [[ids.ana, 100], [ids.cy, 100]]]]);
    ids.beta = await project('Beta', 'active', '2027-03-01', [['Review', [[ids.ana, 50]]]]);
    // Week 2: the proposed Gamma's Pilot takes Bo full time (she has half) and Cy at 150 %.
    ids.gamma = await project('Gamma', 'proposed', '2027-03-08', [['Pilot', [[ids.bo, 100], [ids.cy, 150]]]]);
    await setProjectMember(system, ids.alpha, s.cast.contributor.user.id, 'contributor');
  });

  const RANGE = 'from=2027-03-01&to=2027-03-28';
  const rowOf = (view: { rows: Row[] }, key: string | null): Row => view.rows.find((r) => r.key === key)!;

  it('flags a person on two projects in one week, names both tasks behind the cell, and gives a part-timer half a week', async () => {
    const res = await get(`?${RANGE}&unit=week&groupBy=resource`);
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json();
    expect(view.periods.map((p: { firstDay: string }) => p.firstDay)).toEqual(['2027-03-01', '2027-03-08', '2027-03-15', '2027-03-22']);
    expect(rowOf(view, ids.ana)).toMatchObject({ label: expect.stringMatching(/^Ana Full \(RES-\d+\)$/), demand: [60, 0, 0, 0], capacity: [40, 40, 40, 40], load: [150, 0, 0, 0], overAllocated: [true, false, false, false] });
    expect(rowOf(view, ids.bo)).toMatchObject({ demand: [0, 0, 0, 0], capacity: [20, 20, 20, 20], overAllocated: [false, false, false, false] });
    expect(rowOf(view, ids.cy).overAllocated).toEqual([false, false, false, false]);

    const detail = await get(`/detail?resourceId=${ids.ana}&from=2027-03-01&to=2027-03-07`, 'pmo');
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json()).toMatchObject({ resourceName: 'Ana Full', demand: 60, capacity: 40 });
    expect(detail.json().items.map((i: { projectName: string; taskName: string; hours: number }) => [i.projectName, i.taskName, i.hours])).toEqual([['Alpha', 'Build', 40], ['Beta', 'Review', 20]]);
  });

  it('hides the names of projects the reader may not read in the drill-down, not the hours', async () => {
    const seen = (await get(`/detail?resourceId=${ids.ana}&from=2027-03-01&to=2027-03-07`, 'contributor')).json();
    expect(seen.items).toEqual([
      { projectId: ids.alpha, projectCode: expect.any(String), projectName: 'Alpha', taskId: expect.any(String), taskName: 'Build', hours: 40, proposed: false },
      { projectId: null, projectCode: null, projectName: 'another project', taskId: null, taskName: null, hours: 20, proposed: false },
    ]);
    const outsider = (await get(`/detail?resourceId=${ids.ana}&from=2027-03-01&to=2027-03-07`, 'outsider')).json();
    expect(outsider.items.map((i: { projectName: string }) => i.projectName)).toEqual(['another project', 'another project']);
    expect(rowOf((await get(`?${RANGE}`, 'outsider')).json(), ids.ana).demand[0]).toBe(60);
  });

  it('sums a role’s members (and the role itself) and counts a proposed project only when asked', async () => {
    const committed = rowOf((await get(`?${RANGE}&groupBy=role`)).json(), 'Developer');
    // Ana 40 h + Bo 20 h + the generic Developer role at headcount 2 (80 h).
    expect(committed).toMatchObject({ label: 'Developer', demand: [60, 0, 0, 0], capacity: [140, 140, 140, 140] });
    expect(committed.resourceIds.sort()).toEqual([ids.ana, ids.bo, ids.developer].sort());
    const proposed = (await get(`?${RANGE}&groupBy=resource&includeProposed=true`)).json();
    expect(proposed.includeProposed).toBe(true);
    expect(rowOf(proposed, ids.bo)).toMatchObject({ demand: [0, 40, 0, 0], load: [0, 200, 0, 0], overAllocated: [false, true, false, false] });
    expect(rowOf((await get(`?${RANGE}&groupBy=role&includeProposed=true`)).json(), 'Developer').demand).toEqual([60, 40, 0, 0]);
    const months = (await get('?from=2027-03-01&to=2027-04-30&unit=month&groupBy=department')).json();
    expect([months.periods.length, rowOf(months, 'Engineering').demand, rowOf(months, null).label]).toEqual([2, [60, 0], 'No department']);
    const portfolio = (await call(s.app, 'POST', '/api/v1/portfolios', { token: s.cast.pmo.token, body: { name: 'Elsewhere', description: '', ownerId: null } })).json();
    expect(rowOf((await get(`?${RANGE}&portfolioId=${portfolio.id}`)).json(), ids.ana)).toMatchObject({ demand: [0, 0, 0, 0], capacity: [40, 40, 40, 40] });
  });

  it('finds who with a skill is free for weeks at some units, freest and most proficient first', async () => {
    const res = await get(`/available?skill=sql&weeks=2&units=50&${RANGE}`, 'contributor');
    expect(res.statusCode, res.body).toBe(200);
    const found = res.json();
    expect(found.skill).toBe('SQL');
    expect(found.candidates.map((c: { name: string; proficiency: number; bestRun: { firstDay: string; spareUnits: number } }) => [c.name, c.proficiency, c.bestRun.firstDay, c.bestRun.spareUnits])).toEqual([
      ['Cy Analyst', 5, '2027-03-08', 100],
      ['Ana Full', 4, '2027-03-08', 100],
      ['Bo Half', 3, '2027-03-01', 50],
    ]);
    expect(found.candidates[2].freeWeeks[0]).toEqual({ weekStart: '2027-03-01', freeHours: 20, workingHours: 40 });
    // Counting Gamma, Cy has only two free weeks left after it.
    const threeWeeks = (proposed: boolean) => get(`/available?skill=SQL&minProficiency=4&weeks=3&units=100&${RANGE}&includeProposed=${proposed}`).then((r) => r.json().candidates.map((c: { name: string }) => c.name));
    expect([await threeWeeks(false), await threeWeeks(true)]).toEqual([['Cy Analyst', 'Ana Full'], ['Ana Full']]);
    expect((await get(`/available?skill=Cobol&weeks=1&${RANGE}`)).json().candidates).toEqual([]);
  });

  it('shows what adding a proposed project does to each role and who it pushes over', async () => {
    const res = await post({ projectId: ids.gamma, from: '2027-03-01', to: '2027-03-28', unit: 'week' });
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json();
    expect(result).toMatchObject({ projectCode: expect.any(String), projectName: 'Gamma', groupBy: 'role' });
    expect(rowOf(result, 'Developer')).toMatchObject({ before: [60, 0, 0, 0], after: [60, 40, 0, 0], newlyOverAllocated: [] });
    expect(rowOf(result, 'Analyst')).toMatchObject({ capacity: [40, 40, 40, 40], before: [40, 0, 0, 0], after: [40, 60, 0, 0], newlyOverAllocated: [1] });
    expect(result.resources.map((r: { name: string; newlyOverAllocated: number[] }) => [r.name, r.newlyOverAllocated]).sort()).toEqual([['Bo Half', [1]], ['Cy Analyst', [1]]]);
    expect((await post({ projectId: ids.gamma, from: '2027-03-01', to: '2027-03-28' }, 'member')).statusCode).toBe(404);
  });

  it('moves the candidate by whole weeks first, bringing work from outside the range into it', async () => {
    // A week earlier, Gamma's Pilot lands on Cy's week on Alpha: 40 h + 60 h against 40 h.
    const earlier = (await post({ projectId: ids.gamma, from: '2027-03-01', to: '2027-03-07', unit: 'week', shiftWeeks: -1 })).json();
    expect(earlier).toMatchObject({ shiftWeeks: -1, span: { plannedStart: '2027-03-08', plannedFinish: '2027-03-12', start: '2027-03-01', finish: '2027-03-05' } });
    expect(rowOf(earlier, 'Analyst')).toMatchObject({ before: [40], after: [100], newlyOverAllocated: [0] });
    expect(earlier.resources.map((r: { name: string }) => r.name).sort()).toEqual(['Bo Half', 'Cy Analyst']);
    // Three weeks later it starts after the range: nothing changes within it.
    const later = (await post({ projectId: ids.gamma, from: '2027-03-01', to: '2027-03-28', unit: 'week', shiftWeeks: 3 })).json();
    expect([later.span.start, later.resources]).toEqual(['2027-03-29', []]);
    expect(rowOf(later, 'Analyst')).toMatchObject({ before: [40, 0, 0, 0], after: [40, 0, 0, 0] });
    // A project without assigned work adds nothing and says so with a null span.
    const empty = (await post({ projectId: s.reg.projectId, from: '2027-03-01', to: '2027-03-28', unit: 'week' })).json();
    expect([empty.span, empty.resources]).toEqual([null, []]);
    expect(rowOf(empty, 'Analyst')).toMatchObject({ after: [40, 0, 0, 0] });
    const half = await post({ projectId: ids.gamma, from: '2027-03-01', to: '2027-03-28', shiftWeeks: 1.5 });
    expect([half.statusCode, half.json().detail]).toEqual([400, expect.stringContaining('Give the shift in whole weeks')]);
    const far = await post({ projectId: ids.gamma, from: '2027-03-01', to: '2027-03-28', shiftWeeks: 105 });
    expect([far.statusCode, far.json().detail]).toEqual([400, expect.stringContaining('at most 104 weeks (two years) later')]);
  });

  it('refuses bad ranges, unknown records and resources without capacity, saying what to fix', async () => {
    const reversed = await get('?from=2027-03-28&to=2027-03-01');
    expect([reversed.statusCode, reversed.json().detail]).toEqual([422, 'to (2027-03-01) is before from (2027-03-28); give a range that ends on or after it starts.']);
    const long = await get('?from=2027-01-01&to=2030-12-31');
    expect([long.statusCode, long.json().detail]).toEqual([422, expect.stringMatching(/spans 1461 days; look at 1098 days \(three years\) at most/)]);
    expect((await get('?from=2027-13-01&to=2027-03-01')).statusCode).toBe(400);
    expect((await get(`?${RANGE}&groupBy=team`)).statusCode).toBe(400);
    expect((await get(`/detail?resourceId=${s.reg.projectId}&${RANGE}`)).statusCode).toBe(404);
    const material = (await call(s.app, 'POST', '/api/v1/resources', { token: s.cast.pmo.token, body: { kind: 'material', name: 'Sand', unit: 't' } })).json();
    const notWork = await get(`/detail?resourceId=${material.id}&${RANGE}`);
    expect([notWork.statusCode, notWork.json().errors]).toEqual([422, [{ path: 'resourceId', message: 'not a person, role or equipment' }]]);
    expect((await get(`/available?skill=SQL&weeks=0&${RANGE}`)).statusCode).toBe(400);
    expect((await get(`?${RANGE}&portfolioId=${s.reg.projectId}`)).statusCode).toBe(404);
    expect((await post({ projectId: s.reg.portfolioId, from: '2027-03-01', to: '2027-03-28' })).statusCode).toBe(404);
  });
});
