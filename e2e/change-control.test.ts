// Change control in a real browser against a real server: the project's manager raises a change
// request that adds a task between two tasks of the plan, sees its impact (the project finishes
// later; the task after it moves), and submits it; the PMO, on the change board, approves it from
// its queue; the manager applies it; the schedule then has the new task and baseline 1 is saved.
//
// Uses the built web app in dist/web (see project-register.test.ts). Needs /usr/bin/chromium.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, visible, type TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { answer, csrfHeaders, signInAs as signInAsUser } from './support/session.ts';

const PMO: TestAccount = { email: 'pat.pmo@example.com', name: 'Pat Planner', role: 'pmo', password: 'e2e-password-2026' };
const MANAGER: TestAccount = { email: 'max.manager@example.com', name: 'Max Manager', role: 'member', password: 'e2e-password-2026' };
const SCREENSHOTS = join(tmpdir(), 'orrery-e2e-screenshots');
const NEW_TASK = 'Security review';

describe('change control (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;
  let projectId = '';
  let changePath = '';

  const api = (path: string) => `${server.baseUrl}/api/v1${path}`;
  const signInAs = (account: TestAccount, path: string) => signInAsUser(browser.page, server.baseUrl, account, path);
  const status = (label: string) => visible(browser.page.locator('h1').locator('..').getByText(label, { exact: true }));

  beforeAll(async () => ({ server, browser } = await openSuite([PMO, MANAGER])));
  afterAll(() => closeSuite({ server, browser }));

  it('sets up a project with a two-task plan, managed by Max', async () => {
    const { page } = browser;
    await signInAs(PMO, '/');
    const headers = await csrfHeaders(page, server.baseUrl);
    const people = (await (await page.request.get(api('/people'))).json()) as { items: Array<{ id: string; name: string }> };
    const managerId = people.items.find((p) => p.name === MANAGER.name)!.id;
    const portfolio = (await (await page.request.post(api('/portfolios'), { headers, data: { name: 'Digital' } })).json()) as { id: string };
    const project = await page.request.post(api('/projects'), { headers, data: { name: 'Customer Portal', portfolioId: portfolio.id, managerId, plannedStart: '2030-03-04' } });
    expect(project.status()).toBe(201);
    projectId = ((await project.json()) as { id: string }).id;
    const task = async (name: string, days: number) => {
      const created = await page.request.post(api(`/projects/${projectId}/schedule/tasks`), { headers, data: { name, durationMinutes: days * 480 } });
      expect(created.status()).toBe(201);
      return ((await created.json()) as { schedule: { tasks: Array<{ id: string; name: string }> } }).schedule.tasks.find((t) => t.name === name)!.id;
    };
    const design = await task('Design', 5);
    const build = await task('Build', 10);
    const link = await page.request.post(api(`/projects/${projectId}/schedule/links`), { headers, data: { predecessorId: design, successorId: build } });
    expect(link.status()).toBe(201);
  });

  it('lets the manager draft a change adding a task, see its impact and submit it', async () => {
    const { page } = browser;
    await signInAs(MANAGER, `/projects/${projectId}`);
    await page.getByRole('link', { name: 'Changes' }).click();
    await page.waitForURL((url) => url.pathname === `/projects/${projectId}/changes`);
    await visible(page.getByRole('table', { name: 'Change requests' }).getByText('No change requests yet.'));
    await page.getByRole('button', { name: 'New change request' }).click();
    const form = page.getByRole('dialog', { name: 'New change request' });
    await form.getByRole('textbox', { name: 'Title' }).fill('Add a security review before the build');
    await form.getByRole('textbox', { name: 'Reason' }).fill('The security officer asked for a design review.');
    await form.getByRole('textbox', { name: 'Cost impact' }).fill('4500');
    const created = await answer(page, 'POST', /\/change-requests$/, () => form.getByRole('button', { name: 'Raise change request' }).click());
    expect(created.status()).toBe(201);
    await page.waitForURL((url) => url.pathname.startsWith('/change-requests/'));
    changePath = new URL(page.url()).pathname;
    await status('Draft');

    await page.getByRole('button', { name: 'Propose an edit' }).click();
    const edit = page.getByRole('form', { name: 'Propose a schedule edit' });
    await edit.getByRole('textbox', { name: 'Task name' }).fill(NEW_TASK);
    await edit.getByRole('textbox', { name: 'Duration (days)' }).fill('3');
    await choose(page, 'After task', 'Design');
    await choose(page, 'Before task', 'Build');
    const [saved, impact] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'PATCH' && /\/change-requests\/[^/]+$/.test(new URL(r.url()).pathname)),
      page.waitForResponse((r) => r.request().method() === 'GET' && /\/impact$/.test(new URL(r.url()).pathname) && r.ok()),
      edit.getByRole('button', { name: 'Add edit' }).click(),
    ]);
    expect(saved.status()).toBe(200);
    expect(saved.request().headers()['if-match']).toBe('"1"');
    await visible(page.getByRole('table', { name: 'Schedule edits' }).getByText(`Add task (3 days) ‘${NEW_TASK}’ after ‘Design’ and before ‘Build’`));

    const whatIf = (await impact.json()) as { projectFinishBefore: string; projectFinishAfter: string; moved: Array<{ name: string }> };
    expect(whatIf.projectFinishAfter > whatIf.projectFinishBefore).toBe(true);
    const panel = page.getByRole('region', { name: 'Impact' });
    await visible(panel.getByTestId('impact-delta').getByText('+3 working days'));
    await visible(panel.getByRole('table', { name: 'Tasks that move' }).getByText('Build', { exact: true }));
    await visible(panel.getByRole('table', { name: 'Tasks added' }).getByText(NEW_TASK));
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'change-request.png'), fullPage: true });

    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Submit to the change board' });
    await dialog.getByRole('textbox', { name: 'Comment' }).fill('Ready for the board.');
    const submitted = await answer(page, 'POST', /\/submit$/, () => dialog.getByRole('button', { name: 'Submit' }).click());
    expect(submitted.status()).toBe(200);
    await dialog.waitFor({ state: 'hidden' });
    await status('Submitted');
    await visible(page.getByRole('table', { name: 'Change history' }).getByText('“Ready for the board.”'));
  });

  it('lets the PMO approve it from the change board queue', async () => {
    const { page } = browser;
    await signInAs(PMO, '/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Change board' }).click();
    const queue = page.getByRole('table', { name: 'Awaiting my decision' });
    await queue.getByRole('link', { name: 'Add a security review before the build' }).click();
    await page.waitForURL((url) => url.pathname === changePath);
    await page.getByRole('button', { name: 'Decide' }).click();
    const dialog = page.getByRole('dialog', { name: 'The change board’s decision' });
    await dialog.getByRole('textbox', { name: 'Comment' }).fill('Worth three days.');
    const decided = await answer(page, 'POST', /\/decision$/, () => dialog.getByRole('button', { name: 'Record decision' }).click());
    expect(decided.status()).toBe(200);
    expect(decided.request().postDataJSON()).toEqual({ decision: 'approved', comment: 'Worth three days.' });
    await dialog.waitFor({ state: 'hidden' });
    await status('Approved');
    await visible(page.getByText(`Approved by ${PMO.name}`));
  });

  it('lets the manager apply it: the plan gets the task and baseline 1 is saved', async () => {
    const { page } = browser;
    await signInAs(MANAGER, changePath);
    await page.getByRole('button', { name: 'Apply' }).click();
    const dialog = page.getByRole('dialog', { name: 'Apply to the plan' });
    const applied = await answer(page, 'POST', /\/apply$/, () => dialog.getByRole('button', { name: 'Apply to the plan' }).click());
    expect(applied.status()).toBe(200);
    await dialog.waitFor({ state: 'hidden' });
    await status('Applied');
    await visible(page.getByRole('status').filter({ hasText: 'Applied: baseline 1 saved' }));

    await page.getByRole('link', { name: 'Schedule', exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/projects/${projectId}/schedule`);
    await visible(page.getByRole('table', { name: 'Tasks' }).getByRole('textbox', { name: `Name of ${NEW_TASK}` }));
    const baselines = (await (await page.request.get(api(`/projects/${projectId}/schedule/baselines`))).json()) as { items: Array<{ number: number }> };
    expect(baselines.items.map((b) => b.number)).toContain(1);
    expect(browser.pageErrors).toEqual([]);
  });
});
