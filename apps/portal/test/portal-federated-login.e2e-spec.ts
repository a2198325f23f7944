import { FEDERATED_USERS, DEMO_PASSWORD } from '@samvirke/testing';
import type { Page } from 'playwright-core';
import { expectAccessible, screenshot } from './portal-browser.js';
import { browserSuite, setUpProgramme } from './portal-stack.fixture.js';

/**
 * "Log ind med din kommune" in a real browser: from the portal to Keycloak's login page, through
 * the demo municipal IdP's own login page (SAML), and back into the portal as the organisation and
 * role the assertion gives. Screenshots go to .run/artefacts/portal/.
 */
const suite = browserSuite('portal-federated', async (stack) => {
  await setUpProgramme(stack.gateway);
});

/** From the portal's front page to the municipal IdP's login form, checking Samvirke's login page on the way. */
async function toMunicipalLogin(): Promise<Page> {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
  const page = await context.newPage();
  await page.goto(suite.stack.portalUrl);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.locator('#username').waitFor();
  const municipal = page.getByRole('link', { name: 'Log ind med din kommune' });
  await municipal.waitFor();
  await expectAccessible(page);
  await municipal.click();
  await page.waitForURL((url) => url.pathname.includes('/realms/kommune-idp/'));
  return page;
}

async function logInAtIdp(page: Page, username: string): Promise<void> {
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('#kc-login').click();
}

describe('the portal with a municipal login', () => {
  it('lets a Københavns Kommune employee in through the municipal IdP as a reporter of København', async () => {
    const page = await toMunicipalLogin();
    await logInAtIdp(page, FEDERATED_USERS.kobenhavn.username);
    await page.waitForURL((url) => url.origin === suite.stack.portalUrl);
    await page.getByRole('heading', { level: 1, name: 'Dine programmer' }).waitFor();
    await expect(page.locator('.who').textContent()).resolves.toContain('Anne Holm · Indberetter');
    await page.getByRole('link', { name: 'Bryd den negative sociale arv' }).click();
    await page.getByRole('link', { name: 'Indberetning' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'federated-01-reporter');
    await page.context().close();
  }, 90_000);

  it("takes a municipal employee from the portal's own front page straight to the municipal IdP", async () => {
    const context = await suite.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'da-DK',
    });
    const page = await context.newPage();
    await page.goto(suite.stack.portalUrl);
    const municipal = page.getByRole('button', { name: 'Brug din kommunes login' });
    await municipal.waitFor();
    await expectAccessible(page);
    await municipal.click();
    await page.waitForURL((url) => url.pathname.includes('/realms/kommune-idp/'));
    await logInAtIdp(page, FEDERATED_USERS.aarhus.username);
    await page.waitForURL((url) => url.origin === suite.stack.portalUrl);
    await expect(page.locator('.who').textContent()).resolves.toContain('Jens Mortensen · Indberetter');
    await context.close();
  }, 90_000);

  it('refuses an employee of a municipality that is not connected, on an accessible page that says why', async () => {
    const page = await toMunicipalLogin();
    await logInAtIdp(page, FEDERATED_USERS.unconnected.username);
    await page.getByText('er ikke tilsluttet Samvirke').waitFor();
    expect(new URL(page.url()).origin).not.toBe(suite.stack.portalUrl);
    await expectAccessible(page);
    await screenshot(page, 'federated-02-refused');
    await page.context().close();
  }, 90_000);
});
