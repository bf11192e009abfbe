// What every browser test file starts and ends with: the built web app, a fresh server with the
// file's accounts and a browser before its tests; both stopped after them, even when starting
// failed half-way.
import { launchBrowser, type TestBrowser } from './browser.ts';
import { ensureWebBuilt, startOrrery, type OrreryServer, type TestAccount } from './orrery-server.ts';

export interface BrowserSuite {
  server: OrreryServer;
  browser: TestBrowser;
}

/**
 * @example
 * beforeAll(async () => ({ server, browser } = await openSuite([PMO])));
 * afterAll(() => closeSuite({ server, browser }));
 */
export async function openSuite(accounts: readonly TestAccount[]): Promise<BrowserSuite> {
  await ensureWebBuilt();
  const server = await startOrrery(accounts);
  return { server, browser: await launchBrowser() };
}

export async function closeSuite(suite: Partial<BrowserSuite>): Promise<void> {
  await suite.browser?.close();
  await suite.server?.stop();
}
