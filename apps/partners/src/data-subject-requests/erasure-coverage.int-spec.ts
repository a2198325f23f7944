import { randomUUID } from 'node:crypto';
import { HEALTH_CHECK_ITEM_SETS, type DataSubjectRequestDto, type ProgrammeDto } from '@samvirke/contracts';
import {
  createTemporaryUser,
  DEMO_ORGANISATIONS,
  keycloakAdmin,
  type TemporaryIdentity,
} from '@samvirke/testing';
import { seedProgramme, startPartners, type PartnersFixture } from '../../test/partners-api.fixture.js';

/**
 * What a data subject request reaches in partners beyond contacts (issue 24), against real
 * PostgreSQL and Keycloak: names typed as free text — body members, action item owners, health
 * check action owners — found by the names the person goes by (their Keycloak account's and their
 * named contacts', exactly but for case) and pseudonymised, and the health check's who-answered
 * row deleted while the answers, which name nobody, stay. A colleague's entries are untouched.
 */
let partners: PartnersFixture;
let programme: ProgrammeDto;
let person: TemporaryIdentity;
const unique = randomUUID().slice(0, 6);
const who = {
  username: `ellen.${unique}`,
  email: `ellen.${unique}@kk.example`,
  accountName: `Ellen Erasmus${unique}`,
  contactName: `Ellen E. Kontakt${unique}`,
};
const COLLEAGUE = 'Sara Nielsen';
const kobenhavn = DEMO_ORGANISATIONS.kobenhavn.id;
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
const governance = (rest: string) => `/programmes/${programme.id}/governance${rest}`;
const healthCheck = (rest: string) => `/programmes/${programme.id}/health-check${rest}`;

async function created(user: 'coordinator' | 'reporterKobenhavn' | 'admin', path: string, body: unknown) {
  const response = await partners.call<{ id: string }>(user, 'POST', path, body);
  if (response.status !== 201) throw new Error(`${path}: ${JSON.stringify(response.body)}`);
  return response.body;
}

async function giveThePersonData(): Promise<void> {
  await created('reporterKobenhavn', `/organisations/${kobenhavn}/contacts`, {
    name: who.contactName,
    email: who.email,
    role: 'kontaktperson',
  });
  await created('coordinator', governance('/bodies'), {
    kind: 'steering-group',
    name: 'Styregruppen',
    members: [
      { organisationId: kobenhavn, personName: who.accountName, role: 'member' },
      { organisationId: kobenhavn, personName: COLLEAGUE, role: 'chair' },
    ],
  });
  for (const ownerName of [who.contactName.toUpperCase(), COLLEAGUE])
    await created('coordinator', governance('/action-items'), {
      title: `Opfølgning ${ownerName}`,
      ownerOrganisationId: kobenhavn,
      ownerName,
      dueDate: '2027-03-01',
    });
  const round = await created('coordinator', healthCheck('/rounds'), {
    title: 'Forår',
    opensOn: today,
    closesOn: '2099-12-31',
  });
  const items = HEALTH_CHECK_ITEM_SETS[1]?.items ?? [];
  const answered = await fetch(`${partners.url}${healthCheck(`/rounds/${round.id}/responses`)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await person.token()}`, 'content-type': 'application/json' },
    body: JSON.stringify({ answers: Object.fromEntries(items.map((item) => [item.id, 4])) }),
  });
  if (answered.status !== 201) throw new Error(`answer: ${answered.status} ${await answered.text()}`);
  for (const ownerName of [who.accountName, COLLEAGUE])
    await created('coordinator', healthCheck('/actions'), {
      condition: 'continuous-communication',
      roundId: round.id,
      text: `Nyhedsbrev ${ownerName}`,
      ownerOrganisationId: kobenhavn,
      ownerName,
      dueDate: '2027-02-01',
    });
}

beforeAll(async () => {
  partners = await startPartners('erasure_coverage');
  programme = await seedProgramme(partners);
  person = await createTemporaryUser({
    username: who.username,
    email: who.email,
    emailVerified: true,
    roles: ['partner-member'],
    organisations: [kobenhavn],
  });
  const [firstName, lastName] = who.accountName.split(' ');
  await keycloakAdmin('PUT', `/users/${person.id}`, {
    username: who.username,
    email: who.email,
    emailVerified: true,
    firstName,
    lastName,
    attributes: { organisation: [kobenhavn] },
  });
  await giveThePersonData();
}, 90_000);

afterAll(async () => {
  await person?.remove().catch(() => undefined);
  await partners?.close();
}, 60_000);

const NAMED_TABLES = {
  governance_body_member: 1,
  action_item: 1,
  health_check_action: 1,
  health_check_respondent: 1,
};

async function request(kind: 'access' | 'erasure'): Promise<Record<string, number>> {
  const opened = await partners.call<DataSubjectRequestDto>('admin', 'POST', '/data-subject-requests', {
    kind,
    email: who.email,
    reference: `J.nr. ${kind}`,
  });
  expect(opened.status).toBe(201);
  return opened.body.services.find((part) => part.service === 'partners')?.counts ?? {};
}

const namesLeft = (table: string, column: string) =>
  partners.count(table, `${column} IN ($1, $2, $3)`, [
    who.accountName,
    who.contactName,
    who.contactName.toUpperCase(),
  ]);

describe('erasure of free-text names and health check respondents', () => {
  it("finds the person's free-text names and their who-answered row in an access request", async () => {
    expect(await request('access')).toMatchObject({ contact: 1, ...NAMED_TABLES });
  });

  it('pseudonymises those names, deletes the who-answered row and keeps the answers and the colleague', async () => {
    const responses = await partners.count('health_check_response');
    expect(await request('erasure')).toMatchObject({ contact: 1, ...NAMED_TABLES });

    expect(await namesLeft('governance_body_member', 'person_name')).toBe(0);
    expect(await namesLeft('action_item', 'owner_name')).toBe(0);
    expect(await namesLeft('health_check_action', 'owner_name')).toBe(0);
    expect(await partners.count('governance_body_member', `person_name LIKE 'slettet-%'`)).toBe(1);
    expect(await partners.count('action_item', `owner_name LIKE 'slettet-%'`)).toBe(1);
    expect(await partners.count('health_check_action', `owner_name LIKE 'slettet-%'`)).toBe(1);
    for (const [table, column] of [
      ['governance_body_member', 'person_name'],
      ['action_item', 'owner_name'],
      ['health_check_action', 'owner_name'],
    ] as const)
      expect(await partners.count(table, `${column} = $1`, [COLLEAGUE])).toBe(1);

    expect(await partners.count('health_check_respondent', 'subject = $1', [person.id])).toBe(0);
    expect(await partners.count('health_check_response')).toBe(responses);
    // The audit trail keeps its entries, with the names as salted digests only.
    expect(
      await partners.count('audit_entry', `changes::text ILIKE ANY ($1)`, [
        [`%${who.accountName}%`, `%${who.contactName}%`, `%${who.email}%`],
      ]),
    ).toBe(0);
    expect(await partners.count('audit_entry', `changes::text LIKE $1`, [`%${COLLEAGUE}%`])).toBeGreaterThan(
      0,
    );
  });
});
