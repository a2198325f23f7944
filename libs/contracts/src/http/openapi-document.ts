import { z } from 'zod';
import { problemDetailsSchema } from '../problem-details.js';
import type { HttpHeader } from './http-headers.js';
import type { HttpOperation, ServiceApi } from './http-operation.js';

const ERROR_TEXT: Record<number, string> = {
  400: 'Invalid input: problem details name every bad field',
  401: 'No valid Keycloak access token',
  403: 'The caller may not do this',
  404: 'Not found, or not visible to the caller',
  409: 'Conflicts with existing data',
  415: 'The body is not in the documented media type, or not UTF-8 (the only charset read)',
  422: 'Refers to something that does not exist or may not be used',
};

function headerSchema(header: HttpHeader): Record<string, unknown> {
  return header.values ? { type: 'string', examples: [...header.values] } : { type: 'string' };
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
  });
  return rest;
}

/** An OpenAPI 3.1 document for the gateway's HTTP API. */
export function buildOpenApiDocument(
  apis: readonly ServiceApi[],
  serverUrl: string,
): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const api of apis) {
    for (const operation of api.operations) {
      const path = `${api.prefix}${operation.path}`;
      paths[path] ??= {};
      paths[path][operation.method] = operationObject(api, path, operation);
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Samvirke API',
      version: '1.0.0',
      description:
        'The HTTP API of Samvirke, served by the gateway. Every call needs a Keycloak access token.',
    },
    servers: [{ url: serverUrl }],
    security: [{ keycloak: [] }],
    paths,
    components: {
      securitySchemes: { keycloak: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: { ProblemDetails: jsonSchema(problemDetailsSchema, 'output') },
    },
  };
}

function operationObject(api: ServiceApi, path: string, operation: HttpOperation): Record<string, unknown> {
  const parameters = operationParameters(path, operation);
  return {
    operationId: operation.operationId,
    tags: [api.name],
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(operation.body
      ? {
          requestBody: {
            required: true,
            content: {
              [operation.bodyType ?? 'application/json']: { schema: jsonSchema(operation.body, 'input') },
            },
          },
        }
      : {}),
    responses: { [String(operation.status)]: successResponse(operation), ...errorResponses(operation) },
  };
}

function operationParameters(path: string, operation: HttpOperation): Record<string, unknown>[] {
  return [
    ...[...path.matchAll(/\{(\w+)\}/g)].map((match) => ({
      name: match[1],
      in: 'path',
      required: true,
      schema: /^(id|\w+Id)$/.test(match[1] ?? '') ? { type: 'string', format: 'uuid' } : { type: 'string' },
    })),
    ...Object.entries(operation.query?.shape ?? {}).map(([name, schema]) => ({
      name,
      in: 'query',
      required: !(schema as z.ZodType).safeParse(undefined).success,
      schema: jsonSchema(schema as z.ZodType, 'input'),
    })),
    ...(operation.requestHeaders ?? []).map((header) => ({
      name: header.name,
      in: 'header',
      required: false,
      description: header.description,
      schema: headerSchema(header),
    })),
  ];
}

function successResponse(operation: HttpOperation): Record<string, unknown> {
  const headers = operation.responseHeaders?.length
    ? Object.fromEntries(
        operation.responseHeaders.map((header) => [
          header.name,
          { description: header.description, schema: headerSchema(header) },
        ]),
      )
    : undefined;
  const type = operation.responseType ?? 'application/json';
  const content = operation.response
    ? { [type]: { schema: jsonSchema(operation.response, 'output') } }
    : operation.responseType
      ? { [operation.responseType]: { schema: { type: 'string' } } }
      : undefined;
  return { description: 'Success', ...(headers ? { headers } : {}), ...(content ? { content } : {}) };
}

function errorResponses(operation: HttpOperation): Record<string, unknown> {
  // Every body is read as UTF-8 only: a declared other charset gets 415 (libs/platform body-guard.ts).
  const errors = [400, 401, 403, ...(operation.body ? [415] : []), ...(operation.errors ?? [])];
  return Object.fromEntries(
    errors.map((status) => [
      String(status),
      {
        description: ERROR_TEXT[status] ?? 'Error',
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
      },
    ]),
  );
}
