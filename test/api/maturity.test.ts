// PMO maturity assessments through the API on both databases: the PMO tailors the model, opens an
// assessment and names respondents; respondents answer (and only they may); scores per dimension
// and their levels come from every answer so far; a later assessment shows the change since the
// last closed one and the steps toward the PMO's targets; history keeps the model it was taken on.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { DEFAULT_MATURITY_MODEL } from '../../src/core/maturity/default-maturity-model.ts';

type Who = 'admin' | 'pmo' | 'executive' | 'member' | 'manager' | 'contributor' | 'outsider';
const QUESTIONS = DEFAULT_MATURITY_MODEL.dimensions.flatMap((d) => d.questions.map((q) => q.key));
/** Every question of the built-in model at one level, some overridden. */
const answersAt = (level: number, over: Record<string, number | null> = {}) => ({ answers: { ...Object.fromEntries(QUESTIONS.map((k) => [k, level])), ...over } });

describe.each(DIALECTS)('maturity assessments on %s', (dialect) => {
  const s = apiSuite(dialect);
  const as = (who: Who) => s.cast[who].token;
  const get = (path: string, who: Who = 'pmo') => call(s.app, 'GET', path, { token: as(who) });
  const post = (path: string, body: unknown, who: Who = 'pmo') => call(s.app, 'POST', path, { token: as(who), body });
  const put = (path: string, body: unknown, who: Who) => call(s.app, 'PUT', path, { token: as(who), body });
  const patch = (path: string, version: number, body: unknown, who: Who = 'pmo') => call(s.app, 'PATCH', path, { token: as(who), body, ifMatch: version });
  const open = async (title: string, openedOn: string, respondents: Who[] = ['pmo', 'manager'], targets: Record<string, number> = {}) => {
    const res = await post('/api/v1/maturity/assessments', { title, openedOn, respondentIds: respondents.map((w) => s.cast[w].user.id), targets });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };

  it('scores an assessment from its respondents\' answers, with levels, disputes and improvement steps', async () => {
    const a = await open('Baseline 2026', '2026-01-15', ['pmo', 'manager'], { governance: 4 });
    expect(a).toMatchObject({ code: expect.stringMatching(/^MAT-\d+$/), status: 'open', canAnswer: true, canEdit: true, result: { respondents: 0, score: null } });
    expect(a.model.dimensions.map((d: { key: string }) => d.key)).toEqual(['governance', 'scheduling', 'risk', 'resources', 'benefits', 'reporting']);

    expect((await put(`/api/v1/maturity/assessments/${a.id}/answers`, answersAt(2, { stage_gates: 3, benefits_tracking: null }), 'pmo')).statusCode).toBe(200);
    const res = await put(`/api/v1/maturity/assessments/${a.id}/answers`, answersAt(3, { stage_gates: 1, benefits_tracking: 1 }), 'manager');
    expect(res.statusCode, res.body).toBe(200);
    const scored = res.json();
    const governance = scored.result.dimensions[0];
    expect(governance.questions[0]).toMatchObject({ key: 'stage_gates', score: 2, lowest: 1, highest: 3, disputed: true });
    expect(governance).toMatchObject({ score: 2.25, level: 2 }); // (2 + 2.5) / 2, its weakest question at 2
    expect(scored.result.dimensions[4]).toMatchObject({ key: 'benefits', score: 1.75, level: 1 }); // business cases 2.5, benefits tracking 1 (the PMO did not know)
    expect(scored.result).toMatchObject({ respondents: 2, level: 1 });
    expect(scored.respondents.every((r: { answered: boolean }) => r.answered)).toBe(true);
    expect(scored.myAnswers.stage_gates).toBe(1);
    // Governance aims at the PMO's target 4; the others one level above where they stand.
    const gates = scored.improvementSteps.find((st: { questionKey: string }) => st.questionKey === 'stage_gates');
    expect(gates).toMatchObject({ targetLevel: 4, nextLevel: 3, gap: 2, nextPractice: DEFAULT_MATURITY_MODEL.dimensions[0]!.questions[0]!.levels[2] });
  });

  it('lets only the people asked answer, only while open, and only with levels 1–5 on the model\'s questions', async () => {
    const a = await open('Respondents only', '2026-02-01', ['manager']);
    expect((await put(`/api/v1/maturity/assessments/${a.id}/answers`, answersAt(3), 'pmo')).statusCode).toBe(403);
    expect((await put(`/api/v1/maturity/assessments/${a.id}/answers`, answersAt(3), 'contributor')).statusCode).toBe(404);
    const bad = await put(`/api/v1/maturity/assessments/${a.id}/answers`, { answers: { stage_gates: 3, telepathy: 2 } }, 'manager');
    expect(bad.statusCode).toBe(422);
    expect(bad.json().detail).toContain('The model has no question "telepathy"');
    expect((await put(`/api/v1/maturity/assessments/${a.id}/answers`, { answers: { stage_gates: 7 } }, 'manager')).statusCode).toBe(400);

    const closed = await patch(`/api/v1/maturity/assessments/${a.id}`, a.version, { status: 'closed' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', canAnswer: false, closedAt: expect.any(String) });
    const late = await put(`/api/v1/maturity/assessments/${a.id}/answers`, answersAt(3), 'manager');
    expect(late.statusCode).toBe(422);
    expect(late.json().detail).toContain('ask the PMO to reopen it');
    expect((await patch(`/api/v1/maturity/assessments/${a.id}`, closed.json().version, { status: 'open' }, 'manager')).statusCode).toBe(403);
  });

  it('shows the change since the last closed assessment and keeps each assessment on the model it was taken on', async () => {
    const first = await open('Q1 review', '2026-03-01', ['pmo']);
    await put(`/api/v1/maturity/assessments/${first.id}/answers`, answersAt(2), 'pmo');
    await patch(`/api/v1/maturity/assessments/${first.id}`, first.version, { status: 'closed' });

    const model = (await get('/api/v1/maturity/model')).json();
    const trimmed = { dimensions: model.dimensions.slice(0, 2) };
    expect((await call(s.app, 'PUT', '/api/v1/maturity/model', { token: as('manager'), ifMatch: model.version, body: trimmed })).statusCode).toBe(403);
    const saved = await call(s.app, 'PUT', '/api/v1/maturity/model', { token: as('pmo'), ifMatch: model.version, body: trimmed });
    expect(saved.statusCode, saved.body).toBe(200);

    const second = await open('Q3 review', '2026-09-01', ['pmo']);
    expect(second.model.dimensions).toHaveLength(2);
    const answered = (await put(`/api/v1/maturity/assessments/${second.id}/answers`, { answers: { stage_gates: 3, methodology: 3, schedule_quality: 2, critical_path: 2 } }, 'pmo')).json();
    expect(answered.previous).toMatchObject({ id: first.id, code: first.code });
    expect(answered.changes).toEqual([
      { key: 'governance', name: 'Governance', before: 2, after: 3, change: 1 },
      { key: 'scheduling', name: 'Scheduling', before: 2, after: 2, change: 0 },
    ]);
    expect((await get(`/api/v1/maturity/assessments/${first.id}`)).json().model.dimensions).toHaveLength(6);

    const list = (await get('/api/v1/maturity/assessments', 'executive')).json().items;
    const codes = list.map((i: { code: string }) => i.code);
    expect(codes.indexOf(second.code)).toBeLessThan(codes.indexOf(first.code));
    expect(list.find((i: { id: string }) => i.id === first.id)).toMatchObject({ status: 'closed', respondents: 1, answered: 1, score: 2, level: 2 });
    // Put the model back for the other tests.
    await call(s.app, 'PUT', '/api/v1/maturity/model', { token: as('pmo'), ifMatch: saved.json().version, body: { dimensions: model.dimensions } });
  });

  it('refuses a model with a question missing a level description, naming it', async () => {
    const model = (await get('/api/v1/maturity/model')).json();
    const broken = structuredClone(model.dimensions);
    broken[0].questions[0].levels[2] = '   ';
    const res = await call(s.app, 'PUT', '/api/v1/maturity/model', { token: as('pmo'), ifMatch: model.version, body: { dimensions: broken } });
    expect(res.statusCode).toBe(400);
    const dup = structuredClone(model.dimensions);
    dup[1].questions[0].key = dup[0].questions[0].key;
    const twice = await call(s.app, 'PUT', '/api/v1/maturity/model', { token: as('pmo'), ifMatch: model.version, body: { dimensions: dup } });
    expect(twice.statusCode).toBe(422);
    expect(twice.json().detail).toContain('"stage_gates" is used twice');
  });

  it('shows a member only the assessments they are asked to answer, and refuses targets for unknown dimensions', async () => {
    const mine = await open('For the contributor', '2026-04-01', ['contributor']);
    const theirs = await open('Not for the contributor', '2026-04-02', ['manager']);
    const seen = (await get('/api/v1/maturity/assessments', 'contributor')).json().items.map((i: { id: string }) => i.id);
    expect(seen).toContain(mine.id);
    expect(seen).not.toContain(theirs.id);
    expect((await get(`/api/v1/maturity/assessments/${theirs.id}`, 'contributor')).statusCode).toBe(404);
    const res = await post('/api/v1/maturity/assessments', { title: 'Bad target', respondentIds: [s.cast.pmo.user.id], targets: { astrology: 3 } });
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toContain('The model has no dimension astrology');
  });
});
