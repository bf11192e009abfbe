// The resource pool through the API on both databases: the PMO keeps people, roles, equipment and
// material with skills and maximum units; anyone finds them by skill at a proficiency; calendars
// take leave and part-time weeks and say what each day gives; rates come from the right source;
// bad input is refused saying what to fix; stale edits are 409s; rates stay with those who may
// read pay; every change is in the audit trail.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { capacityTable } from '../../src/app/resources/resource-capacity.ts';
import { resourceRateTable } from '../../src/app/resources/resource-rates.ts';

type Who = 'admin' | 'pmo' | 'executive' | 'member' | 'manager' | 'contributor' | 'outsider';
const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

describe.each(DIALECTS)('resource pool on %s', (dialect) => {
  const s = apiSuite(dialect);
  const send = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, who: Who, body?: unknown, ifMatch?: number) =>
    call(s.app, method, path, { token: s.cast[who].token, body, ...(ifMatch !== undefined && { ifMatch }) });
  const names = (items: Array<{ name: string }>) => items.map((r) => r.name);

  it('keeps people, roles, equipment and material, and finds them by skill, kind, department, role and text', async () => {
    const role = await send('POST', '/api/v1/resources', 'pmo', { kind: 'role', name: 'Senior developer', headcount: 3, skills: [{ skill: 'TypeScript', proficiency: 4 }] });
    expect(role.statusCode, role.body).toBe(201);
    expect(role.json()).toMatchObject({ code: 'RES-001', kind: 'role', headcount: 3, defaultMaxUnits: 300, version: 1 });
    const linked = await send('POST', '/api/v1/resources', 'pmo', {
      kind: 'person', userId: s.cast.member.user.id, roleId: role.json().id, department: 'Engineering', team: 'Platform', managerId: s.cast.manager.user.id,
      skills: [{ skill: 'TypeScript', proficiency: 5 }, { skill: 'SQL', proficiency: 2 }],
    });
    expect(linked.json()).toMatchObject({ code: 'RES-002', name: 'Member Person', email: 'member@example.org', roleName: 'Senior developer', managerName: 'Manager Person', defaultMaxUnits: 100 });
    const ana = await send('POST', '/api/v1/resources', 'pmo', { kind: 'person', name: 'Ana Contractor', email: 'Ana@Example.org', department: 'engineering', skills: [{ skill: 'sql', proficiency: 4 }] });
    expect(ana.json()).toMatchObject({ email: 'ana@example.org', skills: [{ skill: 'sql', proficiency: 4 }] });
    expect((await send('POST', '/api/v1/resources', 'pmo', { kind: 'equipment', name: 'Tower crane', department: 'Site' })).statusCode).toBe(201);
    const concrete = await send('POST', '/api/v1/resources', 'pmo', { kind: 'material', name: 'Concrete C30/37', unit: 'm³' });
    expect(concrete.json()).toMatchObject({ unit: 'm³', defaultMaxUnits: null });

    const list = async (query: string, who: Who = 'member') => names((await send('GET', `/api/v1/resources?${query}`, who)).json().items);
    expect(await list('skill=sql')).toEqual(['Ana Contractor', 'Member Person']);
    expect(await list('skill=SQL&minProficiency=3')).toEqual(['Ana Contractor']);
    expect(await list('skill=typescript&minProficiency=5')).toEqual(['Member Person']);
    expect(await list('kind=material')).toEqual(['Concrete C30/37']);
    expect(await list('department=ENGINEERING')).toEqual(['Ana Contractor', 'Member Person']);
    expect(await list(`roleId=${role.json().id}&kind=person`)).toEqual(['Member Person']);
    expect(await list('q=crane', 'outsider')).toEqual(['Tower crane']);
    expect(await list('q=ana@example')).toEqual(['Ana Contractor']);
    const page = (await send('GET', '/api/v1/resources?limit=2&sort=code', 'executive')).json();
    expect([page.items.map((r: { code: string }) => r.code), (await send('GET', `/api/v1/resources?limit=2&sort=code&cursor=${page.nextCursor}`, 'executive')).json().items.map((r: { code: string }) => r.code)]).toEqual([['RES-001', 'RES-002'], ['RES-003', 'RES-004']]);
    expect((await send('GET', '/api/v1/resource-facets', 'contributor')).json()).toEqual({ skills: ['SQL', 'TypeScript'], departments: ['Engineering', 'Site'], teams: ['Platform'] });

    // changes: lists replaced under If-Match, a stale copy is a 409, archived resources leave the list
    const changed = await send('PATCH', `/api/v1/resources/${ana.json().id}`, 'pmo', { skills: [{ skill: 'Python', proficiency: 3 }], team: 'Data' }, 1);
    expect(changed.json()).toMatchObject({ team: 'Data', skills: [{ skill: 'Python', proficiency: 3 }], version: 2 });
    const stale = await send('PATCH', `/api/v1/resources/${ana.json().id}`, 'pmo', { team: 'Other' }, 1);
    expect([stale.statusCode, stale.json().currentVersion]).toEqual([409, 2]);
    expect((await send('PATCH', `/api/v1/resources/${ana.json().id}`, 'manager', { team: 'Other' }, 2)).statusCode).toBe(403);
    expect((await send('POST', `/api/v1/resources/${concrete.json().id}/archive`, 'pmo', undefined, 1)).json().archivedAt).not.toBeNull();
    expect(await list('kind=material')).toEqual([]);
    expect(await list('kind=material&includeArchived=true')).toEqual(['Concrete C30/37']);

    const audit = (await send('GET', `/api/v1/audit-events?entityType=resource&entityId=${ana.json().id}`, 'admin')).json().items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(audit[0].before.team).toBeNull();
    expect(audit[0].after.team).toBe('Data');
  });

  it('refuses what does not fit a kind, a second resource for an account and unknown references, saying what to fix', async () => {
    const bad = async (body: object, status = 422) => {
      const res = await send('POST', '/api/v1/resources', 'pmo', body);
      expect(res.statusCode, res.body).toBe(status);
      return res.json();
    };
    expect((await bad({ kind: 'material', name: 'Steel' })).errors).toEqual([{ path: 'unit', message: 'material needs the unit it is counted in, e.g. t, m³, pcs' }]);
    expect((await bad({ kind: 'equipment', name: 'Van', userId: s.cast.contributor.user.id, headcount: 2 })).detail).toBe(
      'Van cannot be kept as a equipment: userId: only persons have one; leave it out for a equipment; headcount: only roles have one; leave it out for a equipment (its capacity is its maximum units).',
    );
    expect((await bad({ kind: 'cost', name: 'Travel', maxUnits: [{ from: '2027-01-01', units: 100 }] })).errors[0].message).toBe('a cost resource has no capacity; leave maximum units out');
    expect((await bad({ kind: 'person', name: 'Bo', skills: [{ skill: 'Go', proficiency: 3 }, { skill: 'go', proficiency: 4 }] })).errors[0].path).toBe('skills.1.skill');
    expect((await bad({ kind: 'person' })).errors).toEqual([{ path: 'name', message: 'give it a name (only a person linked to an account takes the account’s name)' }]);
    expect((await bad({ kind: 'person', name: 'Bo', skills: [{ skill: 'Go', proficiency: 7 }] }, 400)).detail).toContain('Proficiency runs from 1 (aware) to 5 (expert).');
    const notRole = (await send('POST', '/api/v1/resources', 'pmo', { kind: 'equipment', name: 'Excavator' })).json();
    expect((await bad({ kind: 'person', name: 'Cy', roleId: notRole.id })).detail).toBe('roleId names Excavator, a equipment, not a role. Pick a live resource of kind role.');
    expect((await bad({ kind: 'person', name: 'Cy', managerId: notRole.id })).errors).toEqual([{ path: 'managerId', message: 'no person with this id' }]);
    expect((await send('POST', '/api/v1/resources', 'pmo', { kind: 'person', userId: s.cast.contributor.user.id })).statusCode).toBe(201);
    const twice = await bad({ kind: 'person', userId: s.cast.contributor.user.id }, 409);
    expect(twice.errors).toEqual([{ path: 'userId', message: 'already linked to another resource' }]);
    expect((await send('POST', '/api/v1/resources', 'member', { kind: 'person', name: 'Dee' })).statusCode).toBe(403);
  });

  it('keeps a calendar with part-time weeks and leave on a base calendar, and says what each day gives with the maximum units then', async () => {
    const res = (await send('POST', '/api/v1/resources', 'pmo', { kind: 'person', name: 'Part Timer', maxUnits: [{ from: '2027-03-03', units: 50 }, { from: '2027-06-01', units: 100 }] })).json();
    const cal = await send('GET', `/api/v1/resources/${res.id}/calendar`, 'member');
    expect(cal.json()).toEqual({ resourceId: res.id, baseCalendarId: 'standard', baseCalendarName: 'Standard', definition: { week: [null, null, null, null, null, null, null], workWeeks: [], exceptions: [] }, version: 0 });
    const partTime = { week: [null, null, null, null, null, null, null], workWeeks: [{ start: '2027-03-01', end: '2027-12-31', week: [null, null, null, null, [], [], null], name: 'Mon–Wed' }], exceptions: [] };
    const set = await send('PUT', `/api/v1/resources/${res.id}/calendar`, 'pmo', { baseCalendarId: 'standard', definition: partTime }, 0);
    expect([set.statusCode, set.json().version]).toEqual([200, 1]);
    expect((await send('PUT', `/api/v1/resources/${res.id}/calendar`, 'pmo', { baseCalendarId: 'standard', definition: partTime }, 0)).statusCode).toBe(409);
    const leave = await send('POST', `/api/v1/resources/${res.id}/leave`, 'pmo', { from: '2027-03-02', to: '2027-03-02', name: 'Dentist' });
    expect([leave.statusCode, leave.json().definition.exceptions, leave.json().version]).toEqual([201, [{ start: '2027-03-02', end: '2027-03-02', ranges: [], name: 'Dentist' }], 2]);
    const overlap = await send('POST', `/api/v1/resources/${res.id}/leave`, 'pmo', { from: '2027-02-25', to: '2027-03-05', name: 'Ski trip' });
    expect([overlap.statusCode, overlap.json().detail]).toEqual([422, 'The leave "Ski trip" cannot be added: from: overlaps "Dentist" from 2027-03-02 to 2027-03-02; change or remove that one in the calendar first.']);
    expect((await send('POST', `/api/v1/resources/${res.id}/leave`, 'member', { from: '2027-09-01', to: '2027-09-01', name: 'x' })).statusCode).toBe(403);

    const days = (await send('GET', `/api/v1/resources/${res.id}/availability?from=2027-02-26&to=2027-03-04`, 'contributor')).json().days;
    expect(days.map((d: { date: string; workingMinutes: number; maxUnits: number; capacityMinutes: number }) => [d.date, d.workingMinutes, d.maxUnits, d.capacityMinutes])).toEqual([
      ['2027-02-26', 480, 100, 480],
      ['2027-02-27', 0, 100, 0],
      ['2027-02-28', 0, 100, 0],
      ['2027-03-01', 480, 100, 480],
      ['2027-03-02', 0, 100, 0],
      ['2027-03-03', 480, 50, 240],
      ['2027-03-04', 0, 50, 0],
    ]);
    const table = await capacityTable(s.deps.db, [res.id]);
    expect(['2027-03-02', '2027-03-03', '2027-05-31', '2027-06-01'].map((d) => table.maxUnitsOn(res.id, d))).toEqual([100, 50, 50, 100]);
    expect(table.calendars.find((c) => c.id === res.id)).toMatchObject({ baseId: 'standard' });

    // bad calendars: unknown base, a loose range, material; a too long period
    const badBase = await send('PUT', `/api/v1/resources/${res.id}/calendar`, 'pmo', { baseCalendarId: 'moon', definition: partTime }, 2);
    expect([badBase.statusCode, badBase.json().errors]).toEqual([422, [{ path: 'baseCalendarId', message: 'no base calendar with this id' }]]);
    const reversed = await send('PUT', `/api/v1/resources/${res.id}/calendar`, 'pmo', { baseCalendarId: 'standard', definition: { ...partTime, week: [null, [{ start: 600, end: 540 }], null, null, null, null, null] } }, 2);
    expect([reversed.statusCode, reversed.json().errors]).toEqual([422, [{ path: 'definition.week.1.0', message: 'a working time must end after it starts' }]]);
    const material = (await send('POST', '/api/v1/resources', 'pmo', { kind: 'material', name: 'Sand', unit: 't' })).json();
    expect((await send('GET', `/api/v1/resources/${material.id}/calendar`, 'pmo')).json().detail).toBe(`${material.code} Sand is a material resource: it has no calendar or capacity. Only persons, roles and equipment work on a calendar.`);
    expect((await send('GET', `/api/v1/resources/${res.id}/availability?from=2027-01-01&to=2028-06-01`, 'pmo')).json().detail).toBe('Ask for 366 days at most at a time (2027-01-01 to 2028-06-01 is 518).');

    // a role's capacity is its headcount; the base calendars are the PMO's: Standard gains a holiday for everyone
    const role = (await send('POST', '/api/v1/resources', 'pmo', { kind: 'role', name: 'Tester', headcount: 2 })).json();
    const bases = (await send('GET', '/api/v1/settings/base-calendars', 'member')).json();
    expect([bases.version, bases.items.map((c: { id: string }) => c.id)]).toEqual([0, ['standard', '24-hours', 'night-shift']]);
    const standard = bases.items[0];
    const withHoliday = { ...standard, definition: { ...standard.definition, exceptions: [{ start: '2027-03-01', end: '2027-03-01', ranges: [], name: 'Founders’ day' }] } };
    expect((await send('PUT', '/api/v1/settings/base-calendars', 'pmo', { items: [withHoliday] }, 0)).statusCode).toBe(200);
    const roleDays = (await send('GET', `/api/v1/resources/${role.id}/availability?from=2027-03-01&to=2027-03-02`, 'member')).json().days;
    expect(roleDays.map((d: { capacityMinutes: number }) => d.capacityMinutes)).toEqual([0, 960]);
    expect((await send('GET', `/api/v1/resources/${res.id}/availability?from=2027-03-01&to=2027-03-01`, 'member')).json().days[0].workingMinutes).toBe(0); // the base's holiday wins over the person's own work week, as in MS Project
    const noStandard = await send('PUT', '/api/v1/settings/base-calendars', 'pmo', { items: [{ ...withHoliday, id: 'office' }] }, 1);
    expect(noStandard.json().errors).toEqual([
      { path: 'items', message: 'keep the calendar "standard": resources without a calendar of their own work by it' },
      { path: 'items', message: `"standard" is the base of ${res.code}'s calendar; move it to another base first` },
    ]);

    const audit = (await send('GET', `/api/v1/audit-events?entityType=resource_calendar&entityId=${res.id}`, 'admin')).json().items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(['add_leave', 'update']);
  });

  it('prices a linked person from the people’s rates and everything else from its own dated rates, for those who may read pay', async () => {
    const linked = (await send('POST', '/api/v1/resources', 'pmo', { kind: 'person', userId: s.cast.manager.user.id })).json();
    const crane = (await send('POST', '/api/v1/resources', 'pmo', { kind: 'equipment', name: 'Crane 2' })).json();
    const gravel = (await send('POST', '/api/v1/resources', 'pmo', { kind: 'material', name: 'Gravel', unit: 't' })).json();
    expect((await send('POST', '/api/v1/rates', 'pmo', { userId: s.cast.manager.user.id, effectiveFrom: '2027-01-01', standard: eur(9_000) })).statusCode).toBe(201);
    expect((await send('POST', `/api/v1/resources/${linked.id}/rates`, 'pmo', { effectiveFrom: '2027-01-01', perUse: eur(2_500) })).statusCode).toBe(201);
    const hourlyForLinked = await send('POST', `/api/v1/resources/${linked.id}/rates`, 'pmo', { effectiveFrom: '2027-02-01', standard: eur(1) });
    expect([hourlyForLinked.statusCode, hourlyForLinked.json().errors[0].path]).toEqual([422, 'standard']);
    expect(hourlyForLinked.json().detail).toContain('their hourly rates are kept on the Rates page');
    const first = await send('POST', `/api/v1/resources/${crane.id}/rates`, 'pmo', { effectiveFrom: '2027-01-01', standard: eur(15_000), overtime: eur(20_000), perUse: eur(50_000) });
    expect(first.statusCode, first.body).toBe(201);
    expect((await send('POST', `/api/v1/resources/${crane.id}/rates`, 'pmo', { effectiveFrom: '2027-07-01', standard: eur(16_000) })).statusCode).toBe(201);
    expect((await send('POST', `/api/v1/resources/${crane.id}/rates`, 'pmo', { effectiveFrom: '2027-07-01', standard: eur(17_000) })).statusCode).toBe(409);
    expect((await send('POST', `/api/v1/resources/${gravel.id}/rates`, 'pmo', { effectiveFrom: '2027-01-01', perUnit: eur(2_100) })).statusCode).toBe(201);
    expect((await send('POST', `/api/v1/resources/${gravel.id}/rates`, 'pmo', { effectiveFrom: '2027-02-01', standard: eur(1) })).json().errors[0].message).toBe('a material resource has no hourly rate; give its cost per unit (perUnit)');
    expect((await send('POST', `/api/v1/resources/${gravel.id}/rates`, 'pmo', { effectiveFrom: '2027-02-01', perUnit: eur(1), perUse: { amountMinor: 1, currency: 'USD' } })).statusCode).toBe(400);

    const rateOf = await resourceRateTable(s.deps.db, [linked.id, crane.id, gravel.id]);
    expect(rateOf(linked.id, '2027-03-01')).toEqual({ hourlyFrom: 'person_rates', standard: eur(9_000), overtime: eur(9_000), perUse: eur(2_500), perUnit: null, unit: null });
    expect(rateOf(linked.id, '2026-12-31')).toEqual({ hourlyFrom: 'person_rates', standard: null, overtime: null, perUse: null, perUnit: null, unit: null });
    expect(rateOf(crane.id, '2027-03-01')).toMatchObject({ hourlyFrom: 'resource_rates', standard: eur(15_000), overtime: eur(20_000), perUse: eur(50_000) });
    expect(rateOf(crane.id, '2027-07-01')).toMatchObject({ standard: eur(16_000), overtime: eur(16_000), perUse: null });
    expect(rateOf(gravel.id, '2027-05-05')).toMatchObject({ perUnit: eur(2_100), unit: 't' });

    const on = await send('GET', `/api/v1/resources/${crane.id}/rate?on=2027-08-01`, 'pmo');
    expect(on.json()).toEqual({ resourceId: crane.id, on: '2027-08-01', hourlyFrom: 'resource_rates', standard: eur(16_000), overtime: eur(16_000), perUse: null, perUnit: null, unit: null });
    // pay is personal: the manager reads their own resource's rates, nobody else's; executives read none
    expect((await send('GET', `/api/v1/resources/${linked.id}/rate?on=2027-03-01`, 'manager')).json().standard).toEqual(eur(9_000));
    const own = (await send('GET', `/api/v1/resources/${linked.id}/rates`, 'manager')).json();
    expect([own.hourlyFrom, own.items.length, own.personRates.map((r: { standard: unknown }) => r.standard)]).toEqual(['person_rates', 1, [eur(9_000)]]);
    expect((await send('GET', `/api/v1/resources/${crane.id}/rates`, 'manager')).statusCode).toBe(403);
    expect((await send('GET', `/api/v1/resources/${linked.id}/rate?on=2027-03-01`, 'executive')).statusCode).toBe(403);
    expect((await send('GET', `/api/v1/resources/${crane.id}`, 'executive')).json()).not.toHaveProperty('standard');

    const changed = await send('PATCH', `/api/v1/resource-rates/${first.json().id}`, 'pmo', { overtime: null }, 1);
    expect(changed.json()).toMatchObject({ standard: eur(15_000), overtime: null, version: 2 });
    expect((await send('PATCH', `/api/v1/resource-rates/${first.json().id}`, 'pmo', { perUnit: eur(1) }, 2)).json().errors[0].path).toBe('perUnit');
    expect((await send('DELETE', `/api/v1/resource-rates/${first.json().id}`, 'pmo', undefined, 1)).statusCode).toBe(409);
    expect((await send('DELETE', `/api/v1/resource-rates/${first.json().id}`, 'pmo', undefined, 2)).statusCode).toBe(200);
    expect((await resourceRateTable(s.deps.db, [crane.id]))(crane.id, '2027-03-01')?.standard).toBeNull();
  });
});
