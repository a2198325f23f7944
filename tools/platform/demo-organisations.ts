/**
 * The demo's organisations: those the demo users belong to, the 5 regions, all 98 municipalities
 * under their official names (Københavns Kommune, Bornholms Regionskommune), and a few partners.
 * Registered by the platform admin; a municipality registered under another name by an earlier
 * loader is renamed, so every machine ends up with the official names.
 */
import { createHash } from 'node:crypto';
import {
  DK_MUNICIPALITIES,
  DK_REGIONS,
  type OrganisationDto,
  type Page,
  type RegisterOrganisation,
} from '@samvirke/contracts';
import { DEMO_ORGANISATIONS } from '@samvirke/testing';
import { inBatches, type DemoApi } from './demo-api.js';
import { DEMO_EXTRA_ORGANISATIONS, type OrganisationRef } from './demo-programmes.js';

/** A name-based (version 5 style) UUID, so a second load finds the same ids and changes nothing. */
export function stableUuid(name: string): string {
  const hex = createHash('sha1').update(`samvirke-demo:${name}`).digest('hex').slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The demo users' municipalities keep the ids their Keycloak users carry. */
const FIXED_MUNICIPALITIES = new Map<string, string>([
  ['101', DEMO_ORGANISATIONS.kobenhavn.id],
  ['751', DEMO_ORGANISATIONS.aarhus.id],
]);

/** and the CVR numbers by which the demo municipal IdP's assertions name them. */
const MUNICIPAL_CVRS = new Map<string, string>([
  ['101', DEMO_ORGANISATIONS.kobenhavn.cvr],
  ['751', DEMO_ORGANISATIONS.aarhus.cvr],
]);

/**
 * The demo foundations' CVR numbers, for the payment events their ERP reads (tranche.eligible,
 * payment.recorded). Made up: they pass the modulus-11 check and are not the foundations' own.
 */
export const DEMO_FOUNDATION_CVRS: Readonly<Record<string, string>> = {
  [DEMO_ORGANISATIONS.helsefonden.id]: '29990018',
  [DEMO_ORGANISATIONS.bikubenfonden.id]: '29990026',
  [DEMO_ORGANISATIONS.realdania.id]: '29990034',
};

export function organisationId(ref: OrganisationRef): string {
  const [kind, key = ''] = ref.split(':');
  if (kind === 'demo') {
    const organisation = (DEMO_ORGANISATIONS as Record<string, { id: string }>)[key];
    if (!organisation) throw new Error(`unknown demo organisation ${ref}`);
    return organisation.id;
  }
  if (kind === 'kommune') return FIXED_MUNICIPALITIES.get(key) ?? stableUuid(`kommune:${key}`);
  return stableUuid(ref);
}

export function demoOrganisations(): RegisterOrganisation[] {
  const named: RegisterOrganisation[] = Object.values(DEMO_ORGANISATIONS)
    .filter((organisation) => organisation.type !== 'municipality')
    .map((organisation) => ({
      id: organisation.id,
      name: organisation.name,
      type: organisation.type,
      ...(DEMO_FOUNDATION_CVRS[organisation.id] ? { cvr: DEMO_FOUNDATION_CVRS[organisation.id] } : {}),
    }));
  const regions: RegisterOrganisation[] = Object.entries(DK_REGIONS).map(([code, name]) => ({
    id: stableUuid(`region:${code}`),
    name,
    type: 'region',
  }));
  const municipalities: RegisterOrganisation[] = DK_MUNICIPALITIES.map((municipality) => ({
    id: organisationId(`kommune:${municipality.code}`),
    name: municipality.officialName,
    type: 'municipality',
    kommunekode: municipality.code,
    ...(MUNICIPAL_CVRS.has(municipality.code) ? { cvr: MUNICIPAL_CVRS.get(municipality.code) } : {}),
  }));
  const extras: RegisterOrganisation[] = Object.entries(DEMO_EXTRA_ORGANISATIONS).map(
    ([key, organisation]) => ({ id: organisationId(`extra:${key}`), ...organisation }),
  );
  return [...named, ...regions, ...municipalities, ...extras];
}

/** Every organisation registered, page by page. */
export async function listOrganisations(api: DemoApi): Promise<OrganisationDto[]> {
  const found: OrganisationDto[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await api.get<Page<OrganisationDto>>(
      'admin',
      `/partners/organisations?limit=200&offset=${offset}`,
    );
    found.push(...page.items);
    if (found.length >= page.total || page.items.length === 0) return found;
  }
}

/** Registers the organisations not there yet and gives municipalities their official names. */
export async function loadOrganisations(api: DemoApi): Promise<string> {
  const all = await listOrganisations(api);
  const known = new Map(all.map((organisation) => [organisation.id, organisation]));
  // A municipality someone registered with another id is still the municipality.
  const byKommunekode = new Map(all.map((organisation) => [organisation.kommunekode, organisation]));
  let registered = 0;
  let renamed = 0;
  await inBatches(demoOrganisations(), 8, async (organisation) => {
    const existing =
      known.get(organisation.id ?? '') ??
      (organisation.kommunekode ? byKommunekode.get(organisation.kommunekode) : undefined);
    if (!existing) {
      await api.must('admin', 'POST', '/partners/organisations', organisation, [201, 409]);
      registered += 1;
    } else if (organisation.type === 'municipality' && existing.name !== organisation.name) {
      await api.must('admin', 'PATCH', `/partners/organisations/${existing.id}`, { name: organisation.name });
      renamed += 1;
    }
    if (existing && organisation.cvr && !existing.cvr) {
      await api.must('admin', 'PATCH', `/partners/organisations/${existing.id}`, { cvr: organisation.cvr });
    }
  });
  return `${registered} organisations registered, ${renamed} renamed to their official names, ${known.size} there already`;
}
