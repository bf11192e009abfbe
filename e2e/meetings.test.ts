// Meeting minutes in scribe mode, in a real browser against a real server. The PMO sets up a
// project (API), opens its meetings from the project page, plans a meeting and opens it, types
// minutes with a DECISION line and an ACTION line (owned by the PMO), and sees the autosave report
// both captured. The captured action opens in the RAID log's Actions tab, where its source is the
// meeting (MTG-…). Back in the minutes, more typing saves again without a second decision or action.
//
// Uses the built web app in dist/web (see project-register.test.ts). Needs /usr/bin/chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visible, type TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { answer, csrfHeaders, signIn } from './support/session.ts';

const PMO: TestAccount = { email: 'pat.pmo@example.com', name: 'Pat Planner', role: 'pmo', password: 'e2e-password-2026' };
const DECISION = 'Move the servers in two waves';
const ACTION = 'Book the removal van';
const SAVED_ONE_EACH = 'Saved · 1 decision, 1 action captured';

describe('meeting minutes in scribe mode (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;
  let projectId = '';
  let meetingPath = '';
  let meetingCode = '';

  const api = (path: string) => `${server.baseUrl}/api/v1${path}`;
  const saveStatus = (text: string) => visible(browser.page.getByTestId('save-status').filter({ hasText: text }));
  const minutes = () => browser.page.getByRole('textbox', { name: 'Minutes' });

  beforeAll(async () => ({ server, browser } = await openSuite([PMO])));
  afterAll(() => closeSuite({ server, browser }));

  it('plans a meeting from the project’s meetings page and opens it', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/login?redirect=%2F`);
    await signIn(page, PMO, '/');
    const headers = await csrfHeaders(page, server.baseUrl);
    const portfolio = (await (await page.request.post(api('/portfolios'), { headers, data: { name: 'Infrastructure' } })).json()) as { id: string };
    const project = await page.request.post(api('/projects'), { headers, data: { name: 'Data Centre Exit', portfolioId: portfolio.id, status: 'active' } });
    expect(project.status()).toBe(201);
    ({ id: projectId } = (await project.json()) as { id: string });

    await page.goto(`${server.baseUrl}/projects/${projectId}`);
    await page.getByRole('main').getByRole('link', { name: 'Meetings', exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/projects/${projectId}/meetings`);
    await visible(page.getByText('No meetings yet.'));
    await page.getByRole('button', { name: 'Plan a meeting' }).click();
    const form = page.getByRole('region', { name: 'Plan a meeting' });
    await form.getByRole('textbox', { name: 'Title' }).fill('Migration board');
    await form.getByRole('combobox', { name: 'Type' }).selectOption('project_board');
    await form.getByLabel('Start').fill('2026-12-01T10:00');
    await form.getByLabel('End').fill('2026-12-01T11:00');
    const created = await answer(page, 'POST', new RegExp(`/projects/${projectId}/meetings$`), () => form.getByRole('button', { name: 'Plan meeting' }).click());
    expect(created.status()).toBe(201);
    meetingCode = ((await created.json()) as { code: string }).code;
    expect(meetingCode).toMatch(/^MTG-/);
    await page.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
    meetingPath = new URL(page.url()).pathname;
    await visible(page.getByText('Migration board'));
    await visible(page.getByRole('region', { name: 'Cheat sheet' }));
  });

  it('autosaves the minutes and captures the decision and the action', async () => {
    const { page } = browser;
    const saved = answer(page, 'PATCH', /\/api\/v1\/meetings\/[^/]+$/, async () => {
      await minutes().fill(`## Notes\nDECISION: ${DECISION}\nACTION @${PMO.email} due 2026-12-15: ${ACTION}\n`);
    });
    const response = await saved;
    expect(response.status()).toBe(200);
    expect(response.request().headers()['if-match']).toBe('"1"');
    await saveStatus(SAVED_ONE_EACH);
    const captured = page.getByRole('region', { name: 'Captured' });
    await visible(captured.getByText(DECISION));
    await visible(captured.getByText(ACTION));
    await visible(captured.getByRole('link', { name: /^DEC-/ }));
    await visible(captured.getByRole('link', { name: /^ACT-/ }));
  });

  it('opens the captured action in the RAID log, whose source is the meeting', async () => {
    const { page } = browser;
    await page.getByRole('region', { name: 'Captured' }).getByRole('link', { name: /^ACT-/ }).click();
    await page.waitForURL((url) => url.pathname === `/projects/${projectId}/raid` && url.searchParams.get('tab') === 'actions');
    await visible(page.getByRole('dialog'));
    await page.keyboard.press('Escape');
    const row = page.getByRole('table', { name: 'Actions' }).locator('tbody tr').filter({ hasText: ACTION });
    await visible(row.getByText(new RegExp(meetingCode)));
    expect(await page.getByRole('table', { name: 'Actions' }).locator('tbody tr').filter({ hasText: ACTION }).count()).toBe(1);
  });

  it('saves more typing without making a second decision or action', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}${meetingPath}`);
    await visible(minutes());
    await minutes().click();
    await page.keyboard.press('Control+End');
    const saved = await answer(page, 'PATCH', /\/api\/v1\/meetings\/[^/]+$/, () => minutes().pressSequentially('Van booked for the first wave.', { delay: 20 }));
    expect(saved.status()).toBe(200);
    await saveStatus(SAVED_ONE_EACH);
    expect(await minutes().inputValue()).toContain('Van booked for the first wave.');
    const captured = page.getByRole('region', { name: 'Captured' });
    expect(await captured.getByRole('link', { name: /^DEC-/ }).count()).toBe(1);
    expect(await captured.getByRole('link', { name: /^ACT-/ }).count()).toBe(1);
    const meeting = (await (await page.request.get(api(meetingPath))).json()) as { capturedCount: { decisions: number; actions: number }; minutes: string };
    expect(meeting.capturedCount).toEqual({ decisions: 1, actions: 1 });
    expect(meeting.minutes).toContain('Van booked for the first wave.');
    const actions = (await (await page.request.get(api(`/actions?projectId=${projectId}`))).json()) as { items: unknown[] };
    expect(actions.items).toHaveLength(1);
    expect(browser.pageErrors).toEqual([]);
  });
});
