// "What if we add a project?" in a real browser against a real server, on a small pool shaped like
// the demo's: two developers building the active CRM Replacement over this week and the next, and
// the proposed Enterprise BI Rollout needing one of them full time in the fourth week. As planned
// the BI project fits; moved two weeks earlier it lands on the CRM's second week and the panel
// flags the Developer role newly over-allocated, naming who goes over. The heat map's switch for
// proposed projects shows the BI work on its own.
//
// Uses the built web app in dist/web (see project-register.test.ts). Needs /usr/bin/chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, visible, type TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { apiWriter, signIn } from './support/session.ts';

const PMO: TestAccount = { email: 'whatif.pmo@example.com', name: 'Wanda Whatif', role: 'pmo', password: 'e2e-password-2026' };
const DAY = 86_400_000;

/** Monday of the current week plus `weeks` weeks (the page opens on this Monday). */
function monday(weeks = 0): string {
  const now = new Date();
  const ms = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - ((now.getUTCDay() + 6) % 7) * DAY;
  return new Date(ms + weeks * 7 * DAY).toISOString().slice(0, 10);
}

describe('capacity what-if (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;

  beforeAll(async () => ({ server, browser } = await openSuite([PMO])));
  afterAll(() => closeSuite({ server, browser }));

  it('shows a proposed project fitting as planned and over-allocating the Developer role when started two weeks earlier', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/login?redirect=%2Fcapacity`);
    await signIn(page, PMO, '/capacity');
    const send = await apiWriter(page, server.baseUrl);
    const developer = await send('post', '/resources', { kind: 'role', name: 'Developer', headcount: 1, maxUnits: [{ from: '2020-01-01', units: 0 }] }, 201);
    const lena = await send('post', '/resources', { kind: 'person', name: 'Lena Builder', roleId: developer.id, skills: [] }, 201);
    const kenji = await send('post', '/resources', { kind: 'person', name: 'Kenji Coder', roleId: developer.id, skills: [] }, 201);
    const portfolio = await send('post', '/portfolios', { name: 'Digital', description: '', ownerId: null }, 201);
    const project = async (name: string, status: 'active' | 'proposed', start: string, task: string, days: number, people: Array<[unknown, number]>) => {
      const created = await send('post', '/projects', { name, portfolioId: portfolio.id, plannedStart: start, status }, 201);
      const change = (await send('post', `/projects/${String(created.id)}/schedule/tasks`, { name: task, durationMinutes: days * 480 }, 201)) as { schedule: { tasks: Array<{ id: string; name: string }> } };
      const taskId = change.schedule.tasks.find((t) => t.name === task)!.id;
      for (const [resourceId, units] of people) await send('post', `/projects/${String(created.id)}/schedule/tasks/${taskId}/assignments`, { resourceId, units }, 201);
      return created as { code: string };
    };
    // Weeks 1–2: Lena full time, Kenji half time: 60 h of the Developers' 80 h a week (75 %).
    await project('CRM Replacement', 'active', monday(0), 'Build', 10, [[lena.id, 100], [kenji.id, 50]]);
    // Week 4: Kenji full time on the proposed BI project.
    const bi = await project('Enterprise BI Rollout', 'proposed', monday(3), 'Dashboards', 5, [[kenji.id, 100]]);
    await page.reload();
    await visible(page.getByRole('heading', { name: 'Capacity' }));

    // The heat map counts the proposed project only when its switch is on.
    const heatMap = page.getByRole('table', { name: 'Capacity heat map' });
    const kenjiWeek4 = (text: string) => heatMap.getByRole('button', { name: new RegExp(`^Kenji Coder \\(RES-\\d+\\), .*: ${text} \\(\\d+ of 40 hours\\)$`) });
    await visible(heatMap.getByRole('button', { name: /^Kenji Coder \(RES-\d+\), .*: 50 % \(20 of 40 hours\)$/ }));
    expect(await kenjiWeek4('100 %').count()).toBe(0);
    const proposedSwitch = page.getByRole('switch', { name: 'Include proposed projects' });
    await proposedSwitch.click();
    await visible(kenjiWeek4('100 %'));
    await proposedSwitch.click();
    await kenjiWeek4('100 %').waitFor({ state: 'detached' });

    const panel = page.getByRole('region', { name: 'What if we add a project?' });
    await choose(page, 'Project', new RegExp(`${bi.code} · Enterprise BI Rollout`));
    await panel.getByRole('button', { name: 'Show the impact' }).click();
    const verdict = panel.getByRole('alert');
    await visible(verdict.getByText(`${bi.code} Enterprise BI Rollout fits: no role goes over capacity`));
    await visible(verdict.getByText(/The highest load it leads to is 50 % \(Developer/));

    await panel.getByLabel('Move its start by (weeks)').fill('-2');
    await panel.getByRole('button', { name: 'Show the impact' }).click();
    await visible(verdict.getByText(`Adding ${bi.code} Enterprise BI Rollout over-allocates 1 role`));
    await visible(verdict.getByText(/^Started 2 weeks earlier than planned, its assigned work would run/));
    await visible(verdict.getByText(/^Pushed over capacity: Developer in 1 week \(/));
    await visible(verdict.getByText('Who goes over: Kenji Coder.'));
    const table = panel.getByRole('table', { name: `Load before and after adding ${bi.code} Enterprise BI Rollout` });
    const pushed = table.getByRole('cell', { name: /^Developer, .*: 75 % → 125 %, newly over-allocated$/ });
    await visible(pushed);
    expect(await pushed.getAttribute('data-band')).toBe('over');
    expect(await pushed.textContent()).toBe('75 % → 125 %newly over');
    expect(await table.locator('[data-pushed-over]').count()).toBe(1);
  });
});
