// What the browser tests do the same way every time: sign in through the form (or change who is
// signed in), call the API as the signed-in user (with the session's CSRF token), and act while
// waiting for the request it sends.
import { expect } from 'vitest';
import type { Page, Response } from 'playwright-core';
import type { TestAccount } from './orrery-server.ts';

/** Fills the sign-in form the page shows, and waits until the app lands on `landsOn`. */
export async function signIn(page: Page, account: Pick<TestAccount, 'email' | 'password'>, landsOn = '/'): Promise<void> {
  await page.getByLabel('E-mail').fill(account.email);
  await page.getByRole('textbox', { name: 'Password' }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === landsOn);
}

/**
 * Signs out whoever is signed in, signs `account` in and lands on `path` (a query kept), once the
 * header names them.
 */
export async function signInAs(page: Page, baseUrl: string, account: TestAccount, path: string): Promise<void> {
  const signOut = page.getByRole('button', { name: 'Sign out' });
  if (await signOut.isVisible()) {
    await signOut.click();
    await page.waitForURL((url) => url.pathname === '/login');
  }
  await page.goto(`${baseUrl}/login?redirect=${encodeURIComponent(path)}`);
  await signIn(page, account, new URL(path, baseUrl).pathname);
  await page.getByTestId('current-user').filter({ hasText: account.name }).first().waitFor({ state: 'visible' });
}

/** The header a cookie-authenticated write needs: the signed-in session's CSRF token. */
export async function csrfHeaders(page: Page, baseUrl: string): Promise<{ 'X-CSRF-Token': string }> {
  const { csrfToken } = (await (await page.request.get(`${baseUrl}/api/v1/auth/me`)).json()) as { csrfToken: string };
  return { 'X-CSRF-Token': csrfToken };
}

/** Does `act` and returns the response to the first `method` request whose path matches. */
export async function answer(page: Page, method: string, path: RegExp, act: () => Promise<void>): Promise<Response> {
  const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === method && path.test(new URL(r.url()).pathname)), act()]);
  return response;
}

/**
 * A writer to the API as the signed-in user: each call sends the CSRF header (plus `extra`, e.g.
 * If-Match), expects `status` (failing with the answer's body) and returns the JSON.
 */
export async function apiWriter(page: Page, baseUrl: string) {
  const headers = await csrfHeaders(page, baseUrl);
  return async (method: 'post' | 'put' | 'patch', path: string, data: unknown, status: number, extra: Record<string, string> = {}) => {
    const res = await page.request[method](`${baseUrl}/api/v1${path}`, { headers: { ...headers, ...extra }, data });
    expect(res.status(), await res.text()).toBe(status);
    return res.json() as Promise<Record<string, unknown>>;
  };
}
