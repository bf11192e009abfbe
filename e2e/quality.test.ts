// Quality reviews in a real browser: the PMO plans a project health check from the project's
// Reviews page, starts it, answers two questions (saved together with If-Match) and sees the score
// and RAG, records a finding, adds a corrective action to it from its drawer, and finds it on the
// cross-project follow-up list.
//
// Uses the built web app in dist/web (see project-register.test.ts). Needs /usr/bin/chromium.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, visible, type TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { answer, csrfHeaders, signIn } from './support/session.ts';

const PMO: TestAccount = { email: 'pat.pmo@example.com', name: 'Pat Planner', role: 'pmo', password: 'e2e-password-2026' };
const FINDING = 'No steering minutes since March';
const SCREENSHOTS = join(tmpdir(), 'orrery-e2e-screenshots');

describe('quality reviews (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;
  let projectId = '';

  const api = (path: string) => `${server.baseUrl}/api/v1${path}`;

  beforeAll(async () => ({ server, browser } = await openSuite([PMO])));
  afterAll(() => closeSuite({ server, browser }));

  it('plans a health check, answers it and sees the score', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/login?redirect=%2F`);
    await signIn(page, PMO);
    const headers = await csrfHeaders(page, server.baseUrl);
    const portfolio = (await (await page.request.post(api('/portfolios'), { headers, data: { name: 'Finance' } })).json()) as { id: string };
    projectId = ((await (await page.request.post(api('/projects'), { headers, data: { name: 'Ledger Upgrade', portfolioId: portfolio.id } })).json()) as { id: string }).id;

    await page.goto(`${server.baseUrl}/projects/${projectId}`);
    await page.getByRole('link', { name: 'Reviews' }).click();
    await visible(page.getByRole('table', { name: 'Reviews' }).getByText('No reviews planned yet.'));
    await page.getByRole('button', { name: 'Plan a review' }).click();
    const dialog = page.getByRole('dialog', { name: 'Plan a review' });
    await choose(page, 'Review type', 'Project health check');
    await dialog.getByLabel('Planned date').fill('2026-06-01');
    const created = await answer(page, 'POST', /\/reviews$/, () => dialog.getByRole('button', { name: 'Plan review' }).click());
    expect(created.status()).toBe(201);
    await page.waitForURL((url) => url.pathname.startsWith('/reviews/'));

    const started = await answer(page, 'PATCH', /\/reviews\/[^/]+$/, () => page.getByRole('button', { name: 'Start review' }).click());
    expect(started.status()).toBe(200);
    await page.locator('[data-question="governance_in_place"]').getByText('Compliant', { exact: true }).click();
    await page.locator('[data-question="gates_passed"]').getByText('Non-compliant', { exact: true }).click();
    await page.getByRole('textbox', { name: /^Comment on The project passed the gates/ }).fill('Gate 1 skipped.');
    const saved = await answer(page, 'PATCH', /\/reviews\/[^/]+$/, () => page.getByRole('button', { name: 'Save answers' }).click());
    expect(saved.status()).toBe(200);
    expect(saved.request().headers()['if-match']).toBe('"2"');
    expect((saved.request().postDataJSON() as { answers: unknown[] }).answers).toHaveLength(2);
    await expect.poll(() => page.getByTestId('review-score').textContent()).toBe('50');
    await visible(page.locator('[data-rag="red"]'));

    const refused = await answer(page, 'PATCH', /\/reviews\/[^/]+$/, () => page.getByRole('button', { name: 'Complete review' }).click());
    expect(refused.status()).toBe(422);
    await visible(page.locator('[data-question="business_case_valid"]').getByText('Unanswered'));
  });

  it('records a finding and a corrective action, and lists it for follow-up', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Add finding' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add finding' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill(FINDING);
    await choose(page, 'Owner', PMO.name);
    const created = await answer(page, 'POST', /\/findings$/, () => dialog.getByRole('button', { name: 'Add finding' }).click());
    expect(created.status()).toBe(201);
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('table', { name: 'Review findings' }).getByRole('button', { name: FINDING }).click();
    const drawer = page.getByRole('dialog', { name: new RegExp(FINDING) });
    await drawer.getByRole('textbox', { name: 'Action' }).fill('Hold the steering meeting and minute it');
    const action = await answer(page, 'POST', /\/projects\/[^/]+\/actions$/, () => drawer.getByRole('button', { name: 'Add action' }).click());
    expect(action.status()).toBe(201);
    expect(action.request().postDataJSON()).toMatchObject({ sourceType: 'review', sourceId: ((await created.json()) as { id: string }).id });
    await visible(drawer.getByRole('table', { name: 'Corrective actions' }).getByText('Hold the steering meeting and minute it'));
    const resolved = await answer(page, 'PATCH', /\/findings\/[^/]+$/, () => drawer.getByRole('button', { name: 'Move to resolved' }).click());
    expect(resolved.status()).toBe(200);
    await visible(drawer.getByRole('button', { name: 'Verify and close' }));
    expect(await drawer.getByRole('button', { name: 'Verify and close' }).isDisabled()).toBe(true);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'quality-finding.png') });
    await page.keyboard.press('Escape');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Findings' }).click();
    await visible(page.getByRole('table', { name: 'Findings to follow up' }).getByRole('button', { name: FINDING }));
    expect(browser.pageErrors).toEqual([]);
  });
});
