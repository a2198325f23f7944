import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@samvirke/contracts';
import { decodeMessage, encodeEnvelopeHeaders } from './cloud-event-codec.js';

const envelope: EventEnvelope = {
  specversion: '1.0',
  id: randomUUID(),
  source: '/samvirke/partners',
  type: 'dk.samvirke.partners.organisation.registered.v1',
  time: '2026-11-28T08:00:00.000Z',
  subject: randomUUID(),
  datacontenttype: 'application/json',
  correlationid: 'request-1',
  programmeid: randomUUID(),
};

describe('CloudEvents Kafka binding (binary mode)', () => {
  it('carries every attribute as a ce_ header and reads it back', () => {
    const headers = encodeEnvelopeHeaders(envelope);
    expect(headers['ce_type']).toBe(envelope.type);
    expect(headers['content-type']).toBe('application/json');
    expect(headers).not.toHaveProperty('ce_causationid');
    const buffers = Object.fromEntries(
      Object.entries(headers).map(([name, value]) => [name, Buffer.from(value)]),
    );
    const decoded = decodeMessage(buffers, Buffer.from('{"a":1}'));
    expect(decoded).toEqual({ ok: true, event: { ...envelope, data: { a: 1 } } });
  });

  it('says why bytes without CloudEvents headers cannot be read', () => {
    const decoded = decodeMessage({}, Buffer.from([0xde, 0xad]));
    expect(decoded.ok).toBe(false);
    expect(decoded.ok ? '' : decoded.reason).toContain('not a CloudEvent');
  });

  it('keeps the type when only the data is broken', () => {
    const decoded = decodeMessage(encodeEnvelopeHeaders(envelope), Buffer.from('{not json'));
    expect(decoded).toEqual({ ok: false, reason: 'data is not valid JSON', type: envelope.type });
  });

  it('refuses a type string that does not follow the naming rule', () => {
    const decoded = decodeMessage(
      encodeEnvelopeHeaders({ ...envelope, type: 'OrganisationRegistered' }),
      Buffer.from('{}'),
    );
    expect(decoded.ok).toBe(false);
  });
});
