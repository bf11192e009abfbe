// The project list: who sees what, filters, search, sort, and cursor pages that never skip or repeat.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { makeProject } from '../helpers/register-fixtures.ts';
import { PROJECT_PRIORITIES, PROJECT_SORTS, PROJECT_STATUSES } from '../../src/contracts/project.schema.ts';

describe.each(DIALECTS)('project list on %s', (dialect) => {
  const s = apiSuite(dialect);
  const ids = (res: { json: () => { items: Array<{ id: string }> } }) => res.json().items.map((p) => p.id);

  it('shows members only the projects they manage, sponsor or belong to; others see all', async () => {
    const sponsored = await makeProject(s.deps, { name: 'Sponsored by member', portfolioId: s.reg.portfolioId, sponsorId: s.cast.member.user.id });
    const mine = await call(s.app, 'GET', '/api/v1/projects', { token: s.cast.member.token });
    expect(ids(mine)).toEqual([sponsored.id]);
    const contributor = await call(s.app, 'GET', '/api/v1/projects', { token: s.cast.contributor.token });
    expect(ids(contributor)).toEqual([s.reg.projectId]);
    const outsider = await call(s.app, 'GET', '/api/v1/projects', { token: s.cast.outsider.token });
    expect(ids(outsider)).toEqual([]);
    const executive = await call(s.app, 'GET', '/api/v1/projects', { token: s.cast.executive.token });
    expect(ids(executive)).toEqual(expect.arrayContaining([sponsored.id, s.reg.projectId]));
    const pmoMine = await call(s.app, 'GET', '/api/v1/projects?mine=true', { token: s.cast.manager.token });
    expect(ids(pmoMine)).toEqual([s.reg.projectId]);
  });

  it('filters by portfolio, program, status, phase, priority, tag, objective and people, and searches name and code', async () => {
    const pf = (await call(s.app, 'POST', '/api/v1/portfolios', { token: s.cast.pmo.token, body: { name: 'Filters' } })).json();
    const a = await makeProject(s.deps, { name: 'Alpha Data Hub', portfolioId: pf.id, status: 'active', phase: 'execute', priority: 'high', tags: ['Data'], managerId: s.cast.manager.user.id });
    const b = await makeProject(s.deps, { name: 'Beta Portal', portfolioId: pf.id, status: 'proposed', phase: 'initiate', priority: 'low', tags: ['portal'], objectiveIds: [s.reg.objectiveId], sponsorId: s.cast.executive.user.id });
    const get = async (query: string) => ids(await call(s.app, 'GET', `/api/v1/projects?portfolioId=${pf.id}&${query}`, { token: s.cast.pmo.token }));
    expect(await get('')).toEqual([a.id, b.id]);
    expect(await get('status=active')).toEqual([a.id]);
    expect(await get('phase=initiate')).toEqual([b.id]);
    expect(await get('priority=high')).toEqual([a.id]);
    expect(await get('tag=data')).toEqual([a.id]);
    expect(await get(`objectiveId=${s.reg.objectiveId}`)).toEqual([b.id]);
    expect(await get(`managerId=${s.cast.manager.user.id}`)).toEqual([a.id]);
    expect(await get(`sponsorId=${s.cast.executive.user.id}`)).toEqual([b.id]);
    expect(await get('q=PORTAL')).toEqual([b.id]);
    expect(await get(`q=${b.code.toLowerCase()}`)).toEqual([b.id]);
    expect(await get('q=100%25')).toEqual([]);
    expect(await get('sort=-priority')).toEqual([b.id, a.id]);
    expect(await get('sort=priority')).toEqual([a.id, b.id]);
    const program = await call(s.app, 'GET', `/api/v1/projects?programId=${s.reg.programId}`, { token: s.cast.pmo.token });
    expect(ids(program)).toEqual([s.reg.projectId]);
  });

  it('summarises the projects each person can see, matching the list', async () => {
    for (const who of ['executive', 'manager', 'outsider'] as const) {
      const token = s.cast[who].token;
      const list = (await call(s.app, 'GET', '/api/v1/projects?limit=200', { token })).json().items as Array<{ status: string; portfolioId: string; phase: string }>;
      const summary = (await call(s.app, 'GET', '/api/v1/projects/summary', { token })).json();
      expect(summary.total, who).toBe(list.length);
      const tally = (key: 'status' | 'portfolioId' | 'phase') => list.reduce<Record<string, number>>((acc, p) => ({ ...acc, [p[key]]: (acc[p[key]] ?? 0) + 1 }), {});
      expect(summary.byStatus).toEqual(tally('status'));
      expect(summary.byPortfolio).toEqual(tally('portfolioId'));
      expect(summary.byPhase).toEqual(tally('phase'));
    }
    const mine = (await call(s.app, 'GET', '/api/v1/projects/summary?mine=true', { token: s.cast.manager.token })).json();
    const myList = (await call(s.app, 'GET', '/api/v1/projects?mine=true&limit=200', { token: s.cast.manager.token })).json();
    expect(mine.total).toBe(myList.items.length);
    expect(mine.total).toBeGreaterThan(0);
  });

  it('rejects an unknown sort, a bad limit and a forged cursor with 400', async () => {
    for (const query of ['sort=colour', 'limit=0', 'limit=1000', 'status=done', 'cursor=not-a-cursor']) {
      const res = await call(s.app, 'GET', `/api/v1/projects?${query}`, { token: s.cast.pmo.token });
      expect(res.statusCode, query).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('pages through any sort with cursors: every project exactly once, in sort order', async () => {
    const pf = (await call(s.app, 'POST', '/api/v1/portfolios', { token: s.cast.pmo.token, body: { name: 'Paging' } })).json();
    const names = ['delta', 'Alpha', 'charlie', 'bravo', 'alpha', 'Echo', 'foxtrot', 'golf', 'hotel', 'India', 'juliet', 'kilo', 'lima'];
    for (const [i, name] of names.entries()) {
      await makeProject(s.deps, {
        name,
        portfolioId: pf.id,
        priority: PROJECT_PRIORITIES[i % 4]!,
        status: PROJECT_STATUSES[i % 5]!,
        plannedStart: i % 3 === 0 ? null : `2026-0${(i % 9) + 1}-01`,
      });
    }
    const all = (await call(s.app, 'GET', `/api/v1/projects?portfolioId=${pf.id}&limit=200`, { token: s.cast.pmo.token })).json().items;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PROJECT_SORTS), fc.integer({ min: 1, max: 6 }), async (sort, limit) => {
        const seen: Array<Record<string, unknown>> = [];
        let cursor: string | null = null;
        do {
          const q: string = `/api/v1/projects?portfolioId=${pf.id}&sort=${sort}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
          const page = (await call(s.app, 'GET', q, { token: s.cast.pmo.token })).json();
          expect(page.items.length).toBeLessThanOrEqual(limit);
          seen.push(...page.items);
          cursor = page.nextCursor;
        } while (cursor);
        expect(seen.map((p) => p.id).sort()).toEqual(all.map((p: { id: string }) => p.id).sort());
        const field = sort.replace('-', '');
        const rank = (p: Record<string, unknown>): string | number => {
          if (field === 'priority') return PROJECT_PRIORITIES.indexOf(p.priority as never);
          if (field === 'phase') return ['initiate', 'plan', 'execute', 'close'].indexOf(p.phase as string);
          if (field === 'name') return (p.name as string).toLowerCase();
          if (field === 'plannedStart' || field === 'plannedFinish') return (p[field] as string | null) ?? '9999-12-31';
          return p[field] as string;
        };
        for (let i = 1; i < seen.length; i++) {
          const [x, y] = [rank(seen[i - 1]!), rank(seen[i]!)];
          if (sort.startsWith('-')) expect(x >= y, `${sort}: ${x} before ${y}`).toBe(true);
          else expect(x <= y, `${sort}: ${x} before ${y}`).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  });
});
