// Notifications in a real browser against a real server. The PMO assigns an action to a project
// manager (API). The manager signs in: the bell shows it unread; opening it from the bell goes to
// the RAID log's Actions tab with the action's dialog open, and the bell no longer counts it. On the
// notifications page the manager turns mentions off by e-mail, and the choice stays after a reload.
//
// Uses the built web app in dist/web (see project-register.test.ts). Needs /usr/bin/chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visible, type TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { csrfHeaders, signIn } from './support/session.ts';

const PMO: TestAccount = { email: 'pat.pmo@example.com', name: 'Pat Planner', role: 'pmo', password: 'e2e-password-2026' };
const MANAGER: TestAccount = { email: 'max.manager@example.com', name: 'Max Manager', role: 'member', password: 'e2e-password-2026' };
const ACTION = 'Confirm the crane booking';

describe('notifications (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;
  let projectId = '';
  let actionId = '';
  let actionCode = '';

  const api = (path: string) => `${server.baseUrl}/api/v1${path}`;

  beforeAll(async () => ({ server, browser } = await openSuite([PMO, MANAGER])));
  afterAll(() => closeSuite({ server, browser }));

  it('the PMO assigns an action to the project’s manager', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/login?redirect=%2F`);
    await signIn(page, PMO, '/');
    const headers = await csrfHeaders(page, server.baseUrl);
    const people = (await (await page.request.get(api('/people?q=max'))).json()) as { items: Array<{ id: string }> };
    const portfolio = (await (await page.request.post(api('/portfolios'), { headers, data: { name: 'Estates' } })).json()) as { id: string };
    const project = await page.request.post(api('/projects'), { headers, data: { name: 'Depot Move', portfolioId: portfolio.id, status: 'active', managerId: people.items[0]!.id } });
    expect(project.status()).toBe(201);
    ({ id: projectId } = (await project.json()) as { id: string });
    const action = await page.request.post(api(`/projects/${projectId}/actions`), { headers, data: { title: ACTION, ownerId: people.items[0]!.id, dueDate: '2027-03-01' } });
    expect(action.status()).toBe(201);
    ({ id: actionId, code: actionCode } = (await action.json()) as { id: string; code: string });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
  });

  it('the manager sees it on the bell and opens it where it leads', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/login?redirect=%2F`);
    await signIn(page, MANAGER, '/');
    const bell = page.getByRole('button', { name: /^Notifications: \d+ unread$/ });
    await visible(bell);
    const unreadBefore = Number(/(\d+) unread/.exec((await bell.getAttribute('aria-label')) ?? '')![1]);
    await bell.click();
    const note = page.getByTestId('notification').filter({ hasText: `Action ${actionCode}` });
    await visible(note);
    await expect.poll(() => note.textContent()).toContain(`Pat Planner assigned you “${ACTION}”, due 2027-03-01.`);
    await note.click();
    await page.waitForURL((url) => url.pathname === `/projects/${projectId}/raid` && url.searchParams.get('open') === actionId);
    await visible(page.getByRole('dialog', { name: new RegExp(actionCode) }));
    const after = unreadBefore - 1;
    await visible(page.getByRole('button', { name: after === 0 ? 'Notifications: none unread' : `Notifications: ${after} unread` }));
  });

  it('keeps the manager’s choice of e-mail per kind', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/notifications`);
    await visible(page.getByText('This Orrery sends no e-mail yet'));
    const mention = page.getByRole('switch', { name: 'Mention' });
    await visible(mention);
    expect(await mention.isChecked()).toBe(true);
    await mention.click({ force: true });
    await expect.poll(() => mention.isChecked()).toBe(false);
    await page.reload();
    await visible(page.getByRole('switch', { name: 'Mention' }));
    await expect.poll(() => page.getByRole('switch', { name: 'Mention' }).isChecked()).toBe(false);
    await page.locator('label').filter({ hasText: /^All$/ }).click();
    await visible(page.getByTestId('notification').filter({ hasText: `Action ${actionCode}` }));
  });
});
