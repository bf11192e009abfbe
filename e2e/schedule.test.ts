// A project's schedule in a real browser against a real server: add three tasks, link them into a
// chain, see SVAR Gantt draw the bars, links and the critical path, change a duration and see the
// finish move, be refused a dependency loop, save a baseline, edit the plan in the Gantt (drag a
// bar, drag its end, draw and delete links, zoom), import an MS Project XML file, schedule it back
// from a finish date in the settings, give its calendar a day off, and see that the page asks
// nothing of any other host (SVAR's CDN fonts stay off).
//
// Uses the built web app in dist/web (see project-register.test.ts). Needs /usr/bin/chromium.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, launchBrowser, visible, type TestBrowser } from './support/browser.ts';
import { ensureWebBuilt, startOrrery, type OrreryServer, type TestAccount } from './support/orrery-server.ts';
import { signIn } from './support/session.ts';

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

  const signInAs = async (account: TestAccount, path: string) => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/login?redirect=${encodeURIComponent(path)}`);
    await signIn(page, account, path);
  };

  const tasks = () => browser.page.getByRole('table', { name: 'Tasks' });
  const notice = () => browser.page.getByRole('status').filter({ hasText: /moved|Imported|Baseline saved/ });
  const projectFinish = () => browser.page.getByTestId('project-finish');
  const barWidth = (name: string) =>
    browser.page.locator('.orrery-gantt .wx-bar', { has: browser.page.getByText(name, { exact: true }) }).evaluate((el) => (el as HTMLElement).getBoundingClientRect().width);

  const bar = (name: string) => browser.page.locator('.orrery-gantt .wx-bar', { has: browser.page.getByText(name, { exact: true }) });
  const cell = (task: string, column: string) => tasks().locator(`tr[data-task-row="${task}"] td[data-column="${column}"]`);
  const apiSchedule = async () => {
    const response = await browser.page.request.get(`${server.baseUrl}/api/v1${schedulePath}`);
    expect(response.status()).toBe(200);
    return (await response.json()) as {
      tasks: Array<{ id: string; name: string; start: string; finish: string; durationMinutes: number; constraintType: string; constraintDate: string | null }>;
      links: Array<{ id: string; predecessorId: string; successorId: string; type: string }>;
    };
  };
  /** Presses the mouse at `fromX` of the element (0…1 of its width), moves by dx pixels in steps, releases. */
  const dragBy = async (target: Locator, fromX: number, dx: number) => {
    const { page } = browser;
    const box = await target.boundingBox();
    if (!box) throw new Error('nothing to drag');
    const x = box.x + box.width * fromX;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + dx, y, { steps: 12 });
    await page.mouse.up();
  };
  /** Clicks the round link handle at one end of a bar (SVAR shows it on hover). */
  const linkHandle = async (name: string, side: 'left' | 'right') => {
    await bar(name).hover();
    await bar(name).locator(`.wx-link.wx-${side}`).click();
  };

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
    await signInAs(PMO, '/');
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
    expect(await cell('Test', 'predecessors').textContent()).toBe('2');
    expect(await cell('Build', 'predecessors').textContent()).toBe('1');
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

  it('drags a bar two days later: the task starts no earlier than that day and its successor follows', async () => {
    const { page } = browser;
    // Build runs Wed 4 → Tue 10 Mar: seven days on the chart.
    expect(await cell('Build', 'start').textContent()).toBe('Wed, 4 Mar 26, 08:00');
    const before = await bar('Build').boundingBox();
    const pxPerDay = (before?.width ?? 0) / 7;
    expect(pxPerDay).toBeGreaterThan(10);
    await dragBy(bar('Build'), 0.5, 2 * pxPerDay);

    await visible(notice().filter({ hasText: /2 tasks moved: Build, Test/ }));
    await page.waitForFunction(() => document.querySelector('tr[data-task-row="Build"] td[data-column="start"]')?.textContent === 'Fri, 6 Mar 26, 08:00');
    expect(await cell('Test', 'start').textContent()).toBe('Fri, 13 Mar 26, 08:00');
    const plan = await apiSchedule();
    const build = plan.tasks.find((t) => t.name === 'Build');
    expect(build).toMatchObject({ start: '2026-03-06T08:00', finish: '2026-03-12T17:00', constraintType: 'SNET', constraintDate: '2026-03-06T08:00' });
    expect(plan.tasks.find((t) => t.name === 'Test')?.start).toBe('2026-03-13T08:00');
    // The bar is drawn where the server put it: four days after Design's start (Mon 2 → Fri 6 Mar),
    // at the chart's new scale (its window grew with the plan).
    const design = await bar('Design').boundingBox();
    const after = await bar('Build').boundingBox();
    const nowPerDay = (design?.width ?? 0) / 2;
    expect(Math.abs((after?.x ?? 0) - (design?.x ?? 0) - 4 * nowPerDay)).toBeLessThan(2);

    // Test dragged two days earlier: its constraint is set, but Build still holds it on Fri 13, so
    // the server moves nothing and the chart draws the bar back where it was.
    const test = await bar('Test').boundingBox();
    await dragBy(bar('Test'), 0.5, -2 * nowPerDay);
    await visible(notice().filter({ hasText: 'No other task moved' }));
    expect((await apiSchedule()).tasks.find((t) => t.name === 'Test')).toMatchObject({ start: '2026-03-13T08:00', constraintType: 'SNET', constraintDate: '2026-03-11T08:00' });
    await page.waitForFunction((x) => {
      const bars = [...document.querySelectorAll('.orrery-gantt .wx-bar')].filter((el) => el.querySelector('.orrery-bar-text')?.textContent === 'Test');
      return bars.length === 1 && Math.abs(bars[0]!.getBoundingClientRect().x - x) < 2;
    }, test?.x ?? 0);
  });

  it('drags the end of a bar: the duration grows by the working days added', async () => {
    const { page } = browser;
    // Test is Fri 13 Mar; its end dragged over the weekend onto Monday: one working day more.
    const box = await bar('Test').boundingBox();
    const pxPerDay = box?.width ?? 0;
    // Onto Saturday only: no working day added, nothing sent, and the bar springs back.
    const patches: string[] = [];
    const onRequest = (request: { method: () => string; url: () => string }) => void (request.method() === 'PATCH' && patches.push(request.url()));
    page.on('request', onRequest);
    await dragBy(bar('Test'), 0.95, pxPerDay);
    await page.waitForFunction((w) => {
      const bars = [...document.querySelectorAll('.orrery-gantt .wx-bar')].filter((el) => el.querySelector('.orrery-bar-text')?.textContent === 'Test');
      return bars.length === 1 && Math.abs(bars[0]!.getBoundingClientRect().width - w) < 1;
    }, pxPerDay);
    page.off('request', onRequest);
    expect(patches).toEqual([]);

    await dragBy(bar('Test'), 0.95, 3 * pxPerDay);
    await visible(notice().filter({ hasText: /1 task moved: Test/ }));
    await page.waitForFunction(() => document.querySelector('[data-testid="project-finish"]')?.textContent === 'Mon, 16 Mar 26, 17:00');
    expect((await apiSchedule()).tasks.find((t) => t.name === 'Test')?.durationMinutes).toBe(960);
    await page.waitForFunction(() => (document.querySelector('input[aria-label="Duration of Test in days"]') as HTMLInputElement | null)?.value === '2d');
  });

  it('is refused a loop drawn in the chart, draws a link between two bars, and deletes it from the chart', async () => {
    const { page } = browser;
    const lines = page.locator('.orrery-gantt .wx-links .wx-line:not(.wx-line-selected)');
    expect(await lines.count()).toBe(2);

    // Test's end to Design's start would close a loop: the server's words, and no new line.
    await linkHandle('Test', 'right');
    await linkHandle('Design', 'left');
    const alert = page.getByRole('alert').filter({ hasText: 'This link would make a loop' });
    await visible(alert);
    expect(await alert.textContent()).toMatch(/Design|Test|Build/);
    expect((await apiSchedule()).links).toHaveLength(2);
    expect(await lines.count()).toBe(2);

    // Design's end to Test's start: finish-to-start.
    await linkHandle('Design', 'right');
    await linkHandle('Test', 'left');
    await visible(notice().filter({ hasText: 'No other task moved' }));
    await page.waitForFunction(() => ['1, 2', '2, 1'].includes(document.querySelector('tr[data-task-row="Test"] td[data-column="predecessors"]')?.textContent ?? ''));
    expect(await alert.count()).toBe(0);
    const plan = await apiSchedule();
    const idOf = (name: string) => plan.tasks.find((t) => t.name === name)?.id;
    const drawn = plan.links.find((l) => l.predecessorId === idOf('Design') && l.successorId === idOf('Test'));
    expect(drawn?.type).toBe('FS');
    expect(await lines.count()).toBe(3);

    // Select the drawn link (SVAR writes ids as ":id"), then its delete button on Test’s bar.
    await page.locator(`.orrery-gantt .wx-links .wx-line[data-link-id=":${drawn?.id}"]`).dispatchEvent('click');
    await page.locator('.orrery-gantt .wx-delete-button-icon').click();
    await page.waitForFunction(() => document.querySelector('tr[data-task-row="Test"] td[data-column="predecessors"]')?.textContent === '2');
    expect((await apiSchedule()).links).toHaveLength(2);
    expect(await lines.count()).toBe(2);
    expect(browser.pageErrors).toEqual([]);
  });

  it('puts a bar back when the server refuses the move (changed by someone else)', async () => {
    const { page } = browser;
    // Someone else renames Design through the API: the page still holds the old version.
    const me = (await (await page.request.get(`${server.baseUrl}/api/v1/auth/me`)).json()) as { csrfToken: string };
    const design = (await apiSchedule()).tasks.find((t) => t.name === 'Design') as unknown as { id: string; version: number };
    const renamed = await page.request.patch(`${server.baseUrl}/api/v1${schedulePath}/tasks/${design.id}`, {
      headers: { 'X-CSRF-Token': me.csrfToken, 'If-Match': `"${design.version}"` },
      data: { name: 'Design review' },
    });
    expect(renamed.status()).toBe(200);

    const before = await bar('Design').boundingBox();
    await dragBy(bar('Design'), 0.5, (before?.width ?? 0) / 2 + 30);
    await visible(page.getByRole('alert').filter({ hasText: 'Changed by someone else' }));
    // The page fetched the plan again: the other change shows, and the bar is where the server has it.
    await visible(tasks().getByRole('textbox', { name: 'Name of Design review' }));
    const after = await bar('Design review').boundingBox();
    expect(Math.abs((after?.x ?? 0) - (before?.x ?? 0))).toBeLessThan(2);
    expect((await apiSchedule()).tasks.find((t) => t.name === 'Design review')?.start).toBe('2026-03-02T08:00');
  });

  it('zooms the chart to weeks and months and back to days', async () => {
    const { page } = browser;
    const width = async () => (await bar('Build').boundingBox())?.width ?? 0;
    const days = await width();
    await page.getByText('Weeks', { exact: true }).click();
    await page.locator('[data-testid="schedule-gantt"][data-zoom="weeks"]').waitFor();
    await expect.poll(width).toBeLessThan(days - 1);
    const weeks = await width();
    await page.getByText('Months', { exact: true }).click();
    await page.locator('[data-testid="schedule-gantt"][data-zoom="months"]').waitFor();
    await expect.poll(width).toBeLessThan(weeks - 1);
    await page.getByText('Days', { exact: true }).click();
    await page.locator('[data-testid="schedule-gantt"][data-zoom="days"]').waitFor();
    await expect.poll(async () => Math.abs((await width()) - days)).toBeLessThan(1);
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

    // A summary task is rolled up from its children: it is not dragged.
    const summary = page.locator('.orrery-gantt .wx-bar.wx-summary');
    const summaryBox = await summary.boundingBox();
    await dragBy(summary, 0.5, 120);
    expect((await summary.boundingBox())?.x).toBe(summaryBox?.x);

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

  it('schedules the plan back from a finish date set in the settings, and forward again', async () => {
    const { page } = browser;
    const dialog = page.getByRole('dialog', { name: 'Schedule settings' });
    await page.getByRole('button', { name: 'Settings' }).click();
    await dialog.getByText('Back from the finish', { exact: true }).click();
    await dialog.getByLabel('Project finish').fill('2026-03-20T17:00');
    await dialog.getByRole('button', { name: 'Save and reschedule' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // Dig 2 days, Pour 1, Cure 4: seven working days that must end on Friday the 20th.
    await visible(page.getByTestId('project-dates').filter({ hasText: 'scheduled back from the finish date' }));
    expect(await projectFinish().textContent()).toBe('Fri, 20 Mar 26, 17:00');
    const backward = (await (await page.request.get(`${server.baseUrl}/api/v1${schedulePath}`)).json()) as { projectStart: string };
    expect(backward.projectStart).toBe('2026-03-12T08:00');

    await page.getByRole('button', { name: 'Settings' }).click();
    await dialog.getByText('Forward from the start', { exact: true }).click();
    await dialog.getByRole('button', { name: 'Save and reschedule' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('project-dates').filter({ hasNotText: 'scheduled back' }).waitFor();
    expect(await projectFinish().textContent()).toBe('Tue, 10 Mar 26, 17:00');
  });

  it('adds a day off to the project calendar and the plan finishes a day later; removing it moves it back', async () => {
    const { page } = browser;
    const dialog = page.getByRole('dialog', { name: 'Calendar exceptions' });
    await page.getByRole('button', { name: 'Calendars' }).click();
    await dialog.getByLabel('Name').fill('Site closed');
    await dialog.getByLabel('From').fill('2026-03-04');
    await dialog.getByRole('button', { name: 'Add day off' }).click();
    await visible(dialog.getByRole('table', { name: 'Exceptions' }).getByText('Site closed'));
    // Pour concrete was on Wednesday the 4th: everything from there moves a working day.
    await page.getByTestId('project-finish').filter({ hasText: 'Wed, 11 Mar 26, 17:00' }).waitFor();
    await dialog.getByRole('button', { name: 'Remove Site closed' }).click();
    await dialog.getByText('No exceptions', { exact: false }).waitFor();
    await page.getByTestId('project-finish').filter({ hasText: 'Tue, 10 Mar 26, 17:00' }).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('shows the schedule to an executive without the editing actions', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login/);
    await signInAs(EXEC, schedulePath);
    await visible(tasks().getByText('Pour concrete', { exact: true }));
    await visible(page.locator('.orrery-gantt .wx-bar').first());
    for (const action of ['Settings', 'Calendars', 'Add task', 'Save baseline', 'Update baseline', 'Import MS Project file']) {
      expect(await page.getByRole('button', { name: action }).count()).toBe(0);
    }
    expect(await tasks().getByRole('textbox').count()).toBe(0);
    await visible(page.getByRole('link', { name: 'Export' }));
    // The chart is read-only too: no link handles, and a dragged bar stays where it is.
    expect(await page.locator('.orrery-gantt .wx-link').count()).toBe(0);
    const cure = page.locator('.orrery-gantt .wx-bar', { has: page.getByText('Let it cure', { exact: true }) });
    const before = await cure.boundingBox();
    await dragBy(cure, 0.5, 120);
    expect((await cure.boundingBox())?.x).toBe(before?.x);
    expect(browser.pageErrors).toEqual([]);
  });
});
