// The competency matrix in a real browser against a real server: the PMO sets the levels team
// members need, then reads the matrix for project managers and, one click on, for team members —
// each role held by whoever does the job now (the manager of an active project, a person on its
// team), a level below the role's requirement shown in red.
//
// Uses the built web app in dist/web (see project-register.test.ts). Needs /usr/bin/chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { apiWriter, signIn } from './support/session.ts';

const PMO: TestAccount = { email: 'tr.pmo@example.com', name: 'Tara Training', role: 'pmo', password: 'e2e-password-2026' };
const MANAGER: TestAccount = { email: 'tr.manager@example.com', name: 'Mats Manager', role: 'member', password: 'e2e-password-2026' };
const ANALYST: TestAccount = { email: 'tr.analyst@example.com', name: 'Ada Analyst', role: 'member', password: 'e2e-password-2026' };

describe('competency matrix (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;

  beforeAll(async () => ({ server, browser } = await openSuite([PMO, MANAGER, ANALYST])));
  afterAll(() => closeSuite({ server, browser }));

  it('shows each role’s holders against the levels the role requires', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/login`);
    await signIn(page, PMO);
    const write = await apiWriter(page, server.baseUrl);
    const people = (await (await page.request.get(`${server.baseUrl}/api/v1/people`)).json()) as { items: Array<{ id: string; name: string }> };
    const idOf = (name: string) => people.items.find((p) => p.name === name)!.id;
    const { id: portfolioId } = await write('post', '/portfolios', { name: 'Training portfolio' }, 201);
    const project = await write('post', '/projects', { name: 'Depot Automation', portfolioId, managerId: idOf(MANAGER.name), status: 'active' }, 201);
    await write('put', `/projects/${project.id as string}/members/${idOf(ANALYST.name)}`, { role: 'contributor' }, 200);
    const framework = (await (await page.request.get(`${server.baseUrl}/api/v1/training/framework`)).json()) as { version: number; competencies: unknown[]; requirements: unknown[] };
    await write('put', '/training/framework', { competencies: framework.competencies, requirements: [...framework.requirements, { role: 'team_member', name: 'Team members', levels: { scheduling: 2 } }] }, 200, { 'If-Match': `"${framework.version}"` });

    await page.goto(`${server.baseUrl}/training/matrix`);
    const matrix = page.getByRole('table', { name: 'Competency matrix' });
    await expect.poll(() => matrix.getByRole('row').allInnerTexts()).toContainEqual(expect.stringContaining(MANAGER.name));
    expect(await matrix.innerText()).not.toContain(ANALYST.name);

    await page.getByText('Team members', { exact: true }).click();
    await expect.poll(() => page.getByText('members of an active project’s team').count()).toBeGreaterThan(0);
    await expect.poll(() => matrix.innerText()).toContain(ANALYST.name);
    expect(await matrix.innerText()).not.toContain(MANAGER.name);
    const header = await matrix.getByRole('columnheader', { name: /Scheduling/ }).innerText();
    expect(header).toContain('≥2');
  });
});
