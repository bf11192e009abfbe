// A lesson found by search, in a real browser against a real server. The PMO lead sets up a closed
// project with a closure report and three lessons (through the API); on the Lessons learned page
// she searches "vendor late" and sees the better match first with the matched words marked, narrows
// by category, opens the lesson and accepts it; a starting project that shares a tag shows it among
// its suggested lessons; on the closed project's closure page she writes the evaluation and submits
// it, freezing its figures, and records a lesson from it that search then finds.
//
// Uses the built web app in dist/web (see project-register.test.ts). Needs /usr/bin/chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, visible, type TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { apiWriter, signIn } from './support/session.ts';

const PMO: TestAccount = { email: 'lessons.pmo@example.com', name: 'Lena Lessons', role: 'pmo', password: 'e2e-password-2026' };

describe('lessons learned (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;

  beforeAll(async () => ({ server, browser } = await openSuite([PMO])));
  afterAll(() => closeSuite({ server, browser }));

  it('finds a lesson by search, best match first, accepts it, suggests it to a new project and submits a closure report', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/login`);
    await signIn(page, PMO);
    const write = await apiWriter(page, server.baseUrl);
    const portfolio = await write('post', '/portfolios', { name: 'Operations' }, 201);
    const closed = await write('post', '/projects', { name: 'Call centre move', portfolioId: portfolio.id, status: 'completed', tags: ['telephony'] }, 201);
    const starting = await write('post', '/projects', { name: 'Branch telephony', description: 'New phones for the branches.', portfolioId: portfolio.id, tags: ['telephony'] }, 201);
    const report = await write('post', `/projects/${closed.id}/closure-report`, {}, 201);
    const lesson = (title: string, description: string, category: string) =>
      write('post', '/lessons', { source: { type: 'closure_report', id: report.id }, title, description, category, impact: 'negative', recommendation: 'Ask for written lead times.', tags: ['telephony'] }, 201);
    await lesson('Vendor delivered the trunks late', 'The vendor was late twice; the late delivery moved the cut-over.', 'procurement');
    await lesson('Training started late', 'Training began a week before go-live; one vendor course was cancelled.', 'resources');
    await lesson('Rehearsals paid off', 'Two rehearsals found the routing faults.', 'quality');

    await page.getByRole('link', { name: 'Lessons learned' }).click();
    await visible(page.getByRole('heading', { name: 'Lessons learned' }));
    await page.getByLabel('Search lessons').fill('vendor late');
    await visible(page.getByText('2 lesson(s), best match first'));
    const results = page.getByRole('listitem');
    expect(await results.count()).toBe(2);
    expect(await results.first().getByRole('link').textContent()).toContain('Vendor delivered the trunks late');
    expect((await results.first().locator('mark').allTextContents()).map((t) => t.toLowerCase())).toEqual(expect.arrayContaining(['vendor', 'late']));

    await choose(page, 'Category', 'Resources');
    await visible(page.getByText('1 lesson(s), best match first'));
    expect(await page.getByRole('listitem').first().getByRole('link').textContent()).toContain('Training started late');
    await choose(page, 'Category', 'Procurement');
    await visible(page.getByRole('listitem').getByRole('link', { name: /Vendor delivered the trunks late/ }));
    await page.getByRole('link', { name: /Vendor delivered the trunks late/ }).click();
    await page.waitForURL(/\/lessons\/[0-9a-f-]{36}$/);
    await visible(page.getByText('Ask for written lead times.'));
    await page.getByRole('button', { name: 'Accept lesson' }).click();
    await visible(page.getByRole('button', { name: 'Mark built in' }));

    await page.goto(`${server.baseUrl}/projects/${starting.id}`);
    const panel = page.getByLabel('Lessons from other projects');
    await visible(panel.getByRole('link', { name: 'Vendor delivered the trunks late' }));
    expect(await panel.textContent()).toContain('tags: telephony');

    await page.goto(`${server.baseUrl}/projects/${closed.id}/closure`);
    await visible(page.getByText(/Live, computed today/));
    await page.getByLabel('What went well').fill('Rehearsals with real agents.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Submit to the PMO' }).click();
    await visible(page.getByText(/Frozen when submitted/));
    await visible(page.getByRole('button', { name: 'Accept' }));
    expect(await page.getByTestId('closure-scope').textContent()).toBe('0');

    // A lesson recorded from the report is found by search at once.
    await page.getByLabel('Lesson title').fill('Script the switchover weekend');
    await page.getByLabel('What happened').fill('A minute-by-minute switchover script kept forty people in step.');
    await page.getByRole('button', { name: 'Record lesson' }).click();
    await visible(page.getByText(/Recorded LSN-\d+/));
    await page.getByRole('link', { name: 'Lessons learned' }).click();
    await page.getByLabel('Search lessons').fill('switchover script');
    await visible(page.getByText('1 lesson(s), best match first'));
    expect(await page.getByRole('listitem').first().getByRole('link').textContent()).toContain('Script the switchover weekend');
  });
});
