import type { CloudEvent } from '@samvirke/contracts';
import { contactRow, knownOrganisationView } from './directory.rules.js';

const ORGANISATION = '00000000-0000-4000-8000-00000000000a';
const EVENT = '00000000-0000-4000-8000-0000000000e1';

describe("notifications' directory rules", () => {
  it('shows an organisation with the date notifications first heard of it', () => {
    const registeredAt = new Date('2026-01-02T03:04:05Z');
    const row = {
      id: ORGANISATION,
      name: 'Københavns Kommune',
      type: 'municipality',
      archived: true,
      registered_at: registeredAt,
      last_event_id: EVENT,
    };
    expect(knownOrganisationView(row)).toEqual({
      id: ORGANISATION,
      name: 'Københavns Kommune',
      type: 'municipality',
      registeredAt,
      lastEventId: EVENT,
    });
  });

  it('knows no organisation that is missing or was never dated', () => {
    expect(knownOrganisationView(undefined)).toBeUndefined();
    const undated = {
      id: ORGANISATION,
      name: 'N',
      type: 't',
      archived: false,
      registered_at: null,
      last_event_id: EVENT,
    };
    expect(knownOrganisationView(undated)).toBeUndefined();
  });

  it('keeps a removed contact, traced to the event that changed it', () => {
    const event = { id: EVENT } as CloudEvent;
    const contact = {
      contactId: '00000000-0000-4000-8000-0000000000c1',
      organisationId: ORGANISATION,
      name: 'Mette',
      email: 'mette@example.dk',
      role: 'contact',
      language: 'da' as const,
      removed: true,
    };
    expect(contactRow(event, contact)).toEqual({
      id: contact.contactId,
      organisationId: ORGANISATION,
      name: 'Mette',
      email: 'mette@example.dk',
      role: 'contact',
      language: 'da',
      removed: true,
      lastEventId: EVENT,
    });
  });
});
