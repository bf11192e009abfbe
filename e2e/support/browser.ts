// Launches Debian's Chromium through playwright-core with a fresh profile, and small helpers
// for waiting on what the page shows (playwright-core has no auto-waiting `expect`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface TestBrowser {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors, to fail a test on a crashing screen. */
  pageErrors: string[];
  close: () => Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'orrery-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ARGS,
    viewport: { width: 1440, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/Amsterdam',
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const close = async () => {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, pageErrors, close };
}

/** Waits until the locator is visible (fails after the context's default timeout). */
export const visible = (locator: Locator): Promise<void> => locator.first().waitFor({ state: 'visible' });

/**
 * Picks an option of a Mantine Select/MultiSelect by its label. A select fed by the API may open
 * before its options have arrived; then the dropdown is closed and opened again until they show.
 */
export async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  const wanted = page.getByRole('option', { name: option }).first();
  for (let attempt = 1; ; attempt++) {
    await page.getByRole('combobox', { name: label }).click();
    try {
      await wanted.waitFor({ state: 'visible', timeout: 3_000 });
      break;
    } catch (error) {
      if (attempt === 5) throw error;
      await page.keyboard.press('Escape');
    }
  }
  await wanted.click();
}
