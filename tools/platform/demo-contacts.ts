/**
 * Named contacts of the demo organisations (partners' contacts API). Notifications e-mails them,
 * each in their language, so the mail catcher shows Danish and English mails in the demo. And the
 * demo users, made known to notifications.
 */
import { DEMO_ORGANISATIONS, DEMO_USERS } from '@samvirke/testing';
import type { DemoApi, DemoUser } from './demo-api.js';

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
export async function loadDemoContacts(api: DemoApi): Promise<number> {
  let added = 0;
  for (const contact of DEMO_CONTACTS) {
    const path = `/partners/organisations/${contact.organisation}/contacts`;
    const contacts = await api.get<{ email: string }[]>('admin', path);
    if (contacts.some((known) => known.email === contact.email)) continue;
    const { organisation: _organisation, ...body } = contact;
    await api.must('admin', 'POST', path, body, [201]);
    added += 1;
  }
  return added;
}

/**
 * Notifications knows people (their e-mail, organisations and roles) from their own calls to it
 * (its README, "Recipients"): every demo user looks at their inbox first, so that what the demo
 * sets off is e-mailed to them as well as put in their inboxes.
 */
export async function introduceToNotifications(api: DemoApi): Promise<void> {
  for (const user of Object.keys(DEMO_USERS) as DemoUser[])
    await api.must(user, 'GET', '/notifications/inbox?limit=1');
}
