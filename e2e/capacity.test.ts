// The capacity heat map in a real browser against a real server. Through the API the PMO puts Ana
// on two projects' tasks this week (a week and a half of work in one week); on the Capacity page
// her cell for this week is red and says "150 % over", and opening it lists the two tasks behind
// it with their hours, each linking to its project's schedule.
//
// Uses the built web app in dist/web (see project-register.test.ts). Needs /usr/bin/chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visible, type TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { csrfHeaders, signIn } from './support/session.ts';

const PMO: TestAccount = { email: 'capacity.pmo@example.com', name: 'Capacity Keeper', role: 'pmo', password: 'e2e-password-2026' };

/** Monday of the current week (the page opens on it). */
function thisMonday(): string {
  const now = new Date();
  const ms = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - ((now.getUTCDay() + 6) % 7) * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

describe('capacity heat map (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;

  beforeAll(async () => ({ server, browser } = await openSuite([PMO])));
  afterAll(() => closeSuite({ server, browser }));

  it('shows an over-allocated week in red and drills from it to the assignments behind it', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/login?redirect=%2Fcapacity`);
    await signIn(page, PMO, '/capacity');
    const headers = await csrfHeaders(page, server.baseUrl);
    const post = async (path: string, data: object) => {
      const res = await page.request.post(`${server.baseUrl}/api/v1${path}`, { headers, data });
      expect(res.status(), await res.text()).toBeLessThan(300);
      return res.json();
    };
    const ana = await post('/resources', { kind: 'person', name: 'Ana Busy', skills: [] });
    const portfolio = await post('/portfolios', { name: 'Capacity', description: '', ownerId: null });
    const monday = thisMonday();
    for (const [name, task, units] of [['Website', 'Build pages', 100], ['Warehouse', 'Review design', 50]] as const) {
      const project = await post('/projects', { name, portfolioId: portfolio.id, plannedStart: monday, status: 'active' });
      const change = await post(`/projects/${project.id}/schedule/tasks`, { name: task, durationMinutes: 5 * 480 });
      const taskId = change.schedule.tasks.find((t: { name: string }) => t.name === task).id;
      await post(`/projects/${project.id}/schedule/tasks/${taskId}/assignments`, { resourceId: ana.id, units });
    }
    await page.reload();

    const heatMap = page.getByRole('table', { name: 'Capacity heat map' });
    const cell = heatMap.getByRole('button', { name: /^Ana Busy \(RES-\d+\), .*: 150 % over \(60 of 40 hours\)$/ });
    await visible(cell);
    expect(await cell.evaluate((el) => el.closest('td')?.getAttribute('data-band'))).toBe('over');
    await visible(page.getByLabel('Legend').getByText('Over 100 % (over-allocated)'));

    await cell.click();
    const drawer = page.getByRole('dialog', { name: /Ana Busy/ });
    const work = drawer.getByRole('table', { name: /^Work of Ana Busy/ });
    await visible(work);
    expect(await work.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim())))).toEqual([
      [expect.stringMatching(/^PRJ-\d+ Website$/), 'Build pages', '40'],
      [expect.stringMatching(/^PRJ-\d+ Warehouse$/), 'Review design', '20'],
    ]);
    await visible(drawer.getByText('over-allocated by 20 h'));
    await visible(drawer.getByRole('img', { name: /Ana Busy.*: hours of work and hours available per week/ }));
    await drawer.getByRole('link', { name: /Website/ }).click();
    await page.waitForURL(/\/projects\/[^/]+\/schedule$/);
  });
});
