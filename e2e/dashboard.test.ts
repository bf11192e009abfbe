// The portfolio dashboard and "my work" in a real browser against a real server. Seeded through
// the API as the PMO: two projects managed by Max in one portfolio (Alpha executing, with a risk
// scoring 25, an overdue action and a milestone that slipped against baseline 0) and a third in
// another portfolio. The dashboard's KPI tiles and phase numbers count them, a phase row lists its
// project, the top risk opens in its RAID log, filtering by portfolio changes the counts, and Max
// finds his overdue action on My work.
//
// Uses the built web app in dist/web (see project-register.test.ts). Needs /usr/bin/chromium.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, visible, type TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { csrfHeaders, signIn } from './support/session.ts';

const PMO: TestAccount = { email: 'pat.pmo@example.com', name: 'Pat Planner', role: 'pmo', password: 'e2e-password-2026' };
const MANAGER: TestAccount = { email: 'max.manager@example.com', name: 'Max Manager', role: 'member', password: 'e2e-password-2026' };
const SCREENSHOTS = join(tmpdir(), 'orrery-e2e-screenshots');
const RISK = 'Cloud bill doubles';
const ACTION = 'Sign the hosting contract';
const MILESTONE = 'Design signed off';

const DAY = 86_400_000;
const isoDay = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
/** A weekday `offset` days from today (a weekend moves on to Monday), at 08:00 local time of the schedule. */
const workday = (offset: number): string => {
  const day = new Date(`${isoDay(offset)}T00:00Z`).getUTCDay();
  return `${isoDay(offset + (day === 6 ? 2 : day === 0 ? 1 : 0))}T08:00`;
};

interface Dashboard { projectCount: number; notReported: { count: number }; compliance: { byState: { state: string; count: number }[] } }

describe('portfolio dashboard and my work (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;
  const ids = { portfolio: '', alpha: '', alphaCode: '', risk: '', riskCode: '' };

  const api = (path: string) => `${server.baseUrl}/api/v1${path}`;
  const section = (name: string) => browser.page.getByRole('region', { name, exact: true });
  const kpi = (key: string) => browser.page.getByTestId(`kpi-${key}`);

  beforeAll(async () => ({ server, browser } = await openSuite([PMO, MANAGER])));
  afterAll(() => closeSuite({ server, browser }));

  it('seeds two portfolios through the API as the PMO', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/login?redirect=%2F`);
    await signIn(page, PMO);
    const headers = await csrfHeaders(page, server.baseUrl);
    const post = async (path: string, data: object) => {
      const res = await page.request.post(api(path), { headers, data });
      expect(res.status(), await res.text()).toBe(201);
      return res.json() as Promise<{ id: string; code: string }>;
    };
    const people = (await (await page.request.get(api('/people?q=Max'))).json()) as { items: { id: string; name: string }[] };
    const max = people.items.find((p) => p.name === MANAGER.name);
    expect(max).toBeDefined();
    const portfolio = await post('/portfolios', { name: 'Dashboards' });
    const other = await post('/portfolios', { name: 'Elsewhere' });
    ids.portfolio = portfolio.id;
    const program = await post('/programs', { name: 'Cloud move', portfolioId: portfolio.id });
    const base = { managerId: max?.id, status: 'active', methodologyKey: 'predictive' };
    const alpha = await post('/projects', { ...base, name: 'Alpha cloud move', portfolioId: portfolio.id, programId: program.id, phase: 'execute' });
    await post('/projects', { ...base, name: 'Beta billing', portfolioId: portfolio.id, phase: 'plan' });
    await post('/projects', { ...base, name: 'Gamma outside', portfolioId: other.id, phase: 'plan' });
    ids.alpha = alpha.id;
    ids.alphaCode = alpha.code;
    const risk = await post(`/projects/${alpha.id}/risks`, { title: RISK, probability: 5, impact: 5 });
    ids.risk = risk.id;
    ids.riskCode = risk.code;
    await post(`/projects/${alpha.id}/actions`, { title: ACTION, ownerId: max?.id, dueDate: isoDay(-2) });

    // A milestone baselined five working days ago, then moved three days ahead: slipped, and due.
    const created = (await post(`/projects/${alpha.id}/schedule/tasks`, { name: MILESTONE, milestone: true, durationMinutes: 0, constraintType: 'MSO', constraintDate: workday(-5) })) as unknown as { schedule: { tasks: { id: string; name: string; version: number }[] } };
    const task = created.schedule.tasks.find((t) => t.name === MILESTONE);
    expect(task).toBeDefined();
    expect((await page.request.put(api(`/projects/${alpha.id}/schedule/baselines/0`), { headers, data: {} })).status()).toBe(200);
    const moved = await page.request.patch(api(`/projects/${alpha.id}/schedule/tasks/${task?.id}`), { headers: { ...headers, 'If-Match': `"${task?.version}"` }, data: { constraintDate: workday(3) } });
    expect(moved.status(), await moved.text()).toBe(200);
  });

  it('shows the KPI tiles and the phase numbers, and lists the projects behind a phase', async () => {
    const { page } = browser;
    const all = (await (await page.request.get(api('/dashboard/portfolio'))).json()) as Dashboard;
    expect(all.projectCount).toBe(3);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Portfolio dashboard' }).click();
    await page.waitForURL((url) => url.pathname === '/dashboard');
    await visible(page.getByRole('heading', { name: 'Portfolio dashboard' }));
    await expect.poll(() => kpi('projects').textContent()).toBe('3');
    expect(await kpi('not-reported').textContent()).toBe(String(all.notReported.count));
    expect(await kpi('critical-breaches').textContent()).toBe(String(all.compliance.byState.find((s) => s.state === 'critical')?.count ?? 0));
    expect(Number(await kpi('critical-breaches').textContent())).toBeGreaterThanOrEqual(1);
    // The charts draw as SVG, with their labels in the DOM.
    await visible(section('Projects by phase').getByRole('img', { name: 'Projects by phase chart' }).locator('svg'));

    const phase = section('Projects by phase');
    await phase.getByText('Numbers', { exact: true }).click();
    const numbers = phase.getByRole('table', { name: 'Projects by phase numbers' });
    await visible(numbers);
    expect(await numbers.getByRole('button', { name: 'Plan: 2' }).count()).toBe(1);
    await numbers.getByRole('button', { name: 'Execute: 1' }).click();
    const listed = section('Projects by phase: Execute');
    await visible(listed.getByRole('link', { name: ids.alphaCode }));
    expect(await listed.getByRole('link').count()).toBe(1);

    const rag = section('Projects by RAG');
    await rag.getByText('Numbers', { exact: true }).click();
    await visible(rag.getByRole('table', { name: 'Projects by RAG numbers' }));

    const slipped = section('Milestones slipped').locator(`tr[data-milestone="${MILESTONE}"]`);
    await visible(slipped.getByText(/^\+\d+ days?$/));
    await visible(section('Milestones due').locator(`tr[data-milestone="${MILESTONE}"]`));
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard.png'), fullPage: true });
  });

  it('opens the top risk in its project’s RAID log', async () => {
    const { page } = browser;
    await section('Top risks').getByRole('link', { name: `${ids.riskCode} · ${RISK}` }).click();
    await page.waitForURL((url) => url.pathname === `/projects/${ids.alpha}/raid` && url.searchParams.get('open') === ids.risk && url.searchParams.get('tab') === 'risks');
    const form = page.getByRole('dialog', { name: new RegExp(RISK) });
    await visible(form.getByRole('textbox', { name: 'Title', exact: true }));
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/dashboard');
  });

  it('narrows every count to a portfolio', async () => {
    const { page } = browser;
    await expect.poll(() => kpi('projects').textContent()).toBe('3');
    await choose(page, 'Portfolio', /Dashboards/);
    await page.waitForURL((url) => url.searchParams.get('portfolioId') === ids.portfolio);
    await expect.poll(() => kpi('projects').textContent()).toBe('2');
    const phase = section('Projects by phase');
    await phase.getByText('Numbers', { exact: true }).click();
    await visible(phase.getByRole('button', { name: 'Plan: 1' }));
    await visible(phase.getByRole('button', { name: 'Execute: 1' }));
    // The executive report of the same scope downloads as a PDF.
    const pdf = page.getByRole('link', { name: 'Report PDF' });
    expect(await pdf.getAttribute('href')).toBe(`/api/v1/reports/portfolio?format=pdf&portfolioId=${ids.portfolio}`);
    const [download] = await Promise.all([page.waitForEvent('download'), pdf.click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect(await download.failure()).toBeNull();
    expect(browser.pageErrors).toEqual([]);
  });

  it('opens the program view from the portfolio page, with a row per project', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/portfolios/${ids.portfolio}`);
    await page.getByRole('table', { name: 'Programs' }).getByRole('link', { name: 'Cloud move' }).click();
    await page.waitForURL((url) => /^\/programs\/[^/]+\/dashboard$/.test(url.pathname));
    await visible(page.getByRole('heading', { name: /Cloud move/ }));
    await expect.poll(() => kpi('projects').textContent()).toBe('1');
    const row = section('Projects').locator(`tr[data-project="${ids.alphaCode}"]`);
    await visible(row.getByText('Alpha cloud move'));
    await visible(row.getByText('1 (1 critical)'));
    await visible(section('Top risks').getByRole('link', { name: `${ids.riskCode} · ${RISK}` }));
    expect(browser.pageErrors).toEqual([]);
  });

  it('shows the manager their overdue action on My work', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login/);
    await page.goto(`${server.baseUrl}/login?redirect=%2F`);
    await signIn(page, MANAGER);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My work' }).click();
    await page.waitForURL((url) => url.pathname === '/my-work');
    const row = section('My actions').locator('tbody tr').first();
    await visible(row.getByRole('link', { name: new RegExp(ACTION) }));
    await visible(row.getByText('Overdue', { exact: true }));
    await visible(section('My projects').getByRole('link', { name: ids.alphaCode }));
    await row.getByRole('link', { name: new RegExp(ACTION) }).click();
    await page.waitForURL((url) => url.pathname === `/projects/${ids.alpha}/raid` && url.searchParams.get('tab') === 'actions');
    await page.screenshot({ path: join(SCREENSHOTS, 'my-work.png'), fullPage: true });
    expect(browser.pageErrors).toEqual([]);
  });
});
