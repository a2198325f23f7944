/**
 * Loads the demo data through the gateway, as its users would: the organisations the demo users
 * belong to, the 5 regions, all 98 municipalities and a few more partners (as platform admin), then
 * the five demo programmes (created by their foundations' officers) with members, goals and
 * activities. Safe to run again: what is already there is left as it is.
 */
import { createHash } from 'node:crypto';
import { DK_MUNICIPALITIES, DK_REGIONS, type RegisterOrganisation } from '@samvirke/contracts';
import { DEMO_ORGANISATIONS, DEMO_USERS, userToken } from '@samvirke/testing';
import { loadDemoContacts } from './demo-contacts.js';
import { loadDemoFeedGrants } from './demo-feed-grants.js';
import { loadDemoGrants } from './demo-grants.js';
import {
  DEMO_EXTRA_ORGANISATIONS,
  DEMO_PROGRAMMES,
  type DemoProgramme,
  type OrganisationRef,
} from './demo-programmes.js';

const gateway = (process.env['GATEWAY_URL'] ?? 'http://127.0.0.1:3000').replace(/\/$/, '');

/** A name-based (version 5 style) UUID, so a second load finds the same ids and changes nothing. */
function stableUuid(name: string): string {
  const hex = createHash('sha1').update(`samvirke-demo:${name}`).digest('hex').slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function demoOrganisations(): RegisterOrganisation[] {
  const fixed = new Map<string, string>([
    ['101', DEMO_ORGANISATIONS.kobenhavn.id],
    ['751', DEMO_ORGANISATIONS.aarhus.id],
  ]);
  const named: RegisterOrganisation[] = Object.values(DEMO_ORGANISATIONS)
    .filter((organisation) => organisation.type !== 'municipality')
    .map((organisation) => ({ id: organisation.id, name: organisation.name, type: organisation.type }));
  const regions: RegisterOrganisation[] = Object.entries(DK_REGIONS).map(([code, name]) => ({
    id: stableUuid(`region:${code}`),
    name,
    type: 'region',
  }));
  const municipalities: RegisterOrganisation[] = DK_MUNICIPALITIES.map((municipality) => {
    return {
      id: fixed.get(municipality.code) ?? stableUuid(`kommune:${municipality.code}`),
      name: `${municipality.name} Kommune`,
      type: 'municipality',
      kommunekode: municipality.code,
    };
  });
  const extras: RegisterOrganisation[] = Object.entries(DEMO_EXTRA_ORGANISATIONS).map(
    ([key, organisation]) => ({
      id: organisationId(`extra:${key}`),
      ...organisation,
    }),
  );
  return [...named, ...regions, ...municipalities, ...extras];
}

function organisationId(ref: OrganisationRef): string {
  const [kind, key = ''] = ref.split(':');
  if (kind === 'demo') {
    const organisation = (DEMO_ORGANISATIONS as Record<string, { id: string }>)[key];
    if (!organisation) throw new Error(`unknown demo organisation ${ref}`);
    return organisation.id;
  }
  if (kind === 'kommune') {
    if (key === '101') return DEMO_ORGANISATIONS.kobenhavn.id;
    if (key === '751') return DEMO_ORGANISATIONS.aarhus.id;
    return stableUuid(`kommune:${key}`);
  }
  return stableUuid(ref);
}

async function api<T>(
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${gateway}/api/partners${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (response.status >= 400 && response.status !== 409) {
    throw new Error(`${method} ${path} failed with ${response.status}: ${text}`);
  }
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

/** Creates one programme as its foundation's officer; the platform admin adds members and activities. */
async function loadProgramme(admin: string, programme: DemoProgramme): Promise<boolean> {
  const existing = await api<{ items: { slug: string }[] }>(
    admin,
    'GET',
    `/programmes?q=${encodeURIComponent(programme.name)}`,
  );
  if (existing.body.items.some((item) => item.slug === programme.slug)) return false;
  const officer = await userToken(DEMO_USERS[programme.creator].username);
  const created = await api<{ id: string; goals: { id: string }[] }>(officer, 'POST', '/programmes', {
    slug: programme.slug,
    name: programme.name,
    problemStatement: programme.problemStatement,
    vision: programme.vision,
    themes: programme.themes,
    startDate: programme.startDate,
    endDate: programme.endDate,
    backboneOrganisationId: organisationId(programme.backbone),
    goals: programme.goals.map((title) => ({ title })),
  });
  const { id, goals } = created.body;
  for (const member of programme.members) {
    await api(admin, 'POST', `/programmes/${id}/members`, {
      organisationId: organisationId(member.organisation),
      roles: member.roles,
    });
  }
  for (const activity of programme.activities) {
    await api(admin, 'POST', `/programmes/${id}/activities`, {
      organisationId: organisationId(activity.organisation),
      title: activity.title,
      status: activity.status,
      goalIds: activity.goals.map((index) => goals[index]?.id),
    });
  }
  if (programme.status !== 'planning')
    await api(admin, 'PATCH', `/programmes/${id}`, { status: programme.status });
  return true;
}

async function main(): Promise<void> {
  const token = await userToken(DEMO_USERS.admin.username);
  let created = 0;
  let existing = 0;
  for (const organisation of demoOrganisations()) {
    const response = await fetch(`${gateway}/api/partners/organisations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(organisation),
    });
    if (response.status === 201) created += 1;
    else if (response.status === 409) existing += 1;
    else
      throw new Error(
        `registering ${organisation.name} failed with ${response.status}: ${await response.text()}`,
      );
  }
  console.log(`demo data: ${created} organisations registered, ${existing} already there`);
  console.log(`demo data: ${await loadDemoContacts(gateway, token)} contacts added for notifications`);
  let programmes = 0;
  for (const programme of DEMO_PROGRAMMES) if (await loadProgramme(token, programme)) programmes += 1;
  console.log(
    `demo data: ${programmes} programmes created, ${DEMO_PROGRAMMES.length - programmes} already there`,
  );
  const programmeIds = new Map<string, string>();
  for (const programme of DEMO_PROGRAMMES) {
    const found = await api<{ items: { id: string; slug: string }[] }>(
      token,
      'GET',
      `/programmes?q=${encodeURIComponent(programme.name)}`,
    );
    const item = found.body.items.find((candidate) => candidate.slug === programme.slug);
    if (item) programmeIds.set(programme.slug, item.id);
  }
  await loadDemoGrants(gateway, programmeIds);
  console.log(`demo data: ${await loadDemoFeedGrants(gateway, programmeIds)}`);
}

await main();
