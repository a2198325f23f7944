import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';

/** Access (an export of everything held about the person) or erasure (of everything, everywhere). */
export const DATA_SUBJECT_REQUEST_KINDS = ['access', 'erasure'] as const;

/**
 * Internal: a platform admin opened a data subject request (GDPR art. 15/17) in partners. The
 * event names the person without carrying their e-mail or username: it carries the Keycloak subject
 * id (an opaque id) and salted SHA-256 digests of the e-mail (lower case) and username, which each
 * service compares with its own columns. Each service answers with `data-subject-part.reported`,
 * its part sealed to `publicKey` (X25519, AES-256-GCM): only partners, which keeps the private
 * key until the request is closed, can read what travelled through Kafka.
 */
export const dataSubjectRequestOpenedV1 = defineEvent({
  type: 'dk.samvirke.partners.data-subject-request.opened.v1',
  topic: TOPICS.partners,
  source: SOURCES.partners,
  aggregate: 'data-subject-request',
  description:
    'A data subject request (access or erasure) was opened: every service holding personal data reports its part.',
  public: false,
  schema: z.object({
    requestId: z.uuid(),
    kind: z.enum(DATA_SUBJECT_REQUEST_KINDS),
    subject: z.string().nullable(),
    salt: z.string().min(16),
    emailDigest: z.string().length(64),
    usernameDigest: z.string().length(64).nullable(),
    publicKey: z.string(),
  }),
});

export type DataSubjectRequestOpenedV1 = z.infer<typeof dataSubjectRequestOpenedV1.schema>;
