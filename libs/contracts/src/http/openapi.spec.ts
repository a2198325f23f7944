import { Validator } from '@seriousme/openapi-schema-validator';
import { PARTNERS_API } from '../partners/partners.api.js';
import { FEED_API } from '../public/feed.api.js';
import { documentedHeaders } from './http-headers.js';
import { HTTP_APIS } from './http-apis.js';
import { buildOpenApiDocument } from './openapi-document.js';

describe('OpenAPI document', () => {
  const document = buildOpenApiDocument(HTTP_APIS, 'http://127.0.0.1:3000');

  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('refuses a broken document, so the validation above means something', async () => {
    const broken = { ...document, paths: { '/x': { get: { responses: { '200': {} } } } } };
    const result = await new Validator().validate(broken);
    expect(result.valid).toBe(false);
  });

  it('documents every operation of every API list with its request schema and problem responses', () => {
    expect(HTTP_APIS).toContain(PARTNERS_API);
    const paths = document['paths'] as Record<
      string,
      Record<string, { operationId: string; requestBody?: unknown; responses: Record<string, unknown> }>
    >;
    const createProgramme = paths['/api/partners/programmes']?.['post'];
    expect(createProgramme?.requestBody).toBeDefined();
    expect(Object.keys(createProgramme?.responses ?? {})).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '409', '415']),
    );
    const documented = Object.values(paths)
      .flatMap((methods) => Object.values(methods).map((operation) => operation.operationId))
      .sort();
    const listed = HTTP_APIS.flatMap((api) =>
      api.operations.map((operation) => operation.operationId),
    ).sort();
    expect(documented).toEqual(listed);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('documents the feed at the paths the gateway itself serves it', () => {
    expect(HTTP_APIS).toContain(FEED_API);
    const paths = document['paths'] as Record<string, Record<string, { operationId: string }>>;
    const feed = Object.entries(paths)
      .flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => `${method} ${path} ${operation.operationId}`),
      )
      .filter((line) => line.includes('/api/feed'))
      .sort();
    expect(feed).toEqual([
      'delete /api/feed/grants/{clientId}/programmes/{programmeId} revokeFeedProgramme',
      // The feed's own audit trail (libs/persistence), as every service serves it.
      'get /api/feed/audit/entries listFeedAuditEntries',
      'get /api/feed/audit/export exportFeedAuditEntries',
      // The dead letters of the feed's consumer (the public projector), served by the gateway too.
      'get /api/feed/dead-letters listFeedDeadLetters',
      'get /api/feed/events readFeed',
      'get /api/feed/grants listFeedGrants',
      'get /api/feed/stream streamFeed',
      'post /api/feed/dead-letters/{deadLetterId}/discard discardFeedDeadLetter',
      'post /api/feed/dead-letters/{deadLetterId}/replay replayFeedDeadLetter',
      'put /api/feed/grants/{clientId}/programmes/{programmeId} grantFeedProgramme',
    ]);
    const stream = paths['/api/feed/stream']?.['get'] as unknown as {
      responses: Record<string, { content?: Record<string, unknown> }>;
    };
    expect(Object.keys(stream.responses['200']?.content ?? {})).toEqual(['text/event-stream']);
  });

  it('describes the CSV upload as text/csv and the headers an operation reads and answers with', () => {
    const paths = document['paths'] as Record<string, Record<string, Record<string, unknown>>>;
    const submission =
      '/api/measurement/programmes/{programmeId}/periods/{periodId}/submissions/{organisationId}';
    const csv = paths[`${submission}/csv`]?.['put'] as {
      requestBody: { content: Record<string, unknown> };
      parameters: { name: string; in: string }[];
      responses: Record<string, { headers?: Record<string, unknown> }>;
    };
    expect(Object.keys(csv.requestBody.content)).toEqual(['text/csv']);
    expect(csv.parameters).toContainEqual(expect.objectContaining({ name: 'prefer', in: 'header' }));
    expect(Object.keys(csv.responses['200']?.headers ?? {})).toEqual(['preference-applied']);
    const json = paths[submission]?.['put'] as { requestBody: { content: Record<string, unknown> } };
    expect(Object.keys(json.requestBody.content)).toEqual(['application/json']);
    expect(documentedHeaders(HTTP_APIS, 'request')).toContain('prefer');
    expect(documentedHeaders(HTTP_APIS, 'response')).toContain('preference-applied');
  });
});
