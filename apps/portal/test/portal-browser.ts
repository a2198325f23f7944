import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@samvirke/testing';

/**
 * Debian's chromium driven by playwright-core, headless, with nothing fetched from the network
 * on its own (no component updates, sync or first-run pages) and a fresh profile each run.
 */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const ARTEFACTS = join(process.cwd(), '.run', 'artefacts', 'portal');

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(ARTEFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Logs a demo user in on Keycloak's own login page, starting from the portal's front page; a check
 * given runs on the login page first.
 */
export async function logIn(
  browser: Browser,
  portalUrl: string,
  username: string,
  loginScreenshot?: string,
  checkLoginPage?: (page: Page) => Promise<void>,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
  const page = await context.newPage();
  await page.goto(portalUrl);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.waitForURL((url) => url.port === '8080' || url.pathname.includes('/realms/samvirke/'));
  await page.locator('#username').waitFor();
  if (checkLoginPage) await checkLoginPage(page);
  if (loginScreenshot) await screenshot(page, loginScreenshot);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.origin === portalUrl);
  await page.getByRole('heading', { level: 1, name: 'Dine programmer' }).waitFor();
  return page;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(ARTEFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core run in the page (WCAG 2.0/2.1 A and AA); the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate<boolean>('typeof window.axe === "object"');
  if (!loaded) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate<AxeViolation[]>(`
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
      .then((result) => result.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')),
      })))
  `);
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** Clicks a download button and returns the file's name and bytes. */
export async function downloadFile(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** axe-core finds no serious or critical WCAG violation on the page. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}
