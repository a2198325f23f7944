import { DiagnosticSeverity, Parser } from '@asyncapi/parser';
import { EVENT_REGISTRY } from '../registry.js';
import { buildAsyncApiDocument, messageName } from './asyncapi-document.js';

describe('AsyncAPI document', () => {
  const document = buildAsyncApiDocument(EVENT_REGISTRY, { brokers: ['127.0.0.1:9092'] });

  it('is a valid AsyncAPI 3.0 document for the official parser (no error diagnostics)', async () => {
    const { document: parsed, diagnostics } = await new Parser().parse(JSON.stringify(document));
    const errors = diagnostics.filter(
      (diagnostic) => Number(diagnostic.severity) === Number(DiagnosticSeverity.Error),
    );
    expect(errors.map((error) => `${error.path.join('/')}: ${error.message}`)).toEqual([]);
    expect(parsed?.version()).toBe('3.0.0');
    expect(parsed?.allMessages().length).toBe(EVENT_REGISTRY.length);
  });

  it('has one channel per topic and every registered event type as a message with CloudEvents headers', async () => {
    const { document: parsed } = await new Parser().parse(JSON.stringify(document));
    const topics = new Set(EVENT_REGISTRY.map((definition) => definition.topic));
    expect(
      parsed
        ?.channels()
        .all()
        .map((channel) => channel.address())
        .sort(),
    ).toEqual([...topics].sort());
    for (const definition of EVENT_REGISTRY) {
      const found = parsed?.components().messages().get(messageName(definition.type));
      expect(found?.name()).toBe(definition.type);
      const headers = found?.headers()?.json() as { properties: Record<string, unknown>; required: string[] };
      expect(headers.properties['ce_type']).toMatchObject({ const: definition.type });
      expect(headers.required).toEqual(
        expect.arrayContaining([
          'ce_id',
          'ce_source',
          'ce_type',
          'ce_specversion',
          'ce_time',
          'ce_subject',
          'ce_correlationid',
        ]),
      );
      expect(Object.keys(headers.properties)).toEqual(
        expect.arrayContaining(['ce_causationid', 'ce_programmeid', 'ce_traceparent']),
      );
      expect(found?.payload()?.json()).toMatchObject({ type: 'object' });
    }
  });

  it('gets error diagnostics for a broken document, so the check above means something', async () => {
    const broken = {
      ...document,
      channels: { partners: { address: 1, messages: { x: { $ref: '#/nowhere' } } } },
    };
    const { diagnostics } = await new Parser().parse(JSON.stringify(broken));
    expect(
      diagnostics.filter((diagnostic) => Number(diagnostic.severity) === Number(DiagnosticSeverity.Error))
        .length,
    ).toBeGreaterThan(0);
  });

  it('puts the deployment prefix in front of every channel address', () => {
    const prefixed = buildAsyncApiDocument(EVENT_REGISTRY, { brokers: ['kafka:9092'], topicPrefix: 'test.' });
    const addresses = Object.values(prefixed['channels'] as Record<string, { address: string }>).map(
      (channel) => channel.address,
    );
    expect(addresses.every((address) => address.startsWith('test.samvirke.'))).toBe(true);
  });
});
