// Project templates through the API on both databases: the library (built-ins the PMO can edit,
// and its own), checked whole with errors that name the WBS row; and projects created from each
// built-in template with their schedule, starting registers and filled-in documents, all or nothing.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { DEFAULT_TEMPLATES } from '../../src/core/templates/default-templates.ts';
import { planOfWbs, scheduleInputOfPlan } from '../../src/core/templates/wbs-plan.ts';
import { schedule } from '../../src/core/schedule/schedule.ts';
import { isoFromWall } from '../../src/core/calendar/wall-time.ts';

const TABLES = ['projects', 'scheduleTasks', 'scheduleLinks', 'projectSchedules', 'risks', 'assumptions', 'actions', 'projectDeliverables', 'auditEvents'] as const;

describe.each(DIALECTS)('project templates on %s', (dialect) => {
  const s = apiSuite(dialect);
  const as = (who: 'pmo' | 'manager' | 'admin' | 'member') => s.cast[who].token;
  const counts = async () => {
    const out: Record<string, number> = {};
    for (const t of TABLES) out[t] = Number((await s.database.db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    return out;
  };
  const fromTemplate = (templateKey: string, project: Record<string, unknown>, token = as('pmo')) =>
    call(s.app, 'POST', '/api/v1/projects/from-template', { token, body: { templateKey, project: { portfolioId: s.reg.portfolioId, ...project } } });

  it('rolls everything back when a template item cannot be created, and says which', async () => {
    // The PMO moves to a 3×3 risk matrix: the IT template's risks rated 4 no longer fit it.
    const matrix = (await call(s.app, 'GET', '/api/v1/settings/risk-matrix', { token: as('pmo') })).json();
    const { version, ...body } = matrix;
    const small = { probability: body.probability.slice(0, 3), impact: body.impact.slice(0, 3), bands: [body.bands[0], { ...body.bands[1], minScore: 3 }, { ...body.bands[2], minScore: 6 }] };
    expect((await call(s.app, 'PUT', '/api/v1/settings/risk-matrix', { token: as('pmo'), ifMatch: version, body: small })).statusCode).toBe(200);
    const before = await counts();
    const failed = await fromTemplate('it_system_implementation', { name: 'Never made', managerId: s.cast.manager.user.id });
    expect(failed.statusCode, failed.body).toBe(422);
    expect(failed.json().detail).toMatch(/^The template's risk 1 "Requirements keep changing after the baseline" \(registers\.risks\[0\]\) cannot be created: .*Nothing was created; ask the PMO to fix the template\.$/);
    expect(failed.json().errors).toEqual([expect.objectContaining({ path: 'templateKey' })]);
    expect(await counts()).toEqual(before);

    // A template whose methodology has gone (a row written before that check existed).
    const orphan = { ...DEFAULT_TEMPLATES[2]!, key: 'orphan', methodologyKey: 'scrumban' };
    await s.database.db.insertInto('projectTemplates').values({ key: 'orphan', name: 'Orphan', methodologyKey: 'scrumban', definitionJson: JSON.stringify(orphan), updatedAt: new Date().toISOString(), version: 1 }).execute();
    const noMethodology = await fromTemplate('orphan', { name: 'Never made either' });
    expect(noMethodology.statusCode).toBe(422);
    expect(noMethodology.json()).toMatchObject({ code: 'invalid_reference', errors: [{ path: 'templateKey', message: 'its methodology "scrumban" does not exist' }] });

    const badPhase = await fromTemplate('agile_product_release', { name: 'Wrong phase', phase: 'execute' });
    expect(badPhase.statusCode).toBe(422);
    expect(badPhase.json().errors).toEqual([{ path: 'project.phase', message: 'not a phase of the methodology' }]);
    const ownMethodology = await fromTemplate('agile_product_release', { name: 'x', methodologyKey: 'predictive' });
    expect(ownMethodology.statusCode).toBe(400); // the template decides the methodology
    const unknown = await fromTemplate('no_such_template', { name: 'x' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().detail).toContain('it_system_implementation, agile_product_release, office_relocation');
    expect((await fromTemplate('office_relocation', { name: 'Not mine to make' }, as('manager'))).statusCode).toBe(403);
    expect(await counts()).toEqual(before);
    expect((await call(s.app, 'PUT', '/api/v1/settings/risk-matrix', { token: as('pmo'), ifMatch: version + 1, body })).statusCode).toBe(200);
  });

  it.each(DEFAULT_TEMPLATES.map((t) => [t.key, t] as const))('creates a project from %s with its schedule, registers and documents', async (_key, template) => {
    const name = `${template.name} *pilot*`;
    const before = await counts();
    const res = await fromTemplate(template.key, { name, managerId: s.cast.manager.user.id, sponsorId: s.cast.executive.user.id, programId: s.reg.programId, plannedStart: '2027-01-04' });
    expect(res.statusCode, res.body).toBe(201);
    const { project, instantiated, schedule: made } = res.json();
    expect(res.headers.location).toBe(`/api/v1/projects/${project.id}`);
    expect(project).toMatchObject({ name, methodologyKey: template.methodologyKey, status: 'proposed', version: 1 });
    const expected = { tasks: template.wbs.length, milestones: template.wbs.filter((r) => r.milestone).length, links: template.wbs.reduce((n, r) => n + r.predecessors.length, 0), risks: template.registers.risks.length, assumptions: template.registers.assumptions.length, actions: template.registers.actions.length, documents: template.documents.length };
    expect(instantiated).toEqual(expected);
    const after = await counts();
    expect(after.auditEvents! - before.auditEvents!).toBe(2 + expected.risks + expected.assumptions + expected.actions + expected.documents);

    // The schedule is the engine's answer for the WBS from the planned start.
    const sched = (await call(s.app, 'GET', `/api/v1/projects/${project.id}/schedule`, { token: as('manager') })).json();
    const engine = schedule(scheduleInputOfPlan(planOfWbs(template.wbs, 480), '2027-01-04T08:00'));
    if (!engine.ok) throw new Error(engine.message);
    expect(sched.tasks).toHaveLength(expected.tasks);
    expect(sched.links).toHaveLength(expected.links);
    expect(sched.projectStart).toBe('2027-01-04T08:00');
    expect(sched.projectFinish).toBe(isoFromWall(engine.projectFinish).slice(0, 16));
    expect(made).toEqual({ start: sched.projectStart, finish: sched.projectFinish });
    expect(sched.projectFinish > '2027-05-01' && sched.projectFinish < '2027-09-30').toBe(true);
    expect(sched.tasks.filter((t: { summary: boolean; outlineLevel: number }) => t.summary && t.outlineLevel === 1)).toHaveLength(4);
    expect(sched.tasks.at(-1)).toMatchObject({ milestone: true, finish: sched.projectFinish, critical: true });
    expect(sched.links.map((l: { type: string }) => l.type)).toContain('SS');

    // Registers: owners left to name, dates from the start.
    const list = async (kind: string) => (await call(s.app, 'GET', `/api/v1/${kind}?projectId=${project.id}&limit=200`, { token: as('manager') })).json().items;
    const risks = await list('risks');
    expect(risks).toHaveLength(expected.risks);
    expect(risks.every((r: { ownerId: string | null; status: string }) => r.ownerId === null && r.status === 'open')).toBe(true);
    const actions = await list('actions');
    const firstAction = template.registers.actions[0]!;
    expect(actions.find((a: { title: string }) => a.title === firstAction.title).dueDate).toBe(new Date(Date.UTC(2027, 0, 4 + firstAction.dueAfterDays!)).toISOString().slice(0, 10));
    expect(await list('assumptions')).toHaveLength(expected.assumptions);

    // Documents: drafts with every placeholder filled in, the name escaped for Markdown.
    const documents = (await call(s.app, 'GET', `/api/v1/projects/${project.id}/deliverables`, { token: as('manager') })).json().items;
    expect(documents.map((d: { requirementKey: string }) => d.requirementKey).sort()).toEqual(template.documents.map((d) => d.requirementKey).sort());
    for (const d of documents) {
      expect(d.status).toBe('draft');
      expect(d.body).not.toContain('{{');
      expect(d.body).toContain(`${template.name} \\*pilot\\*`);
      expect(d.body).toContain(project.code);
      expect(d.body).toContain('Manager Person');
      expect(d.body).toContain('Digital');
    }
    if (template.methodologyKey === 'predictive') {
      const charter = documents.find((d: { requirementKey: string }) => d.requirementKey === 'charter');
      expect(charter.body).toContain('| Sponsor | Executive Person |');
      expect(charter.body).toContain(`The starting plan (${template.name}) runs from 2027-01-04 to ${sched.projectFinish.slice(0, 10)}`);
    }
  });

  it('lets the PMO edit a built-in template and add its own, checking them whole', async () => {
    const list = (await call(s.app, 'GET', '/api/v1/templates', { token: as('member') })).json().items;
    expect(list.map((t: { key: string; builtIn: boolean; version: number }) => [t.key, t.builtIn, t.version])).toEqual([
      ['it_system_implementation', true, 0],
      ['agile_product_release', true, 0],
      ['office_relocation', true, 0],
      ['orphan', false, 1],
    ]);
    expect(list[0].counts).toEqual({ tasks: 39, milestones: 6, risks: 6, assumptions: 3, actions: 3, documents: 4 });
    const got = await call(s.app, 'GET', '/api/v1/templates/office_relocation', { token: as('member') });
    expect(got.headers.etag).toBe('"0"');
    const { key: _k, builtIn: _b, version: _v, ...body } = got.json();

    const put = (key: string, version: number, b: unknown, token = as('pmo')) => call(s.app, 'PUT', `/api/v1/templates/${key}`, { token, ifMatch: version, body: b });
    expect((await put('office_relocation', 0, body, as('manager'))).statusCode).toBe(403);
    const broken = { ...body, wbs: body.wbs.map((r: { ref: string }, i: number) => (i === 3 ? { ...r, predecessors: [{ ref: '9.9' }] } : r)), documents: [{ ...body.documents[0], body: 'Hello {{project.owner}}' }] };
    const refused = await put('office_relocation', 0, broken);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toBe('The template needs fixing: row 4 "Write the project charter" (ref 1.3): predecessor "9.9" is not a row of the WBS; name an existing row by its ref (and 1 more problem, listed in errors).');
    expect(refused.json().errors.map((e: { path: string }) => e.path)).toEqual(['wbs[3].predecessors[0].ref', 'documents[0].body']);
    expect(refused.json().errors[1].message).toContain('unknown placeholder {{project.owner}}');
    const offMatrix = await put('office_relocation', 0, { ...body, methodologyKey: 'waterfall', registers: { ...body.registers, risks: [{ ...body.registers.risks[0], impact: 7 }] } });
    expect(offMatrix.json().errors.map((e: { path: string }) => e.path)).toEqual(['methodologyKey', 'registers.risks[0].impact']);

    const edited = { ...body, wbs: [...body.wbs, { ref: '5', name: 'Benefits review', outlineLevel: 1, durationDays: 2, predecessors: [{ ref: '4.5', type: 'FS', lagDays: 60 }] }], documents: [{ ...body.documents[0], title: 'Charter – {{project.code}}' }] };
    const saved = await put('office_relocation', 0, edited);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ key: 'office_relocation', builtIn: true, version: 1 });
    expect((await put('office_relocation', 0, edited)).statusCode).toBe(409);
    const made = await fromTemplate('office_relocation', { name: 'Move to the harbour', plannedStart: '2027-03-01' });
    expect(made.json().instantiated).toMatchObject({ tasks: body.wbs.length + 1, documents: 1 });
    const docs = (await call(s.app, 'GET', `/api/v1/projects/${made.json().project.id}/deliverables`, { token: as('pmo') })).json().items;
    expect(docs.map((d: { title: string }) => d.title)).toEqual([`Charter – ${made.json().project.code}`]);
    expect(docs[0].body).toContain('| Sponsor | to be named |');

    const own = await put('quick_study', 0, { name: 'Feasibility study', methodologyKey: 'predictive', wbs: [{ ref: 'a', name: 'Study', outlineLevel: 1, durationDays: 10 }, { ref: 'b', name: 'Report', outlineLevel: 1, milestone: true, predecessors: [{ ref: 'a' }] }] });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ builtIn: false, version: 1, registers: { risks: [], assumptions: [], actions: [] }, documents: [] });
  });
});
