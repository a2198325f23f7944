import { randomUUID } from 'node:crypto';
import type {
  ContactAccessGrant,
  ContactDto,
  ProgrammeDto,
  ProgrammeMemberPeople,
} from '@samvirke/contracts';
import {
  createTemporaryClient,
  DEMO_ORGANISATIONS,
  DEMO_USERS,
  userToken,
  type TemporaryIdentity,
} from '@samvirke/testing';
import { seedProgramme, startPartners, type PartnersFixture } from '../../test/partners-api.fixture.js';

/**
 * Named contacts and machine clients (issue 24), against real PostgreSQL and a real Keycloak
 * client-credentials token: an integration client of Helsefonden sees no named contact until a
 * platform admin grants its client id contact access; granting and revoking are in the audit
 * trail, and so is each read of contacts by the granted client.
 */
let partners: PartnersFixture;
let programme: ProgrammeDto;
let client: TemporaryIdentity;
const clientId = `samvirke-it-contacts-${randomUUID().slice(0, 8)}`;
const CONTACT = { name: 'Karin Kontaktperson', email: 'karin.kontakt@helsefonden.example' };

async function asClient<T>(method: string, path: string): Promise<{ status: number; body: T }> {
  const response = await fetch(`${partners.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${await client.token()}` },
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

const people = () => asClient<ProgrammeMemberPeople[]>('GET', `/programmes/${programme.id}/people`);
const contacts = () =>
  asClient<ContactDto[]>('GET', `/organisations/${DEMO_ORGANISATIONS.helsefonden.id}/contacts`);
const audit = (where: string, params: unknown[]) => partners.count('audit_entry', where, params);

beforeAll(async () => {
  partners = await startPartners('contact_access');
  programme = await seedProgramme(partners);
  const added = await partners.call(
    'helsefonden',
    'POST',
    `/organisations/${DEMO_ORGANISATIONS.helsefonden.id}/contacts`,
    {
      ...CONTACT,
      role: 'programchef',
    },
  );
  if (added.status !== 201) throw new Error(JSON.stringify(added.body));
  client = await createTemporaryClient({
    clientId,
    accessTokenLifespanSeconds: 300,
    roles: ['integration'],
    organisations: [DEMO_ORGANISATIONS.helsefonden.id],
  });
}, 60_000);

afterAll(async () => {
  await client?.remove();
  await partners?.close();
}, 60_000);

describe('contact access for an integration client', () => {
  it('shows a client without the grant the members but no named contact, and logs no read', async () => {
    const seen = await people();
    expect(seen.status).toBe(200);
    expect(seen.body.map((member) => member.organisationName)).toContain('Helsefonden');
    expect(seen.body.flatMap((member) => member.contacts)).toEqual([]);
    const own = await contacts();
    expect(own).toEqual({ status: 200, body: [] });
    expect(JSON.stringify([seen.body, own.body])).not.toContain(CONTACT.email);
    expect(await audit(`action = 'READ' AND actor_client = $1`, [clientId])).toBe(0);
  });

  it('lets only platform admins grant, and names a bad client id', async () => {
    const refused = await partners.call(
      'coordinator',
      'PUT',
      `/integration-clients/${clientId}/contact-access`,
    );
    expect(refused.status).toBe(403);
    const bad = await partners.call<{ errors: { detail: string }[] }>(
      'admin',
      'PUT',
      '/integration-clients/Not%20A%20Client/contact-access',
    );
    expect(bad.status).toBe(400);
    // A path parameter's problem points at the parameter's value ('/'), as everywhere in the house.
    expect(bad.body.errors.map((error) => error.detail)).toEqual([
      expect.stringMatching(/Keycloak client id/),
    ]);
    expect(await partners.count('contact_access_grant')).toBe(0);
  });

  it('shows the granted client named contacts and records the grant and every read', async () => {
    const granted = await partners.call<ContactAccessGrant>(
      'admin',
      'PUT',
      `/integration-clients/${clientId}/contact-access`,
    );
    expect(granted.status).toBe(200);
    expect(granted.body.clientId).toBe(clientId);
    const listed = await partners.call<ContactAccessGrant[]>(
      'admin',
      'GET',
      '/integration-clients/contact-access',
    );
    expect(listed.body.map((grant) => grant.clientId)).toEqual([clientId]);
    expect(
      await audit(
        `table_name = 'contact_access_grant' AND action = 'INSERT' AND row_key = $1 AND actor_subject = $2`,
        [clientId, await adminSubject()],
      ),
    ).toBe(1);

    const seen = await people();
    const helsefonden = seen.body.find((member) => member.organisationName === 'Helsefonden');
    expect(helsefonden?.contacts.map(({ name, email }) => ({ name, email }))).toEqual([CONTACT]);
    expect((await contacts()).body.map((contact) => contact.email)).toEqual([CONTACT.email]);
    expect(await audit(`action = 'READ' AND table_name = 'contact' AND actor_client = $1`, [clientId])).toBe(
      2,
    );
    expect(
      await audit(`action = 'READ' AND actor_client = $1 AND programme_id = $2`, [clientId, programme.id]),
    ).toBe(1);
  });

  it('takes the contacts away again on revocation, which the audit trail records', async () => {
    const revoked = await partners.call('admin', 'DELETE', `/integration-clients/${clientId}/contact-access`);
    expect(revoked.status).toBe(204);
    expect((await people()).body.flatMap((member) => member.contacts)).toEqual([]);
    expect((await contacts()).body).toEqual([]);
    expect(
      await audit(`table_name = 'contact_access_grant' AND action = 'DELETE' AND row_key = $1`, [clientId]),
    ).toBe(1);
    expect(await audit(`action = 'READ' AND actor_client = $1`, [clientId])).toBe(2);
  });

  it("leaves the organisation's own people seeing their contacts regardless", async () => {
    const own = await partners.call<ContactDto[]>(
      'helsefonden',
      'GET',
      `/organisations/${DEMO_ORGANISATIONS.helsefonden.id}/contacts`,
    );
    expect(own.body.map((contact) => contact.name)).toEqual([CONTACT.name]);
  });
});

async function adminSubject(): Promise<string> {
  const token = await userToken(DEMO_USERS.admin.username);
  const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
    sub: string;
  };
  return payload.sub;
}
