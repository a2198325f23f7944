/**
 * Named contacts of the demo organisations (partners' contacts API). Notifications e-mails them,
 * each in their language, so the mail catcher shows Danish and English mails in the demo.
 */
import { DEMO_ORGANISATIONS } from '@samvirke/testing';

const DEMO_CONTACTS = [
  {
    organisation: DEMO_ORGANISATIONS.helsefonden.id,
    name: 'Programkontoret',
    email: 'program@helsefonden.example',
    role: 'Programansvarlig',
    language: 'da',
  },
  {
    organisation: DEMO_ORGANISATIONS.bikubenfonden.id,
    name: 'Grants Office',
    email: 'grants@bikubenfonden.example',
    role: 'Grants manager',
    language: 'en',
  },
  {
    organisation: DEMO_ORGANISATIONS.realdania.id,
    name: 'Programafdelingen',
    email: 'program@realdania.example',
    role: 'Programansvarlig',
    language: 'da',
  },
  {
    organisation: DEMO_ORGANISATIONS.backbone.id,
    name: 'Sekretariatet',
    email: 'sekretariat@brydarven.example',
    role: 'Koordinator',
    language: 'da',
  },
  {
    organisation: DEMO_ORGANISATIONS.kobenhavn.id,
    name: 'Data og Analyse',
    email: 'data@kk.example',
    role: 'Dataansvarlig',
    language: 'da',
  },
  {
    organisation: DEMO_ORGANISATIONS.aarhus.id,
    name: 'Data Team',
    email: 'data@aarhus.example',
    role: 'Data lead',
    language: 'en',
  },
] as const;

/** Adds each contact unless its organisation already has one with that e-mail; returns how many it added. */
export async function loadDemoContacts(gateway: string, adminToken: string): Promise<number> {
  let added = 0;
  for (const contact of DEMO_CONTACTS) {
    const url = `${gateway}/api/partners/organisations/${contact.organisation}/contacts`;
    const headers = { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' };
    const existing = await fetch(url, { headers });
    if (!existing.ok)
      throw new Error(`listing contacts failed with ${existing.status}: ${await existing.text()}`);
    const contacts = (await existing.json()) as { email: string }[];
    if (contacts.some((known) => known.email === contact.email)) continue;
    const { organisation: _organisation, ...body } = contact;
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
    if (response.status !== 201)
      throw new Error(`adding ${contact.email} failed with ${response.status}: ${await response.text()}`);
    added += 1;
  }
  return added;
}
