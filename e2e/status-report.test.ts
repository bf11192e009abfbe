// A status report from start to acceptance in a real browser against a real server. The PMO sets up
// (through the API) a project managed by Max with a baselined plan (a task, then a milestone) and a
// critical risk without a response, and sees it in the "Due" tab with its manager, and the
// thresholds form. Max starts this period's report from the project's status page, sees the
// computed colours (risk red with its reason, schedule assessed), writes the narrative, is refused
// an override without a justification (the server's message on the field), overrides with one (both
// colours shown) and submits (read-only, figures frozen). The PMO finds it in "To review" and sends
// it back with a comment; Max sees the comment, edits and resubmits; the PMO accepts. The project's
// history shows it reviewed and the trend has its first point, with its numbers a click away.
//
// Uses the built web app in dist/web (see project-register.test.ts). Needs /usr/bin/chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visible, type TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { answer, csrfHeaders, signInAs as signInAsUser } from './support/session.ts';

const PMO: TestAccount = { email: 'pat.pmo@example.com', name: 'Pat Planner', role: 'pmo', password: 'e2e-password-2026' };
const MANAGER: TestAccount = { email: 'max.manager@example.com', name: 'Max Manager', role: 'member', password: 'e2e-password-2026' };
const RISK = 'Data centre lease ends early';
const SEND_BACK = 'Say what the risk response is and when the vendor signs.';

describe('status reports (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;
  let projectId = '';
  let projectCode = '';
  let reportPath = '';

  const api = (path: string) => `${server.baseUrl}/api/v1${path}`;
  const tile = (name: string) => browser.page.getByRole('region', { name: `${name} status` });
  const reportStatus = (label: string) => visible(browser.page.getByTestId('report-status').filter({ hasText: label }));
  const signInAs = (account: TestAccount, path: string) => signInAsUser(browser.page, server.baseUrl, account, path);

  beforeAll(async () => ({ server, browser } = await openSuite([PMO, MANAGER])));
  afterAll(() => closeSuite({ server, browser }));

  it('sets up an active project with a baselined plan and a critical risk without response (API, as the PMO)', async () => {
    const { page } = browser;
    await signInAs(PMO, '/');
    const headers = await csrfHeaders(page, server.baseUrl);
    const people = (await (await page.request.get(api('/people'))).json()) as { items: Array<{ id: string; name: string }> };
    const managerId = people.items.find((p) => p.name === MANAGER.name)!.id;
    const portfolio = (await (await page.request.post(api('/portfolios'), { headers, data: { name: 'Infrastructure' } })).json()) as { id: string };
    const project = await page.request.post(api('/projects'), { headers, data: { name: 'Data Centre Exit', portfolioId: portfolio.id, managerId, status: 'active' } });
    expect(project.status()).toBe(201);
    ({ id: projectId, code: projectCode } = (await project.json()) as { id: string; code: string });
    const task = async (name: string, days: number, milestone = false) => {
      const created = await page.request.post(api(`/projects/${projectId}/schedule/tasks`), { headers, data: { name, durationMinutes: days * 480, ...(milestone && { milestone }) } });
      expect(created.status()).toBe(201);
      return ((await created.json()) as { schedule: { tasks: Array<{ id: string; name: string }> } }).schedule.tasks.find((t) => t.name === name)!.id;
    };
    const move = await task('Move servers', 10);
    const cutover = await task('Cut-over', 0, true);
    for (const [predecessorId, successorId] of [[move, cutover]]) {
      expect((await page.request.post(api(`/projects/${projectId}/schedule/links`), { headers, data: { predecessorId, successorId } })).status()).toBe(201);
    }
    expect((await page.request.put(api(`/projects/${projectId}/schedule/baselines/0`), { headers, data: {} })).status()).toBe(200);
    const risk = await page.request.post(api(`/projects/${projectId}/risks`), { headers, data: { title: RISK, probability: 5, impact: 5 } });
    expect(risk.status()).toBe(201);

    await page.goto(`${server.baseUrl}/status-reports`);
    await page.getByRole('tab', { name: 'Due' }).click();
    const due = page.getByRole('table', { name: 'Due' }).locator(`tr[data-project="${projectCode}"]`);
    await visible(due.getByText('Not started'));
    await visible(due.getByText(MANAGER.name));
    await page.goto(`${server.baseUrl}/settings/status-thresholds`);
    await visible(page.getByRole('textbox', { name: 'Critical risks without response: red' }));
  });

  it('lets the manager start this period’s report and shows the computed colours with their reasons', async () => {
    const { page } = browser;
    await signInAs(MANAGER, `/projects/${projectId}`);
    await page.getByRole('main').getByRole('link', { name: 'Status reports', exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/projects/${projectId}/status`);
    await visible(page.getByText('No report has been submitted yet'));
    const started = await answer(page, 'POST', new RegExp(`/projects/${projectId}/status-reports$`), () => page.getByRole('button', { name: 'Start this period’s report' }).click());
    expect(started.status()).toBe(201);
    await page.waitForURL(/\/status-reports\/[0-9a-f-]{36}$/);
    reportPath = new URL(page.url()).pathname;
    await reportStatus('Draft');
    await visible(page.getByTestId('figures-as-of').filter({ hasText: 'Live figures' }));
    await visible(tile('Risk').locator('[data-colour="red"]'));
    await visible(tile('Risk').getByRole('list'));
    expect(await tile('Schedule').locator('[data-colour="grey"]').count()).toBe(0);
    await visible(tile('Cost').getByText('Not assessed'));
    await visible(page.getByRole('table', { name: 'Key milestones' }).getByText('Cut-over'));
    await visible(page.getByRole('table', { name: 'Top risks' }).getByText(RISK));
  });

  it('writes the narrative, needs a justification for an override, and keeps both colours', async () => {
    const { page } = browser;
    await page.getByRole('textbox', { name: 'Summary' }).fill('Servers move on plan; the lease risk is open.');
    await page.getByRole('textbox', { name: 'Accomplished this period' }).fill('Racks ordered.');
    await page.getByRole('textbox', { name: 'Planned for next period' }).fill('First wave of servers.');
    await tile('Risk').getByRole('combobox', { name: 'Override risk' }).selectOption('amber');
    const refused = await answer(page, 'PATCH', /\/api\/v1\/status-reports\/[^/]+$/, () => page.getByRole('button', { name: 'Save', exact: true }).click());
    expect(refused.status()).toBe(422);
    const justification = tile('Risk').getByRole('textbox', { name: 'Justification (risk)' });
    await visible(tile('Risk').getByText(/needs a written justification/));
    expect(await justification.getAttribute('aria-invalid')).toBe('true');

    await justification.fill('The landlord agreed in writing to a three-month extension.');
    const saved = await answer(page, 'PATCH', /\/api\/v1\/status-reports\/[^/]+$/, () => page.getByRole('button', { name: 'Save', exact: true }).click());
    expect(saved.status()).toBe(200);
    expect(saved.request().headers()['if-match']).toBe('"1"');
    const override = tile('Risk').getByTestId('override');
    await visible(override.getByText('Computed: Red'));
    await visible(override.getByText('Reported: Amber'));
    await visible(override.getByText(/three-month extension/));
    expect(await page.getByRole('textbox', { name: 'Summary' }).inputValue()).toBe('Servers move on plan; the lease risk is open.');
  });

  it('submits the report, which then is read-only with its figures frozen', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Submit report' }).click();
    const dialog = page.getByRole('dialog', { name: 'Submit this report?' });
    const submitted = await answer(page, 'POST', /\/submit$/, () => dialog.getByRole('button', { name: 'Submit', exact: true }).click());
    expect(submitted.status()).toBe(200);
    await reportStatus('Submitted');
    await visible(page.getByTestId('figures-as-of').filter({ hasText: 'Figures as of' }));
    expect(await page.getByRole('textbox', { name: 'Summary' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Submit report' }).count()).toBe(0);
    await visible(tile('Risk').getByText('Computed: Red'));
  });

  it('lets the PMO find it in “To review” and send it back with a comment', async () => {
    const { page } = browser;
    await signInAs(PMO, '/status-reports');
    await visible(page.getByTestId('status-reports-count'));
    const row = page.getByRole('table', { name: 'To review' }).locator(`tr[data-project="${projectCode}"]`);
    await row.locator('td').nth(2).getByRole('link').click();
    await page.waitForURL((url) => url.pathname === reportPath);
    const review = page.getByRole('region', { name: 'Review' });
    await review.getByRole('button', { name: 'Send back' }).click();
    await visible(review.getByText('Say what to change before sending the report back.'));
    await review.getByRole('textbox', { name: 'Review comment' }).fill(SEND_BACK);
    const sent = await answer(page, 'POST', /\/review$/, () => review.getByRole('button', { name: 'Send back' }).click());
    expect(sent.status()).toBe(200);
    await reportStatus('Sent back');
  });

  it('shows the manager the comment; the report is editable again and is resubmitted', async () => {
    const { page } = browser;
    await signInAs(MANAGER, reportPath);
    await visible(page.getByTestId('review-comment').getByText(SEND_BACK));
    await visible(page.getByTestId('figures-as-of').filter({ hasText: 'Live figures' }));
    await page.getByRole('textbox', { name: 'Blockers' }).fill('Response: extension signed; the vendor signs the new lease on the 20th.');
    const saved = await answer(page, 'PATCH', /\/api\/v1\/status-reports\/[^/]+$/, () => page.getByRole('button', { name: 'Save', exact: true }).click());
    expect(saved.status()).toBe(200);
    await page.getByRole('button', { name: 'Save', exact: true }).and(page.locator(':disabled')).waitFor();
    await page.getByRole('button', { name: 'Submit report' }).click();
    const submitted = await answer(page, 'POST', /\/submit$/, () => page.getByRole('dialog', { name: 'Submit this report?' }).getByRole('button', { name: 'Submit', exact: true }).click());
    expect(submitted.status()).toBe(200);
    await reportStatus('Submitted');
  });

  it('lets the PMO accept it; the history shows it reviewed and the trend has a point', async () => {
    const { page } = browser;
    await signInAs(PMO, reportPath);
    const accepted = await answer(page, 'POST', /\/review$/, () => page.getByRole('region', { name: 'Review' }).getByRole('button', { name: 'Accept' }).click());
    expect(accepted.status()).toBe(200);
    await reportStatus('Reviewed');
    await page.getByRole('link', { name: 'Project status' }).click();
    await page.waitForURL((url) => url.pathname === `/projects/${projectId}/status`);
    const history = page.getByRole('table', { name: 'Report history' });
    await visible(history.getByText('Reviewed'));
    await visible(page.locator('[data-testid="status-trend-chart"][data-points="1"] canvas'));
    await page.getByRole('switch', { name: 'Show the numbers' }).click();
    const numbers = page.getByRole('table', { name: 'Status trend numbers' });
    await visible(numbers.locator('tbody tr'));
    expect(await numbers.locator('tbody tr').count()).toBe(1);
    await visible(numbers.getByText('(computed red)'));
    expect(browser.pageErrors).toEqual([]);
  });
});
