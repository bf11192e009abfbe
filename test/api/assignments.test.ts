// Assignments of the resource pool to schedule tasks on both databases: units give work and work
// gives units over the resource's working time (with contours), material takes a quantity and cost
// resources an amount; a resource is on a task once, summary tasks and archived resources are
// refused; a role is handed to a named person directly or through a request the PMO fills or
// declines (the requester is told); and the assignments' planned cost — unpriced work reported,
// never free — reaches the financials and baseline 0, so EVM's BAC includes labour, planned
// overtime at the overtime rate.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { makeProject, systemContext } from '../helpers/register-fixtures.ts';
import { setProjectMember } from '../../src/app/projects/project-members.ts';
import { createScheduleTask } from '../../src/app/schedules/schedule-commands.ts';
import { createResource, setResourceArchived } from '../../src/app/resources/resources.ts';
import { createResourceRate } from '../../src/app/resources/resource-rates.ts';

type Who = 'admin' | 'pmo' | 'manager' | 'contributor' | 'outsider';
type Json = Record<string, any>;
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

describe.each(DIALECTS)('assignments of resources to tasks on %s', (dialect) => {
  const s = apiSuite(dialect);
  const request = (method: Method, path: string, who: Who, body?: unknown, ifMatch?: number) => call(s.app, method, path, { token: s.cast[who].token, body, ...(ifMatch !== undefined && { ifMatch }) });
  const send = async (method: Method, path: string, who: Who, body?: unknown, ifMatch?: number): Promise<Json> => {
    const res = await request(method, path, who, body, ifMatch);
    expect(res.statusCode, res.body).toBe(method === 'POST' && !/\/(replace|fill|decline)$/.test(path) ? 201 : 200);
    return res.json();
  };
  const refused = async (method: Method, path: string, who: Who, status: number, body?: unknown, ifMatch?: number): Promise<Json> => {
    const res = await request(method, path, who, body, ifMatch);
    expect(res.statusCode, res.body).toBe(status);
    return res.json();
  };

  /** Phase (summary) over Design (5 days from Monday 1 March 2027) and Build (2 days), with a pool priced in EUR. */
  const setup = async (name: string) => {
    const system = systemContext(s.deps);
    const project = await makeProject(s.deps, { name, portfolioId: s.reg.portfolioId, managerId: s.cast.manager.user.id, plannedStart: '2027-03-01', budget: eur(5_000_000) });
    await setProjectMember(system, project.id, s.cast.contributor.user.id, 'contributor');
    const phase = (await createScheduleTask(system, project.id, { name: 'Phase', durationMinutes: 480 })).taskId;
    const design = (await createScheduleTask(system, project.id, { name: 'Design', durationMinutes: 2400, outlineLevel: 2 })).taskId;
    const build = (await createScheduleTask(system, project.id, { name: 'Build', durationMinutes: 960, outlineLevel: 2 })).taskId;
    const resource = async (body: Parameters<typeof createResource>[1], rate?: object) => {
      const r = await createResource(system, body);
      if (rate) await createResourceRate(system, r.id, { effectiveFrom: '2027-01-01', ...rate });
      return r;
    };
    const pool = {
      developer: await resource({ kind: 'role', name: `${name} Developer`, headcount: 3 }, { standard: eur(6_000) }),
      tester: await resource({ kind: 'role', name: `${name} Tester`, headcount: 2 }, { standard: eur(5_000) }),
      ada: await resource({ kind: 'person', name: `${name} Ada`, skills: [{ skill: 'SQL', proficiency: 4 }] }, { standard: eur(8_000), perUse: eur(5_000) }),
      bob: await resource({ kind: 'person', name: `${name} Bob` }),
      cy: await resource({ kind: 'person', name: `${name} Cy`, skills: [{ skill: 'sql', proficiency: 3 }] }, { standard: eur(7_000) }),
      concrete: await resource({ kind: 'material', name: `${name} Concrete`, unit: 'm³' }, { perUnit: eur(12_000) }),
      travel: await resource({ kind: 'cost', name: `${name} Travel` }),
    };
    const on = (taskId: string) => `/api/v1/projects/${project.id}/schedule/tasks/${taskId}/assignments`;
    return { project, phase, design, build, pool, on };
  };

  it('derives work from units and units from work over the resource’s working time, with contours, material and cost resources', async () => {
    const { project, phase, design, build, pool, on } = await setup('Derive');
    const byUnits = await send('POST', on(design), 'manager', { resourceId: pool.developer.id, units: 50 });
    // half of 5 days × 8 h on the Standard calendar; 20 h at 60.00
    expect(byUnits).toMatchObject({ taskName: 'Design', resourceKind: 'role', units: 50, workMinutes: 1200, driver: 'units', contour: 'flat', plannedCost: eur(120_000), unpriced: null, version: 1 });
    const byWork = await send('POST', on(design), 'manager', { resourceId: pool.ada.id, workMinutes: 1200, contour: 'back-loaded' });
    // back-loaded averages 60 % of its peak: 1,200 ÷ (2,400 × 0.6) = 83.33 %; 20 h at 80.00 plus 50.00 per use
    expect(byWork).toMatchObject({ units: 83.33, workMinutes: 1200, driver: 'work', contour: 'back-loaded', plannedCost: eur(165_000) });
    expect((await send('POST', on(build), 'manager', { resourceId: pool.concrete.id, quantity: 2.5 })).plannedCost).toEqual(eur(30_000));
    expect(await send('POST', on(build), 'manager', { resourceId: pool.travel.id, amount: eur(40_000) })).toMatchObject({ amount: eur(40_000), plannedCost: eur(40_000), units: null, workMinutes: null });
    // Bob has no rate: his 16 h are reported, not priced at zero
    expect(await send('POST', on(build), 'manager', { resourceId: pool.bob.id })).toMatchObject({ units: 100, workMinutes: 960, plannedCost: null, unpricedMinutes: 960, unpriced: expect.stringContaining('16 h') });

    // changing the units makes the work follow; a stale version is refused
    expect((await refused('PATCH', `${on(design)}/${byUnits.id}`, 'manager', 409, { units: 100 }, 7)).currentVersion).toBe(1);
    expect(await send('PATCH', `${on(design)}/${byUnits.id}`, 'manager', { units: 100 }, 1)).toMatchObject({ units: 100, workMinutes: 2400, plannedCost: eur(240_000), version: 2 });
    expect((await refused('PATCH', `${on(design)}/${byUnits.id}`, 'manager', 422, { units: 10, workMinutes: 10 }, 2)).detail).toMatch(/units or the work, not both/);

    const all = await send('GET', `/api/v1/projects/${project.id}/assignments`, 'contributor');
    expect(all.items.map((a: Json) => [a.taskName, a.resourceName])).toEqual([['Design', 'Derive Ada'], ['Design', 'Derive Developer'], ['Build', 'Derive Bob'], ['Build', 'Derive Concrete'], ['Build', 'Derive Travel']]);
    expect(all).toMatchObject({ currency: 'EUR', plannedLabourMinor: 475_000, unpricedMinutes: 960, unpriced: [{ taskName: 'Build', resourceName: 'Derive Bob' }] });
    expect((await send('GET', on(build), 'contributor')).items).toHaveLength(3);
    expect((await refused('GET', on(build), 'outsider', 404)).code).toBe('not_found');
    expect((await refused('POST', on(build), 'contributor', 403, { resourceId: pool.tester.id })).code).toBe('forbidden');

    // one resource once per task; no summary tasks; no archived resources; the right fields per kind
    expect((await refused('POST', on(design), 'manager', 422, { resourceId: pool.ada.id, units: 10 })).detail).toMatch(/already assigned to "Design"/);
    expect((await refused('POST', on(phase), 'manager', 422, { resourceId: pool.tester.id })).detail).toMatch(/"Phase" is a summary task/);
    const archived = await setResourceArchived(systemContext(s.deps), pool.tester.id, 1, true);
    expect((await refused('POST', on(build), 'manager', 422, { resourceId: archived.id })).detail).toMatch(/archived/);
    expect((await refused('POST', on(design), 'manager', 422, { resourceId: pool.concrete.id, units: 50 })).errors).toEqual([{ path: 'units', message: 'not for material resources' }]);
    expect((await refused('POST', on(design), 'manager', 422, { resourceId: pool.travel.id, amount: { amountMinor: 100, currency: 'USD' } })).detail).toMatch(/keeps its money in EUR/);

    // audit: who assigned what
    const audits = await s.deps.db.selectFrom('auditEvents').select(['action', 'actorId']).where('entityType', '=', 'task_assignment').where('entityId', '=', byUnits.id).orderBy('at').execute();
    expect(audits.map((a) => a.action)).toEqual(['create', 'update']);
    expect(audits[0]!.actorId).toBe(s.cast.manager.user.id);

    // taking a resource off, and deleting a task, removes its assignments
    await send('DELETE', `${on(build)}/${all.items[2].id}`, 'manager', undefined, 1);
    await send('DELETE', `/api/v1/projects/${project.id}/schedule/tasks/${build}`, 'manager');
    expect((await send('GET', `/api/v1/projects/${project.id}/assignments`, 'manager')).items.map((a: Json) => a.taskName)).toEqual(['Design', 'Design']);
  });

  it('puts the planned cost of assignments into the financials and baseline 0, so BAC includes labour', async () => {
    const { project, design, build, pool, on } = await setup('Cost');
    await send('POST', on(design), 'manager', { resourceId: pool.developer.id, units: 100 });
    await send('POST', on(design), 'manager', { resourceId: pool.ada.id, workMinutes: 1200, contour: 'back-loaded' });
    await send('POST', on(build), 'manager', { resourceId: pool.concrete.id, quantity: 2.5 });
    await send('POST', on(build), 'manager', { resourceId: pool.bob.id });
    await send('POST', `/api/v1/projects/${project.id}/task-costs`, 'manager', { taskId: build, kind: 'fixed', category: 'services', amount: eur(10_000) });

    const money = await send('GET', `/api/v1/projects/${project.id}/financials?asOf=2027-03-01`, 'contributor');
    expect(money.planned).toEqual({ totalMinor: 445_000, taskCostsMinor: 10_000, labourFromAssignmentsMinor: 435_000, unpricedAssignmentMinutes: 960, unpricedAssignments: 1 });
    const planned = Object.fromEntries(money.categories.map((c: Json) => [c.category, c.plannedMinor]));
    expect(planned).toMatchObject({ labour: 405_000, material: 30_000, services: 10_000 });
    expect((await send('GET', `/api/v1/projects/${project.id}/task-costs`, 'manager')).labourFromAssignmentsMinor).toBe(435_000);

    await send('PUT', `/api/v1/projects/${project.id}/schedule/baselines/0`, 'manager', {});
    const baseline = await send('GET', `/api/v1/projects/${project.id}/schedule/baselines/0`, 'manager');
    const of = (name: string) => baseline.tasks.find((t: Json) => t.name === name);
    expect([of('Design').baselineCost, of('Design').baselineWorkMinutes]).toEqual([eur(405_000), 3_600]);
    expect([of('Build').baselineCost, of('Build').baselineWorkMinutes]).toEqual([eur(40_000), 960]);
    const evm = await send('GET', `/api/v1/projects/${project.id}/evm?statusDate=2027-03-03`, 'manager');
    expect(evm.amounts.bac).toBe(445_000);
  });

  it('prices planned overtime at the resource’s overtime rate, into the financials and baseline 0', async () => {
    const { project, design, build, pool, on } = await setup('Overtime');
    const system = systemContext(s.deps);
    const welder = await createResource(system, { kind: 'person', name: 'Overtime Welder' });
    await createResourceRate(system, welder.id, { effectiveFrom: '2027-01-01', standard: eur(6_000), overtime: eur(9_000) });
    // 5 days × 8 h = 40 h, 10 h of it overtime: 30 h at 60.00 + 10 h at 90.00 (the work, and so the units, stay as they are)
    const welding = await send('POST', on(design), 'manager', { resourceId: welder.id, units: 100, overtimeMinutes: 600 });
    expect(welding).toMatchObject({ units: 100, workMinutes: 2400, overtimeMinutes: 600, plannedCost: eur(180_000 + 90_000), unpriced: null });
    // A resource without an overtime rate prices its overtime at the standard rate: 16 h at 60.00 whatever the overtime.
    expect(await send('POST', on(build), 'manager', { resourceId: pool.developer.id, overtimeMinutes: 240 })).toMatchObject({ workMinutes: 960, overtimeMinutes: 240, plannedCost: eur(96_000) });
    // Material and cost resources have no overtime; overtime beyond the work is refused with what to do.
    expect((await refused('POST', on(build), 'manager', 422, { resourceId: pool.concrete.id, quantity: 1, overtimeMinutes: 60 })).detail).toMatch(/material resource: give the quantity.*Leave out overtimeMinutes/);
    const tooMuch = await refused('PATCH', `${on(design)}/${welding.id}`, 'manager', 422, { overtimeMinutes: 3_000 }, 1);
    expect(tooMuch.errors).toEqual([expect.objectContaining({ path: 'overtimeMinutes' })]);
    expect(tooMuch.detail).toBe('Overtime Welder has 40 h of work on "Design", so at most that much can be overtime (it was 50 h): give less overtime, or more work.');
    // Changing the units keeps the overtime: 20 h of work, 10 h of it overtime.
    expect(await send('PATCH', `${on(design)}/${welding.id}`, 'manager', { units: 50 }, 1)).toMatchObject({ workMinutes: 1200, overtimeMinutes: 600, plannedCost: eur(60_000 + 90_000), version: 2 });
    expect(await send('PATCH', `${on(design)}/${welding.id}`, 'manager', { overtimeMinutes: 0 }, 2)).toMatchObject({ overtimeMinutes: 0, plannedCost: eur(120_000) });
    const withOvertime = await send('PATCH', `${on(design)}/${welding.id}`, 'manager', { overtimeMinutes: 600 }, 3);
    expect(withOvertime.plannedCost).toEqual(eur(150_000));

    const financials = await send('GET', `/api/v1/projects/${project.id}/financials`, 'manager');
    expect(financials.planned.labourFromAssignmentsMinor).toBe(150_000 + 96_000);
    await send('PUT', `/api/v1/projects/${project.id}/schedule/baselines/0`, 'manager', {});
    const baseline = await send('GET', `/api/v1/projects/${project.id}/schedule/baselines/0`, 'manager');
    expect(baseline.tasks.find((t: Json) => t.name === 'Design').baselineCost).toEqual(eur(150_000));
    expect((await send('GET', `/api/v1/projects/${project.id}/evm?statusDate=2027-03-03`, 'manager')).amounts.bac).toBe(150_000 + 96_000);
  });

  it('hands a role to a named person directly, or through a request the PMO fills or declines', async () => {
    const { project, design, build, pool, on } = await setup('Staff');
    const role = await send('POST', on(design), 'manager', { resourceId: pool.developer.id, workMinutes: 1800, contour: 'turtle' });
    const asked = await send('POST', `${on(design)}/${role.id}/requests`, 'manager', { skill: 'SQL', minProficiency: 3, note: 'Someone who knows the data model' });
    expect(asked).toMatchObject({ status: 'open', roleName: 'Staff Developer', taskName: 'Design', skill: 'SQL', minProficiency: 3, from: '2027-03-01', to: '2027-03-05', units: role.units, requestedBy: { name: 'Manager Person' }, projectCode: project.code });
    expect((await send('GET', on(design), 'manager')).items[0].openRequestId).toBe(asked.id);
    expect((await refused('POST', `${on(design)}/${role.id}/requests`, 'manager', 422, {})).detail).toMatch(/already open/);
    const person = await send('POST', on(build), 'manager', { resourceId: pool.ada.id });
    expect((await refused('POST', `${on(build)}/${person.id}/requests`, 'manager', 422, {})).detail).toMatch(/not a generic role/);

    const open = await send('GET', '/api/v1/resource-requests?status=open', 'pmo');
    expect(open.items.map((r: Json) => r.id)).toContain(asked.id);
    expect((await refused('GET', '/api/v1/resource-requests', 'manager', 403)).code).toBe('forbidden');
    expect((await refused('POST', `/api/v1/resource-requests/${asked.id}/fill`, 'pmo', 422, { resourceId: pool.bob.id }, 1)).detail).toMatch(/SQL at proficiency 3/);
    expect((await refused('POST', `/api/v1/resource-requests/${asked.id}/fill`, 'pmo', 422, { resourceId: pool.concrete.id }, 1)).detail).toMatch(/material resource/);
    const filled = await send('POST', `/api/v1/resource-requests/${asked.id}/fill`, 'pmo', { resourceId: pool.cy.id }, 1);
    expect(filled).toMatchObject({ status: 'filled', filledBy: { name: 'Staff Cy' }, version: 2 });
    // the assignment now names the person, with the work and contour the role had
    const now = (await send('GET', on(design), 'manager')).items[0];
    expect(now).toMatchObject({ id: role.id, resourceName: 'Staff Cy', resourceKind: 'person', workMinutes: 1800, driver: 'work', contour: 'turtle', openRequestId: null, plannedCost: eur(210_000) });
    expect((await refused('POST', `/api/v1/resource-requests/${asked.id}/decline`, 'pmo', 422, { reason: 'late' }, 2)).detail).toMatch(/already filled/);

    // declined with a reason; the requester hears of both answers
    const tester = await send('POST', on(build), 'manager', { resourceId: pool.tester.id, units: 50 });
    const second = await send('POST', `${on(build)}/${tester.id}/requests`, 'manager', {});
    expect(await send('POST', `/api/v1/resource-requests/${second.id}/decline`, 'pmo', { reason: 'No tester free before April' }, 1)).toMatchObject({ status: 'declined', declineReason: 'No tester free before April' });
    const notes = await s.deps.db.selectFrom('notifications').select(['title', 'body']).where('userId', '=', s.cast.manager.user.id).where('kind', '=', 'resource_request_answered').orderBy('createdAt').execute();
    expect(notes.map((n) => n.title)).toEqual(['Staff Cy fills your request for Staff Developer', 'Your request for Staff Tester was declined']);
    expect(notes[1]!.body).toContain('No tester free before April');

    // replaced directly: units and contour kept; only a person takes a role's place
    expect((await refused('POST', `${on(build)}/${tester.id}/replace`, 'manager', 422, { resourceId: pool.travel.id }, 1)).detail).toMatch(/cost resource/);
    expect((await refused('POST', `${on(build)}/${tester.id}/replace`, 'manager', 422, { resourceId: pool.ada.id }, 1)).detail).toMatch(/already assigned/);
    expect(await send('POST', `${on(build)}/${tester.id}/replace`, 'manager', { resourceId: pool.bob.id }, 1)).toMatchObject({ resourceName: 'Staff Bob', units: 50, workMinutes: 480, driver: 'units', version: 2 });
  });
});
