import type { IHeaders } from 'kafkajs';
import { eventEnvelopeSchema, type CloudEvent, type EventEnvelope } from '@samvirke/contracts';

/**
 * CloudEvents Kafka protocol binding, binary content mode: attributes travel as `ce_<name>`
 * headers, `content-type` carries datacontenttype, the value is the JSON data alone and the key
 * is the aggregate id (the event's subject), so one aggregate's events share a partition.
 */
const ATTRIBUTES = [
  'specversion',
  'id',
  'source',
  'type',
  'time',
  'subject',
  'dataschema',
  'correlationid',
  'causationid',
  'programmeid',
  'traceparent',
] as const;

export interface EncodedMessage {
  key: string;
  value: Buffer;
  headers: Record<string, string>;
}

export function encodeEnvelopeHeaders(envelope: EventEnvelope): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': envelope.datacontenttype };
  for (const attribute of ATTRIBUTES) {
    const value = envelope[attribute];
    if (value !== undefined) headers[`ce_${attribute}`] = value;
  }
  return headers;
}

export type DecodeResult =
  | { readonly ok: true; readonly event: CloudEvent }
  | { readonly ok: false; readonly reason: string; readonly type?: string };

export function headerString(headers: IHeaders | undefined, name: string): string | undefined {
  const raw = headers?.[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined) return undefined;
  return Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
}

export function decodeMessage(headers: IHeaders | undefined, value: Buffer | null): DecodeResult {
  const attributes: Record<string, string> = {};
  for (const attribute of ATTRIBUTES) {
    const header = headerString(headers, `ce_${attribute}`);
    if (header !== undefined) attributes[attribute] = header;
  }
  attributes['datacontenttype'] = headerString(headers, 'content-type') ?? 'application/json';
  const envelope = eventEnvelopeSchema.safeParse(attributes);
  if (!envelope.success) {
    const type = attributes['type'];
    const issues = envelope.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    return { ok: false, reason: `not a CloudEvent: ${issues}`, ...(type ? { type } : {}) };
  }
  if (value === null || value.length === 0) {
    return { ok: false, reason: 'message has no data', type: envelope.data.type };
  }
  try {
    return { ok: true, event: { ...envelope.data, data: JSON.parse(value.toString('utf8')) as unknown } };
  } catch {
    return { ok: false, reason: 'data is not valid JSON', type: envelope.data.type };
  }
}
