import { ensureIdentityAdministration, FEDERATED_USERS, federatedLogin } from '@samvirke/testing';
import type { Page } from 'playwright-core';
import { expectAccessible, screenshot } from './portal-browser.js';
import { browserSuite } from './portal-stack.fixture.js';

/**
 * The privilege table in a real browser against the real stack: a platform admin reads it, is told
 * which entry is wrong, and saves a change; anyone else is told the page is for platform admins.
 * And the refused logins: an employee of a municipality not connected is refused, and the admin
 * sees it under "Afviste logins".
 * (The stack writes no identity provider in Keycloak; apps/partners/test/privilege-roles.e2e-spec.ts
 * follows a change into a login.)
 */
// The partners service reads refused logins through its Keycloak service account.
const suite = browserSuite('portal_privileges', () => ensureIdentityAdministration());
const REPORTER = 'http://samvirke.example/roles/usersystemrole/indberetter/1';

const openTable = async (page: Page): Promise<void> => {
  await page.goto(`${suite.stack.portalUrl}/privilege-roles`);
  await page.getByRole('heading', { level: 1, name: 'Rettigheder fra organisationernes login' }).waitFor();
};

it('shows a platform admin the table, names the wrong entry, and saves a change', async () => {
  const admin = await suite.userPage('platform.admin');
  await openTable(admin);
  expect(await admin.getByLabel('Rettighed 1').inputValue()).toBe(REPORTER);
  expect(await admin.getByLabel('Rolle 1').inputValue()).toBe('reporter');
  // An organisation's login can never grant platform admin: the role is not offered.
  const offered = await admin.getByLabel('Rolle 1').locator('option').allTextContents();
  expect(offered).not.toContain('Platformsadministrator');
  await expectAccessible(admin);

  await admin.getByRole('button', { name: 'Tilføj en rettighed' }).click();
  await admin.getByLabel('Rettighed 3').fill('indberetter');
  await admin.getByRole('button', { name: 'Gem tabellen' }).click();
  await admin.getByText('Skriv rettighedens URI (http(s)://… eller urn:…)').waitFor();
  await screenshot(admin, 'privilege-roles-01-error');

  await admin.getByLabel('Rettighed 3').fill('urn:dk:kombit:samvirke:koordinator');
  await admin.getByLabel('Rolle 3').selectOption('backbone-coordinator');
  await admin.getByRole('button', { name: 'Gem tabellen' }).click();
  await admin.getByText('Gemt. Gælder fra næste login.').waitFor();
  await openTable(admin);
  expect(await admin.getByLabel('Rettighed 3').inputValue()).toBe('urn:dk:kombit:samvirke:koordinator');
  expect(await admin.getByLabel('Rolle 3').inputValue()).toBe('backbone-coordinator');
  await screenshot(admin, 'privilege-roles-02-saved');
}, 120_000);

it('tells a foundation officer the page is for platform admins, showing no table', async () => {
  const officer = await suite.userPage('officer.helsefonden');
  await openTable(officer);
  await officer.getByText(/Kun platformsadministratorer/).waitFor();
  expect(await officer.getByLabel('Rettighed 1').count()).toBe(0);
}, 60_000);

it('shows a platform admin a login refused because the organisation is not connected', async () => {
  const login = await federatedLogin(FEDERATED_USERS.unconnected.username);
  expect(login.ok).toBe(false);
  const admin = await suite.userPage('platform.admin');
  await admin.goto(`${suite.stack.portalUrl}/refused-logins`);
  await admin.getByRole('heading', { level: 1, name: 'Afviste logins' }).waitFor();
  await admin.getByText('Organisationen er ikke tilsluttet Samvirke').first().waitFor();
  await expectAccessible(admin);
  await screenshot(admin, 'refused-logins-01');
}, 60_000);

it("shows a platform admin the organisations' logins and names every wrong field of a new one", async () => {
  const admin = await suite.userPage('platform.admin');
  await admin.goto(`${suite.stack.portalUrl}/identity-providers`);
  await admin.getByRole('heading', { level: 1, name: 'Organisationernes login' }).waitFor();
  // The demo municipal IdP comes from the realm file, so it cannot be removed here.
  const demo = admin.getByRole('row').filter({ hasText: 'kommune-idp' });
  await demo.getByText('Fra realm-filen').waitFor();
  await expectAccessible(admin);

  await admin.getByLabel('Navn på login-knappen').fill('Vejle Kommune');
  await admin.getByLabel('Kort navn (alias)').fill('Vejle Kommune');
  await admin.getByRole('button', { name: 'Tilslut login' }).click();
  for (const field of ['alias', 'organisation', 'metadataXml'])
    await admin.locator(`#idp-${field}[aria-invalid="true"]`).waitFor();
  expect(await admin.locator('#idp-displayName').getAttribute('aria-invalid')).toBeNull();
  await screenshot(admin, 'identity-providers-01-errors');
}, 60_000);
