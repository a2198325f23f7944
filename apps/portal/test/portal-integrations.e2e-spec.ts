import { randomUUID } from 'node:crypto';
import { expectAccessible, screenshot } from './portal-browser.js';
import { browserSuite } from './portal-stack.fixture.js';

/**
 * Integrationer in a real browser against the real stack: a platform admin grants a client access
 * to named contacts, sees it on the client's row, and revokes it again; a foundation officer is told
 * the page is for platform admins. (The API and the audit trail behind it:
 * apps/partners/src/contacts/contact-access.int-spec.ts.)
 */
const suite = browserSuite('portal_integrations');
const clientId = `erp-${randomUUID().slice(0, 8)}`;

it('lets a platform admin grant and revoke a client access to named contacts', async () => {
  const admin = await suite.userPage('platform.admin');
  await admin.goto(`${suite.stack.portalUrl}/integrations`);
  await admin.getByRole('heading', { level: 1, name: 'Integrationer' }).waitFor();
  await admin.getByText('Ingen integrationer har fået adgang endnu.').waitFor();
  await expectAccessible(admin);

  await admin.getByLabel('Klient-id i Keycloak').fill(clientId);
  await admin.getByRole('button', { name: 'Giv adgang', exact: true }).click();
  const row = admin.getByRole('row').filter({ hasText: clientId });
  await row.getByText(/^Ja, siden/).waitFor();
  await screenshot(admin, 'integrations-01-granted');

  await row.getByRole('button', { name: `Fjern ${clientId}s adgang til kontakter` }).click();
  await row.getByText('Nej').waitFor();
  await row.getByRole('button', { name: `Giv ${clientId} adgang til kontakter` }).waitFor();
}, 120_000);

it('tells a foundation officer the page is for platform admins', async () => {
  const officer = await suite.userPage('officer.helsefonden');
  await officer.goto(`${suite.stack.portalUrl}/integrations`);
  await officer.getByText(/Kun platformsadministratorer/).waitFor();
  expect(await officer.getByLabel('Klient-id i Keycloak').count()).toBe(0);
}, 60_000);
