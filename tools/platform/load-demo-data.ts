/**
 * Loads the demo organisations through the gateway, as a platform admin would: the organisations
 * the demo users belong to, the 5 regions and all 98 municipalities. Safe to run again: what is
 * already registered answers 409 and is left as it is.
 */
import { createHash } from 'node:crypto';
import { DK_MUNICIPALITIES, DK_REGIONS, type RegisterOrganisation } from '@samvirke/contracts';
import { DEMO_ORGANISATIONS, DEMO_USERS, userToken } from '@samvirke/testing';

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
  return [...named, ...regions, ...municipalities];
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
}

await main();
