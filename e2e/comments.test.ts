// Comments with @mentions in a real browser against a real server. The PMO sets up a project
// (API) managed by Max with Casey on its team, and a risk on it. Max opens the risk, writes a
// comment and mentions Casey by typing `@Cas` and picking her from the offer, then sends it with
// Ctrl+Enter; the thread shows her name highlighted. Casey signs in, finds the mention among her
// notifications (API) and follows its link to the risk, where the comment marks her name.
//
// Uses the built web app in dist/web (see project-register.test.ts). Needs /usr/bin/chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visible, type TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { answer, csrfHeaders, signInAs as signInAsUser } from './support/session.ts';

const PMO: TestAccount = { email: 'pat.pmo@example.com', name: 'Pat Planner', role: 'pmo', password: 'e2e-password-2026' };
const MANAGER: TestAccount = { email: 'max.manager@example.com', name: 'Max Manager', role: 'member', password: 'e2e-password-2026' };
const CONTRIBUTOR: TestAccount = { email: 'casey.contributor@example.com', name: 'Casey Contributor', role: 'member', password: 'e2e-password-2026' };

describe('comments with @mentions (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;
  let projectId = '';
  let projectCode = '';
  let risk = { id: '', code: '' };
  let commentId = '';

  const api = (path: string) => `${server.baseUrl}/api/v1${path}`;
  const signInAs = (account: TestAccount, path: string) => signInAsUser(browser.page, server.baseUrl, account, path);

  beforeAll(async () => ({ server, browser } = await openSuite([PMO, MANAGER, CONTRIBUTOR])));
  afterAll(() => closeSuite({ server, browser }));

  it('sets up a project managed by Max, with Casey on the team and a risk', async () => {
    const { page } = browser;
    await signInAs(PMO, '/');
    const headers = await csrfHeaders(page, server.baseUrl);
    const people = (await (await page.request.get(api('/people'))).json()) as { items: Array<{ id: string; name: string }> };
    const idOf = (account: TestAccount) => people.items.find((p) => p.name === account.name)!.id;
    const portfolio = (await (await page.request.post(api('/portfolios'), { headers, data: { name: 'Operations' } })).json()) as { id: string };
    const project = await page.request.post(api('/projects'), { headers, data: { name: 'Warehouse Move', portfolioId: portfolio.id, managerId: idOf(MANAGER) } });
    expect(project.status()).toBe(201);
    ({ id: projectId, code: projectCode } = (await project.json()) as { id: string; code: string });
    const member = await page.request.put(api(`/projects/${projectId}/members/${idOf(CONTRIBUTOR)}`), { headers, data: { role: 'contributor' } });
    expect(member.status()).toBeLessThan(300);
    const created = await page.request.post(api(`/projects/${projectId}/risks`), { headers, data: { title: 'Lease ends before the move', probability: 3, impact: 4 } });
    expect(created.status()).toBe(201);
    risk = (await created.json()) as { id: string; code: string };
  });

  it('lets Max mention Casey on the risk by typing @ and picking her', async () => {
    const { page } = browser;
    await signInAs(MANAGER, `/projects/${projectId}/raid?tab=risks&open=${risk.id}`);
    const dialog = page.getByRole('dialog');
    const thread = dialog.getByRole('region', { name: 'Comments' });
    await visible(thread.getByText('No comments yet.'));
    const box = thread.getByRole('textbox', { name: 'Comment', exact: true });
    await box.click();
    await box.pressSequentially('Can you check the lease with the landlord, @Cas', { delay: 20 });
    await visible(page.getByRole('option', { name: /Casey Contributor/ }));
    await page.getByRole('option', { name: /Casey Contributor/ }).click();
    expect(await box.inputValue()).toBe(`Can you check the lease with the landlord, @${CONTRIBUTOR.email} `);
    await box.pressSequentially('please?', { delay: 20 });
    const posted = await answer(page, 'POST', new RegExp(`/projects/${projectId}/comments$`), () => box.press('Control+Enter'));
    expect(posted.status()).toBe(201);
    const saved = (await posted.json()) as { id: string; mentions: Array<{ name: string }>; unreachableMentions: unknown[] };
    expect(saved.mentions.map((m) => m.name)).toEqual([CONTRIBUTOR.name]);
    expect(saved.unreachableMentions).toEqual([]);
    commentId = saved.id;
    const comment = thread.getByRole('article', { name: `Comment by ${MANAGER.name}` });
    await visible(comment.getByText(`@${CONTRIBUTOR.name}`));
    expect(await comment.locator('[data-mention="other"]').textContent()).toBe(`@${CONTRIBUTOR.name}`);
    expect(await box.inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
  });

  it('tells Casey, whose name the comment marks when she follows the link', async () => {
    const { page } = browser;
    await signInAs(CONTRIBUTOR, '/');
    const inbox = (await (await page.request.get(api('/me/notifications'))).json()) as { items: Array<{ kind: string; title: string; link: string; body: string }> };
    const mention = inbox.items.find((n) => n.kind === 'mention')!;
    expect(mention).toMatchObject({
      title: `${MANAGER.name} mentioned you on ${risk.code} of ${projectCode}`,
      link: `/projects/${projectId}/raid?tab=risks&open=${risk.id}#comment-${commentId}`,
    });
    expect(mention.body).toContain('Can you check the lease with the landlord');
    await page.goto(`${server.baseUrl}${mention.link}`);
    const comment = page.getByRole('dialog').getByRole('article', { name: `Comment by ${MANAGER.name}` });
    await visible(comment.locator('mark[data-mention="me"]', { hasText: `@${CONTRIBUTOR.name}` }));
    expect(await comment.getAttribute('id')).toBe(`comment-${commentId}`);
    expect(browser.pageErrors).toEqual([]);
  });
});
