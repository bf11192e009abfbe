// The knowledge base in a real browser against a real server: the PMO writes a standard in
// Markdown, links it to Gate 1 of the predictive methodology and publishes it (raw HTML in the text
// is not run); a project manager finds it on the project's governance page as guidance for the gate,
// opens it rendered, and sees the knowledge base's search find it by tag; the PMO's revision keeps
// the first version readable in the history.
//
// Uses the built web app in dist/web (see project-register.test.ts). Needs /usr/bin/chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, visible, type TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { apiWriter, signIn, signInAs } from './support/session.ts';

const PMO: TestAccount = { email: 'kb.pmo@example.com', name: 'Kira Knowledge', role: 'pmo', password: 'e2e-password-2026' };
const MANAGER: TestAccount = { email: 'kb.manager@example.com', name: 'Milo Manager', role: 'member', password: 'e2e-password-2026' };
const TITLE = 'Business case standard';
const GATE = 'Gate 1 – Approval to plan';

describe('knowledge base (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;

  beforeAll(async () => ({ server, browser } = await openSuite([PMO, MANAGER])));
  afterAll(() => closeSuite({ server, browser }));

  it('shows the PMO\'s published article as guidance on the manager\'s gate', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/login`);
    await signIn(page, PMO);
    // A project managed by the manager, in the Initiate phase (set up through the API).
    const write = await apiWriter(page, server.baseUrl);
    const people = (await (await page.request.get(`${server.baseUrl}/api/v1/people`)).json()) as { items: Array<{ id: string; name: string }> };
    const { id: portfolioId } = await write('post', '/portfolios', { name: 'Knowledge portfolio' }, 201);
    const project = await write('post', '/projects', { name: 'Depot Upgrade', portfolioId, managerId: people.items.find((p) => p.name === MANAGER.name)!.id }, 201);

    await page.getByRole('link', { name: 'Knowledge base' }).click();
    await page.getByRole('link', { name: 'New article' }).click();
    await page.getByLabel('Title').fill(TITLE);
    await page.getByRole('textbox', { name: 'Text' }).fill('# Business case\n\nEvery project needs **a signed business case**.\n\n<script>window.pwned = true</script>\n\n- Options\n- NPV');
    await choose(page, 'Status', 'Published');
    await page.getByRole('combobox', { name: 'Tags' }).fill('finance');
    await page.getByRole('combobox', { name: 'Tags' }).press('Enter');
    await choose(page, 'Guidance for', GATE);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/knowledge\/[0-9a-f-]{36}$/);
    await visible(page.getByLabel('Article text').getByRole('heading', { name: 'Business case' }));
    await visible(page.getByLabel('Article text').locator('strong', { hasText: 'a signed business case' }));
    expect(await page.getByLabel('Article text').locator('script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
    await visible(page.getByLabel('Linked from').getByText(GATE));

    // The manager finds it on the project's governance page, under the gate ahead.
    await signInAs(page, server.baseUrl, MANAGER, `/projects/${String(project.id)}/governance`);
    const guidance = page.getByLabel('Guidance');
    await visible(guidance.getByText(`For ${GATE}`));
    await guidance.getByRole('link', { name: TITLE }).click();
    await visible(page.getByLabel('Article text').getByText('Every project needs'));
    expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Knowledge base' }).first().click();
    await page.getByLabel('Search').fill('finance');
    await visible(page.getByRole('table', { name: 'Articles' }).getByRole('link', { name: TITLE }));

    // The PMO revises it; the first version stays readable.
    await signInAs(page, server.baseUrl, PMO, '/knowledge');
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('textbox', { name: 'Text' }).fill('# Business case\n\nEvery project needs a business case signed by its sponsor.');
    await page.getByLabel('Change note').fill('Name the signer');
    await page.getByRole('button', { name: 'Save' }).click();
    await visible(page.getByLabel('Article text').getByText('signed by its sponsor'));
    await visible(page.getByRole('table', { name: 'History' }).getByText('Name the signer'));
    await page.getByRole('link', { name: 'v1' }).click();
    await visible(page.getByText('An earlier version'));
    await visible(page.getByLabel('Version text').locator('strong', { hasText: 'a signed business case' }));
  });
});
