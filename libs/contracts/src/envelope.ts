import { z } from 'zod';

/** Event type strings: dk.samvirke.<service>.<aggregate>.<past-tense>.v<N> (CONVENTIONS.md). */
export const EVENT_TYPE_PATTERN =
  /^dk\.samvirke\.[a-z]+(?:-[a-z]+)*\.[a-z]+(?:-[a-z]+)*\.[a-z]+(?:-[a-z]+)*\.v[1-9]\d*$/;

/**
 * CloudEvents 1.0 attributes plus Samvirke's extensions. On Kafka they travel as `ce_` headers
 * (binary content mode); the message value is `data` alone.
 */
export const eventEnvelopeSchema = z.object({
  specversion: z.literal('1.0'),
  id: z.uuid(),
  source: z.string().min(1),
  type: z.string().regex(EVENT_TYPE_PATTERN),
  time: z.iso.datetime({ offset: true }),
  subject: z.string().min(1),
  datacontenttype: z.literal('application/json'),
  dataschema: z.string().min(1).optional(),
  correlationid: z.string().min(1),
  causationid: z.string().min(1).optional(),
  programmeid: z.uuid().optional(),
  traceparent: z.string().min(1).optional(),
});

export type EventEnvelope = z.infer<typeof eventEnvelopeSchema>;

export interface CloudEvent<TData = unknown> extends EventEnvelope {
  data: TData;
}
