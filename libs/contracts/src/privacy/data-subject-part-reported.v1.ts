import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';

/** A part sealed to the request's X25519 public key (ECDH, HKDF-SHA-256, AES-256-GCM), all base64. */
export const sealedSchema = z.object({ key: z.string(), iv: z.string(), tag: z.string(), data: z.string() });

export type Sealed = z.infer<typeof sealedSchema>;

const partSchema = z.object({
  requestId: z.uuid(),
  service: z.string(),
  /** Rows found (access) or erased and pseudonymised (erasure), per table: no personal data. */
  counts: z.record(z.string(), z.number().int().nonnegative()),
  /** Access: the rows themselves, sealed; erasure: null. */
  sealed: sealedSchema.nullable(),
});

export type DataSubjectPartReportedV1 = z.infer<typeof partSchema>;

function reported<const S extends 'measurement' | 'grants' | 'notifications'>(service: S) {
  return defineEvent({
    type: `dk.samvirke.${service}.data-subject-part.reported.v1`,
    topic: TOPICS[service],
    source: SOURCES[service],
    aggregate: 'data-subject-request',
    description: `The ${service} service's part of a data subject request (counts; an access export's rows sealed to partners).`,
    public: false,
    schema: partSchema,
  });
}

export const measurementDataSubjectPartReportedV1 = reported('measurement');
export const grantsDataSubjectPartReportedV1 = reported('grants');
export const notificationsDataSubjectPartReportedV1 = reported('notifications');

/** Internal: one service's answer to a data subject request, one event type per answering service. */
export const dataSubjectPartReportedV1 = {
  measurement: measurementDataSubjectPartReportedV1,
  grants: grantsDataSubjectPartReportedV1,
  notifications: notificationsDataSubjectPartReportedV1,
} as const;

/** The services that answer a data subject request besides partners, which owns it. */
export const DATA_SUBJECT_SERVICES = Object.keys(dataSubjectPartReportedV1) as readonly (
  'measurement' | 'grants' | 'notifications'
)[];
