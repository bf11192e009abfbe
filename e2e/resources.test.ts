// The resource pool in a real browser against a real server. The PMO (with one engineer already in
// the pool through the API) adds a person with a skill in the dialog, filters the pool by that
// skill at a proficiency and sees only them, then opens them and records a week of leave.
//
// Uses the built web app in dist/web (see project-register.test.ts). Needs /usr/bin/chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, visible, type TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { answer, csrfHeaders, signIn } from './support/session.ts';

const PMO: TestAccount = { email: 'pool.pmo@example.com', name: 'Pool Keeper', role: 'pmo', password: 'e2e-password-2026' };

describe('resource pool (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;

  beforeAll(async () => ({ server, browser } = await openSuite([PMO])));
  afterAll(() => closeSuite({ server, browser }));

  it('adds a person with a skill, finds them by that skill and records their leave', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/login?redirect=%2Fresources`);
    await signIn(page, PMO, '/resources');
    const headers = await csrfHeaders(page, server.baseUrl);
    const other = await page.request.post(`${server.baseUrl}/api/v1/resources`, { headers, data: { kind: 'person', name: 'Oskar Other', department: 'Engineering', skills: [{ skill: 'Kotlin', proficiency: 2 }] } });
    expect(other.status()).toBe(201);
    await page.reload();
    await visible(page.getByRole('table', { name: 'Resources' }).getByText('Oskar Other'));

    await page.getByRole('button', { name: 'Add resource' }).click();
    const form = page.getByRole('dialog', { name: 'Add a resource' });
    await form.getByRole('textbox', { name: 'Name' }).fill('Zoë Quant');
    await form.getByRole('textbox', { name: 'Department' }).fill('Engineering');
    await form.getByRole('button', { name: 'Add a skill' }).click();
    await form.getByRole('textbox', { name: 'Skill 1' }).fill('Kotlin');
    await form.getByRole('combobox', { name: 'Proficiency of skill 1' }).click();
    await page.getByRole('option', { name: '4 – advanced' }).click();
    const created = await answer(page, 'POST', /\/api\/v1\/resources$/, () => form.getByRole('button', { name: 'Add resource' }).click());
    expect(created.status()).toBe(201);
    expect(created.request().postDataJSON()).toMatchObject({ kind: 'person', name: 'Zoë Quant', skills: [{ skill: 'Kotlin', proficiency: 4 }] });
    await page.getByRole('dialog', { name: 'Add a resource' }).waitFor({ state: 'hidden' });

    await choose(page, 'Skill', 'Kotlin');
    await choose(page, 'At least', '3 / 5');
    const table = page.getByRole('table', { name: 'Resources' });
    await page.waitForFunction(() => !document.querySelector('[data-resource="Oskar Other"]'));
    expect(await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-resource')))).toEqual(['Zoë Quant']);
    await visible(table.getByText('Kotlin 4'));

    await table.getByRole('button', { name: 'Zoë Quant' }).click();
    const drawer = page.getByRole('dialog', { name: /Zoë Quant/ });
    await visible(drawer.getByText('No holidays or leave of its own.'));
    await drawer.getByLabel('Leave from').fill('2027-08-02');
    await drawer.getByLabel('to', { exact: true }).fill('2027-08-06');
    await drawer.getByLabel('Name').fill('Summer holiday');
    const leave = await answer(page, 'POST', /\/leave$/, () => drawer.getByRole('button', { name: 'Record leave' }).click());
    expect(leave.status()).toBe(201);
    await visible(drawer.getByRole('table', { name: 'Exceptions and leave' }).getByText('Summer holiday'));
  });
});
