import { z } from 'zod';
import type { HttpOperation } from '../http/http-operation.js';
import { access, op } from '../http/operation-builder.js';
import { integrationClientIdSchema } from '../public/feed.dto.js';

/**
 * Whether an integration's client may see named contacts (names and e-mails): never unless a
 * platform admin grants it (issue 24). Granting and revoking are audited like every write; each read
 * of contacts by a client with the grant is a READ entry in partners' audit trail.
 */
export const contactAccessGrantSchema = z.object({
  clientId: integrationClientIdSchema,
  grantedAt: z.iso.datetime({ offset: true }),
});

export type ContactAccessGrant = z.infer<typeof contactAccessGrantSchema>;

const ADMINS =
  'Platform admins only. Without this grant a machine client gets no named contacts: they are left out of who-is-who and of contact lists.';
const CLIENT = '/integration-clients/{clientId}/contact-access';

export const CONTACT_ACCESS_OPERATIONS: readonly HttpOperation[] = [
  op.get('listContactAccessGrants', '/integration-clients/contact-access', {
    summary: 'The integration clients that may see named contacts',
    ...access(ADMINS).answers(z.array(contactAccessGrantSchema)),
  }),
  op.put('grantContactAccess', CLIENT, {
    summary: 'Let an integration client see named contacts (names and e-mails)',
    ...access(ADMINS).answers(contactAccessGrantSchema),
  }),
  op.delete('revokeContactAccess', CLIENT, {
    summary: 'Take named contacts away from an integration client again',
    description: ADMINS,
  }),
];
