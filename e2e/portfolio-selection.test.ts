// Scoring, ranking and optimal selection in a real browser against a real server: a portfolio of
// three proposed projects in the first half of 2027, two already scored. The PMO scores the third
// on its scoring card (its breakdown shows each criterion's contribution), sees it go to the top of
// the ranked list, tries other weights, then optimises with a budget that cannot fund all three:
// the chosen set and greedy's are side by side, the project left out says the 2027 budget stops
// it, and the efficient frontier is drawn.
//
// Uses the built web app in dist/web (npm run build:web). Needs /usr/bin/chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, visible, type TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { apiWriter, signIn } from './support/session.ts';

const PMO: TestAccount = { email: 'selection.pmo@example.com', name: 'Sela Pick', role: 'pmo', password: 'e2e-password-2026' };
const ALL = (level: number) => ({ strategic_alignment: level, financial_value: level, risk: level, urgency: level, compliance: level, resource_fit: level });

describe('scoring and optimal selection (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;

  beforeAll(async () => ({ server, browser } = await openSuite([PMO])));
  afterAll(() => closeSuite({ server, browser }));

  it('scores a project, sees the ranked list change, and runs the optimiser with its chosen set and frontier', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/login?redirect=%2Fportfolios`);
    await signIn(page, PMO, '/portfolios');
    const send = await apiWriter(page, server.baseUrl);
    const portfolio = (await send('post', '/portfolios', { name: 'Digital', description: '', ownerId: null }, 201)) as { id: string };
    const project = async (name: string, euros: number) =>
      (await send('post', '/projects', { name, portfolioId: portfolio.id, status: 'proposed', plannedStart: '2027-01-04', plannedFinish: '2027-06-30', budget: { amountMinor: euros * 100, currency: 'EUR' } }, 201)) as { id: string; code: string };
    const analytics = await project('Analytics Platform', 300_000);
    const portal = await project('Partner Portal', 200_000);
    const crm = await project('CRM Replacement', 400_000);
    await send('put', `/projects/${analytics.id}/scores/default`, { levels: ALL(3) }, 200, { 'If-Match': '"0"' });
    await send('put', `/projects/${portal.id}/scores/default`, { levels: ALL(2) }, 200, { 'If-Match': '"0"' });
    await send('put', `/portfolios/${portfolio.id}/selection-settings`, { quarters: 4, firstQuarter: '2027-Q1' }, 200, { 'If-Match': '"0"' });

    // The ranked list before: the CRM is not scored yet.
    await page.goto(`${server.baseUrl}/portfolios/${portfolio.id}/prioritisation`);
    const ranked = page.getByRole('table', { name: 'Ranked projects' });
    await visible(ranked.locator(`tr[data-project="${analytics.code}"]`));
    await visible(page.getByRole('region', { name: 'Not scored' }).getByText(`${crm.code} CRM Replacement`));

    // Score the CRM on its scoring card: best level everywhere (lowest risk).
    await page.getByRole('region', { name: 'Not scored' }).getByRole('link', { name: `${crm.code} CRM Replacement` }).click();
    await visible(page.getByRole('heading', { name: /Score/ }));
    for (const [label, option] of [['Strategic alignment', /^5 Essential/], ['Financial value', /^5 Very high/], ['Delivery risk', /^1 Very low/], ['Urgency', /^5 Critical/], ['Compliance', /^5 Regulatory/], ['Resource fit', /^5 Excellent/]] as const) {
      await choose(page, label, option);
    }
    await page.getByRole('button', { name: 'Save score' }).click();
    await visible(page.getByRole('heading', { name: /^Score 100\.0/ }));
    expect(await page.getByTestId('contribution-strategic_alignment').textContent()).toBe('30.0');

    // The ranked list after: the CRM first.
    await page.getByRole('link', { name: 'Portfolio ranking' }).click();
    await visible(ranked.locator(`tr[data-project="${crm.code}"]`));
    expect(await ranked.locator('tbody tr').first().getAttribute('data-project')).toBe(crm.code);
    expect(await page.getByRole('region', { name: 'Not scored' }).count()).toBe(0);

    // What-if: weighing delivery risk alone, the low-risk portal overtakes the analytics platform; the CRM stays first.
    const whatIf = page.getByRole('region', { name: 'What-if on the weights' });
    for (const name of ['Strategic alignment', 'Financial value', 'Urgency', 'Compliance', 'Resource fit']) await whatIf.getByLabel(name).fill('0');
    await whatIf.getByRole('button', { name: 'Try these weights' }).click();
    const moves = whatIf.getByRole('table', { name: 'Ranks before and after' });
    await visible(moves.locator(`tr[data-project="${portal.code}"]`));
    expect(await moves.locator(`tr[data-project="${portal.code}"] td`).nth(2).textContent()).toBe('2');
    await visible(whatIf.getByText('2 projects change place.'));

    // Optimise with 600,000 EUR for 2027: the CRM and the portal fit, the analytics platform does not.
    await page.getByRole('link', { name: 'Optimal selection' }).click();
    await page.getByRole('region', { name: 'Constraints' }).getByLabel(/Budget per year/).fill('600000');
    await page.getByRole('region', { name: 'Constraints' }).getByRole('button', { name: 'Optimise', exact: true }).click();
    await visible(page.getByText(/^Optimal value 132\.5 against greedy 132\.5/));
    await visible(page.getByText(/^Proven best · solved in \d+ ms · spending 2027: 600,000 EUR/));
    const table = page.getByRole('table', { name: 'Optimal and greedy selections' });
    expect(await table.locator(`tr[data-project="${crm.code}"]`).getAttribute('data-chosen')).toBe('yes');
    expect(await table.locator(`tr[data-project="${portal.code}"]`).getAttribute('data-chosen')).toBe('yes');
    expect(await table.locator(`tr[data-project="${analytics.code}"]`).getAttribute('data-chosen')).toBe('no');
    const out = page.getByRole('region', { name: 'Why projects are out' }).locator(`li[data-project="${analytics.code}"]`);
    await visible(out.getByText(/Year 2027 has 0 EUR left; "PRJ-\d+" needs 300,000 EUR/));
    await visible(out.getByText(/Forcing it in would lose [\d.]+ points/));
    const frontier = page.getByRole('region', { name: 'Efficient frontier' });
    await visible(frontier.getByRole('img', { name: /Efficient frontier/ }));
    expect(await frontier.locator('svg path').count()).toBeGreaterThan(0);

    // The CRM and the portal as rival options (settings saved on the page): the CRM alone is worth more than the other two.
    const settings = page.getByRole('region', { name: 'Selection settings' });
    await settings.getByRole('button', { name: 'Add a group' }).click();
    await settings.getByLabel('Group 1 name').fill('Customer platform');
    // The multi-select's box takes the click for its input; its list stays open between picks.
    await settings.getByRole('combobox', { name: 'Group 1 projects' }).click({ force: true });
    await page.getByRole('option', { name: `${crm.code} CRM Replacement` }).click();
    await page.getByRole('option', { name: `${portal.code} Partner Portal` }).click();
    await page.keyboard.press('Escape');
    await settings.getByLabel('Budget per year (EUR)').fill('600000');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await visible(settings.getByLabel('Group 1 name'));
    await page.getByRole('region', { name: 'Constraints' }).getByRole('button', { name: 'Optimise', exact: true }).click();
    await visible(page.getByText(/^Optimal value 100\.0 against greedy 100\.0/));
    await visible(page.getByRole('region', { name: 'Why projects are out' }).locator(`li[data-project="${portal.code}"]`).getByText(new RegExp(`"${crm.code}" is chosen and excludes "${portal.code}"`)));
  });

  it('checks the PMO’s AHP judgements as they are typed and takes the weights from them', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/settings/scoring`);
    const matrix = page.getByRole('table', { name: 'AHP matrix' });
    await visible(matrix);
    await visible(page.getByText('The judgements agree with each other.'));
    // Alignment over value 9, value over risk 9, yet risk over alignment 9: a circle.
    await page.getByLabel('Strategic alignment over Financial value').fill('9');
    await page.getByLabel('Financial value over Delivery risk').fill('9');
    await page.getByLabel('Strategic alignment over Delivery risk').fill('1/9');
    await visible(page.getByText(/\(too inconsistent: above 0\.10\)/));
    await visible(page.getByText(/revisit it/));
    // Alignment three times as important as each other criterion, the rest equal: consistent, 3/8 of the weight.
    await page.getByLabel('Financial value over Delivery risk').fill('1');
    for (const other of ['Financial value', 'Delivery risk', 'Urgency', 'Compliance', 'Resource fit']) await page.getByLabel(`Strategic alignment over ${other}`).fill('3');
    await visible(page.getByText(/\(consistent, ≤ 0\.10\)/));
    await page.getByRole('button', { name: 'Use the AHP weights' }).click();
    await visible(page.getByRole('button', { name: 'Use direct weights' }));
    const share = await page.getByRole('table', { name: 'Criteria' }).locator('tr[data-criterion="strategic_alignment"] td').last().textContent();
    expect(share).toBe('37.5 %');
  });
});
