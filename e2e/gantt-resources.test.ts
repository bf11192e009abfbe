// A task's resources on the Gantt, and asking the PMO for a person, in a real browser against a real
// server. The PMO builds a project managed by Max with three tasks: Frame has Carla (a carpenter)
// at 50 %, Roof and Stairs a generic Carpenter role at 100 %. Max opens the schedule and reads
// "Carla Carpenter [50 %]" to the right of Frame's bar and "Carpenter" to the right of Roof's;
// from Roof's resources dialog he asks for a person who knows carpentry at half time, and the role
// shows "requested". The PMO finds the request on the Resource requests page with what Max asked.
// On Stairs, a colleague's request sent while Max's form is open makes the server refuse his: the
// dialog says why and shows the colleague's request.
//
// Uses the built web app in dist/web (`npm run build:web` first). Needs /usr/bin/chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, visible, type TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { answer, apiWriter, signInAs } from './support/session.ts';

const PMO: TestAccount = { email: 'pat.pmo@example.com', name: 'Pat Planner', role: 'pmo', password: 'e2e-password-2026' };
const MANAGER: TestAccount = { email: 'max.manager@example.com', name: 'Max Manager', role: 'member', password: 'e2e-password-2026' };

describe('resources on the Gantt and requests for people (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;
  let projectId = '';
  const taskIds: Record<string, string> = {};
  const roleAssignments: Record<string, string> = {};

  const openSchedule = async () => {
    await signInAs(browser.page, server.baseUrl, MANAGER, `/projects/${projectId}/schedule`);
    await visible(browser.page.getByRole('heading', { name: /Schedule/, level: 1 }));
  };
  const resourcesDialog = async (task: string) => {
    const { page } = browser;
    await page.locator(`tr[data-task-row="${task}"]`).getByRole('button', { name: `Resources of ${task}` }).click();
    const dialog = page.getByRole('dialog', { name: `Resources of “${task}”` });
    await visible(dialog.getByRole('table', { name: 'Assigned resources' }));
    return dialog;
  };

  beforeAll(async () => ({ server, browser } = await openSuite([PMO, MANAGER])));
  afterAll(() => closeSuite({ server, browser }));

  it('builds a project managed by Max with a carpenter on Frame and a Carpenter role on Roof and Stairs (as the PMO, through the API)', async () => {
    const { page } = browser;
    await signInAs(page, server.baseUrl, PMO, '/');
    const write = await apiWriter(page, server.baseUrl);
    const people = (await (await page.request.get(`${server.baseUrl}/api/v1/people`)).json()) as { items: Array<{ id: string; name: string }> };
    const managerId = people.items.find((p) => p.name === MANAGER.name)!.id;
    const portfolio = await write('post', '/portfolios', { name: 'Houses' }, 201);
    projectId = (await write('post', '/projects', { name: 'Timber house', portfolioId: portfolio.id, managerId, status: 'active', plannedStart: '2027-03-01' }, 201)).id as string;
    for (const [name, days] of [['Frame', 5], ['Roof', 3], ['Stairs', 2]] as const) {
      const change = (await write('post', `/projects/${projectId}/schedule/tasks`, { name, durationMinutes: days * 480 }, 201)) as { schedule: { tasks: Array<{ id: string; name: string }> } };
      taskIds[name] = change.schedule.tasks.find((t) => t.name === name)!.id;
    }
    const carla = await write('post', '/resources', { kind: 'person', name: 'Carla Carpenter', skills: [{ skill: 'Carpentry', proficiency: 4 }] }, 201);
    const role = await write('post', '/resources', { kind: 'role', name: 'Carpenter', headcount: 2 }, 201);
    await write('post', `/projects/${projectId}/schedule/tasks/${taskIds.Frame}/assignments`, { resourceId: carla.id, units: 50 }, 201);
    for (const task of ['Roof', 'Stairs']) {
      roleAssignments[task] = (await write('post', `/projects/${projectId}/schedule/tasks/${taskIds[task]}/assignments`, { resourceId: role.id, units: 100 }, 201)).id as string;
    }
  });

  it('writes each task’s resources to the right of its bar, with units only when not 100 %', async () => {
    const { page } = browser;
    await openSchedule();
    const bar = (task: string) => page.locator('.orrery-gantt .wx-bar', { has: page.getByText(task, { exact: true }) });
    await visible(bar('Frame').getByTestId('bar-resources'));
    expect(await bar('Frame').getByTestId('bar-resources').textContent()).toBe('Carla Carpenter [50 %]');
    expect(await bar('Roof').getByTestId('bar-resources').textContent()).toBe('Carpenter');
    const barBox = (await bar('Frame').boundingBox())!;
    const labelBox = (await bar('Frame').getByTestId('bar-resources').boundingBox())!;
    expect(labelBox.x).toBeGreaterThanOrEqual(barBox.x + barBox.width);
    expect(Math.abs(labelBox.y + labelBox.height / 2 - (barBox.y + barBox.height / 2))).toBeLessThan(3);
  });

  it('lets Max ask for a person with carpentry at half time from Roof’s dialog; the role then shows “requested”', async () => {
    const { page } = browser;
    const dialog = await resourcesDialog('Roof');
    await dialog.getByRole('button', { name: 'Request a person for Carpenter' }).click();
    const form = dialog.getByRole('form', { name: 'Request a person for Carpenter' });
    expect(await form.getByLabel('Units (%)').inputValue()).toBe('100');
    expect(await form.getByLabel('From').inputValue()).toBe('2027-03-01');
    expect(await form.getByLabel('To').inputValue()).toBe('2027-03-03');
    await form.getByLabel('Skill').fill('Carpentry');
    await page.keyboard.press('Escape');
    await choose(page, 'At least', '3 – practitioner');
    await form.getByLabel('Units (%)').fill('50');
    await form.getByLabel('Note for the PMO').fill('Someone who has built roofs before');
    const sent = await answer(page, 'POST', /\/assignments\/[^/]+\/requests$/, () => form.getByRole('button', { name: 'Send request' }).click());
    expect(sent.status()).toBe(201);
    expect(sent.request().postDataJSON()).toEqual({ skill: 'Carpentry', minProficiency: 3, units: 50, from: '2027-03-01', to: '2027-03-03', note: 'Someone who has built roofs before' });
    const row = dialog.locator('tr[data-assignment="Carpenter"]');
    await visible(row.getByText('requested'));
    expect(await row.getByRole('button', { name: 'Request a person for Carpenter' }).count()).toBe(0);
    await page.keyboard.press('Escape');
  });

  it('says why when the server refuses a request (a colleague asked first)', async () => {
    const { page } = browser;
    const dialog = await resourcesDialog('Stairs');
    await dialog.getByRole('button', { name: 'Request a person for Carpenter' }).click();
    const form = dialog.getByRole('form', { name: 'Request a person for Carpenter' });
    const write = await apiWriter(page, server.baseUrl);
    await write('post', `/projects/${projectId}/schedule/tasks/${taskIds.Stairs}/assignments/${roleAssignments.Stairs}/requests`, { note: 'Asked by phone' }, 201);
    const refused = await answer(page, 'POST', /\/assignments\/[^/]+\/requests$/, () => form.getByRole('button', { name: 'Send request' }).click());
    expect(refused.status()).toBe(422);
    const alert = form.getByRole('alert');
    await visible(alert.getByText('The request was not sent'));
    expect(await alert.textContent()).toContain('already open');
    await visible(dialog.locator('tr[data-assignment="Carpenter"]').getByText('requested'));
    await page.keyboard.press('Escape');
  });

  it('shows the PMO Max’s request on the Resource requests page', async () => {
    const { page } = browser;
    await signInAs(page, server.baseUrl, PMO, '/resource-requests');
    await visible(page.getByRole('heading', { name: 'Resource requests', level: 1 }));
    const card = page.getByLabel('Request for Carpenter on Roof');
    await visible(card);
    const text = await card.textContent();
    expect(text).toContain('Timber house · Roof');
    expect(text).toContain('Carpentry at 3/5 or better');
    expect(text).toContain('50 %, 2027-03-01 – 2027-03-03');
    expect(text).toContain('Max Manager: Someone who has built roofs before');
    expect(browser.pageErrors).toEqual([]);
  });
});
