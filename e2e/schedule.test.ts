// A project's schedule in a real browser against a real server: add three tasks, link them into a
// chain, see SVAR Gantt draw the bars, links and the critical path, change a duration and see the
// finish move, be refused a dependency loop, save a baseline, import an MS Project XML file, and
// see that the page asks nothing of any other host (SVAR's CDN fonts stay off).
//
// Uses the built web app in dist/web (see project-register.test.ts). Needs /usr/bin/chromium.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, launchBrowser, visible, type TestBrowser } from './support/browser.ts';
import { ensureWebBuilt, startOrrery, type OrreryServer, type TestAccount } from './support/orrery-server.ts';

const PMO: TestAccount = { email: 'pat.pmo@example.com', name: 'Pat Planner', role: 'pmo', password: 'e2e-password-2026' };
const EXEC: TestAccount = { email: 'eve.exec@example.com', name: 'Eve Executive', role: 'executive', password: 'e2e-password-2026' };
const SCREENSHOTS = join(tmpdir(), 'orrery-e2e-screenshots');

// A small MS Project XML plan: a summary task over a chain of three tasks, Standard week (8–12, 13–17).
const workDay = (d: number) =>
  `<WeekDay><DayType>${d}</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>`;
const weekend = (d: number) => `<WeekDay><DayType>${d}</DayType><DayWorking>0</DayWorking></WeekDay>`;
const mspdiTask = (uid: number, name: string, level: number, hours: number, predecessor?: number) =>
  `<Task><UID>${uid}</UID><ID>${uid}</ID><Name>${name}</Name><OutlineLevel>${level}</OutlineLevel><Duration>PT${hours}H0M0S</Duration><DurationFormat>7</DurationFormat>` +
  (predecessor ? `<PredecessorLink><PredecessorUID>${predecessor}</PredecessorUID><Type>1</Type><LinkLag>0</LinkLag><LagFormat>7</LagFormat></PredecessorLink>` : '') +
  `</Task>`;
const MSPDI = `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
<Name>Foundations</Name><StartDate>2026-03-02T08:00:00</StartDate><ScheduleFromStart>1</ScheduleFromStart><CalendarUID>1</CalendarUID>
<MinutesPerDay>480</MinutesPerDay><MinutesPerWeek>2400</MinutesPerWeek><DaysPerMonth>20</DaysPerMonth>
<Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><WeekDays>${weekend(1)}${workDay(2)}${workDay(3)}${workDay(4)}${workDay(5)}${workDay(6)}${weekend(7)}</WeekDays></Calendar></Calendars>
<Tasks>${mspdiTask(1, 'Foundations phase', 1, 0)}${mspdiTask(2, 'Dig trenches', 2, 16)}${mspdiTask(3, 'Pour concrete', 2, 8, 2)}${mspdiTask(4, 'Let it cure', 2, 32, 3)}</Tasks>
</Project>`;

describe('project schedule (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;
  let schedulePath = '';
  const foreignRequests: string[] = [];

  const signIn = async (account: TestAccount, path: string) => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/login?redirect=${encodeURIComponent(path)}`);
    await page.getByLabel('E-mail').fill(account.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === path);
  };

  const tasks = () => browser.page.getByRole('table', { name: 'Tasks' });
  const notice = () => browser.page.getByRole('status').filter({ hasText: /moved|Imported|Baseline saved/ });
  const projectFinish = () => browser.page.getByTestId('project-finish');
  const barWidth = (name: string) =>
    browser.page.locator('.orrery-gantt .wx-bar', { has: browser.page.getByText(name, { exact: true }) }).evaluate((el) => (el as HTMLElement).getBoundingClientRect().width);

  const addTask = async (name: string, days: number) => {
    const { page } = browser;
    await page.getByLabel('New task').fill(name);
    await page.getByLabel('Duration (days)').fill(String(days));
    await page.getByRole('button', { name: 'Add task' }).click();
    await visible(tasks().getByRole('textbox', { name: `Name of ${name}` }));
  };

  const link = async (successor: string, predecessor: string) => {
    const { page } = browser;
    await tasks().getByRole('button', { name: `Links of ${successor}` }).click();
    const dialog = page.getByRole('dialog', { name: `Predecessors of ${successor}` });
    await visible(dialog);
    await choose(page, 'Predecessor', new RegExp(predecessor));
    await dialog.getByRole('button', { name: 'Add link' }).click();
    await visible(dialog.getByRole('table', { name: 'Predecessors' }).getByText(predecessor, { exact: false }));
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  };

  beforeAll(async () => {
    await ensureWebBuilt();
    server = await startOrrery([PMO, EXEC]);
    browser = await launchBrowser();
    browser.page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(server.baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
    });
    // A fetch the server's Content-Security-Policy blocks never becomes a request: catch it here.
    browser.page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|cdn\./i.test(message.text())) foreignRequests.push(message.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens an empty schedule from the project page', async () => {
    const { page } = browser;
    await signIn(PMO, '/');
    // Set the project up through the API, as another tool would.
    const me = (await (await page.request.get(`${server.baseUrl}/api/v1/auth/me`)).json()) as { csrfToken: string };
    const headers = { 'X-CSRF-Token': me.csrfToken };
    const portfolio = await page.request.post(`${server.baseUrl}/api/v1/portfolios`, { headers, data: { name: 'Operations' } });
    expect(portfolio.status()).toBe(201);
    const { id: portfolioId } = (await portfolio.json()) as { id: string };
    const project = await page.request.post(`${server.baseUrl}/api/v1/projects`, { headers, data: { name: 'Warehouse Move', portfolioId, plannedStart: '2026-03-02' } });
    expect(project.status()).toBe(201);
    const { id: projectId } = (await project.json()) as { id: string };
    schedulePath = `/projects/${projectId}/schedule`;

    await page.goto(`${server.baseUrl}/projects/${projectId}`);
    await page.getByRole('link', { name: 'Schedule' }).click();
    await page.waitForURL((url) => url.pathname === schedulePath);
    await visible(page.getByRole('heading', { name: /Schedule/ }));
    await visible(page.getByText('No tasks yet.'));
  });

  it('adds three tasks, links them into a chain and draws the Gantt with its critical path', async () => {
    const { page } = browser;
    await addTask('Design', 2);
    await addTask('Build', 3);
    await addTask('Test', 1);
    await link('Build', 'Design');
    await link('Test', 'Build');

    // The grid: the chain runs Mon 2 Mar 08:00 → Mon 9 Mar 17:00 on the standard week.
    expect(await tasks().locator('tr[data-task-row="Test"] td').nth(5).textContent()).toBe('2');
    expect(await tasks().locator('tr[data-task-row="Build"] td').nth(5).textContent()).toBe('1');
    expect(await projectFinish().textContent()).toBe('Mon, 9 Mar 26, 17:00');

    // The chart: three bars, two link arrows, every bar on the critical path (red).
    const bars = page.locator('.orrery-gantt .wx-bar');
    await visible(bars);
    expect(await bars.count()).toBe(3);
    expect(await page.locator('.orrery-gantt .wx-links .wx-line').count()).toBe(2);
    expect(await page.locator('.orrery-gantt .wx-bar [data-critical]').count()).toBe(3);
    const red = await page.locator('.orrery-gantt .wx-bar', { has: page.getByText('Build', { exact: true }) }).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(red).toMatch(/^rgb\((2[0-9]{2}), (\d+), (\d+)\)$/);
    expect(await tasks().locator('tr[data-critical]').count()).toBe(3);
  });

  it('refuses a link that would make a loop, naming it', async () => {
    const { page } = browser;
    await tasks().getByRole('button', { name: 'Links of Design' }).click();
    const dialog = page.getByRole('dialog', { name: 'Predecessors of Design' });
    await choose(page, 'Predecessor', /Test/);
    await dialog.getByRole('button', { name: 'Add link' }).click();
    const alert = dialog.getByRole('alert').filter({ hasText: 'This link would make a loop' });
    await visible(alert);
    expect(await alert.textContent()).toMatch(/Design|Test|Build/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('saves a baseline, changes a duration, and sees the finish move and the baseline stay', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Save baseline' }).click();
    await visible(page.getByRole('button', { name: 'Update baseline' }));
    await page.locator('.orrery-gantt .orrery-baseline').first().waitFor();
    expect(await page.locator('.orrery-gantt .orrery-baseline').count()).toBe(3);

    const before = await barWidth('Build');
    const duration = tasks().getByRole('textbox', { name: 'Duration of Build in days' });
    await duration.fill('5');
    await duration.press('Enter');
    await visible(notice().filter({ hasText: /2 tasks moved: Build, Test/ }));
    await page.waitForFunction(() => document.querySelector('[data-testid="project-finish"]')?.textContent === 'Wed, 11 Mar 26, 17:00');
    expect(await barWidth('Build')).toBeGreaterThan(before);
    await visible(tasks().getByText('2d', { exact: true })); // Test finishes 2 days after its baseline
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'schedule-chain.png'), fullPage: true });
  });

  it('imports an MS Project XML file and shows its outline', async () => {
    const { page } = browser;
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import MS Project file' }).click();
    await (await chooser).setFiles({ name: 'foundations.xml', mimeType: 'application/xml', buffer: Buffer.from(MSPDI) });
    await page.getByRole('dialog', { name: 'Replace the schedule?' }).getByRole('button', { name: 'Replace' }).click();
    await visible(notice().filter({ hasText: 'Imported 4 tasks from foundations.xml' }));
    for (const name of ['Foundations phase', 'Dig trenches', 'Pour concrete', 'Let it cure']) {
      await visible(tasks().getByRole('textbox', { name: `Name of ${name}` }));
    }
    expect(await tasks().getByRole('textbox', { name: 'Name of Design' }).count()).toBe(0);
    await visible(page.locator('.orrery-gantt .wx-bar.wx-summary'));
    expect(await page.locator('.orrery-gantt .wx-bar').count()).toBe(4);
    expect(await projectFinish().textContent()).toBe('Tue, 10 Mar 26, 17:00') // Dig Mon–Tue, Pour Wed, Cure Thu–Tue;

    const file = join(SCREENSHOTS, 'schedule.png');
    await page.screenshot({ path: file, fullPage: true });
    console.log(`Screenshot of the schedule: ${file}`);

    const exported = await page.request.get(`${server.baseUrl}/api/v1${schedulePath}/export`);
    expect(exported.status()).toBe(200);
    expect(await exported.text()).toContain('Pour concrete');
    expect(browser.pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    // No web font was even tried: SVAR's CDN faces are declared by its CSS but never used.
    expect(await page.evaluate(() => [...document.fonts].filter((f) => f.status !== 'unloaded').map((f) => f.family))).toEqual([]);
  });

  it('shows the schedule to an executive without the editing actions', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login/);
    await signIn(EXEC, schedulePath);
    await visible(tasks().getByText('Pour concrete', { exact: true }));
    await visible(page.locator('.orrery-gantt .wx-bar').first());
    for (const action of ['Add task', 'Save baseline', 'Update baseline', 'Import MS Project file']) {
      expect(await page.getByRole('button', { name: action }).count()).toBe(0);
    }
    expect(await tasks().getByRole('textbox').count()).toBe(0);
    await visible(page.getByRole('link', { name: 'Export' }));
    expect(browser.pageErrors).toEqual([]);
  });
});
