import { z } from 'zod';
import { problemDetailsSchema } from '../problem-details.js';
import type { HttpHeader } from './http-headers.js';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * One HTTP operation of a service, described by the same schemas that validate it, so the
 * OpenAPI document cannot drift from what the service accepts.
 */
export interface HttpOperation {
  readonly operationId: string;
  readonly method: HttpMethod;
  /** Path inside the service, OpenAPI style: /programmes/{programmeId}/members */
  readonly path: string;
  readonly summary: string;
  /** Realm roles the gateway lets through; the service narrows further (see description). */
  readonly description?: string;
  readonly query?: z.ZodObject;
  readonly body?: z.ZodType;
  /** Media type of the body and of the success response, when not JSON (e.g. text/csv). */
  readonly bodyType?: string;
  readonly responseType?: string;
  /** Headers the operation reads besides authorization and content negotiation; the gateway forwards them. */
  readonly requestHeaders?: readonly HttpHeader[];
  /** Headers the success answer may carry; the gateway passes them back. */
  readonly responseHeaders?: readonly HttpHeader[];
  readonly status: number;
  readonly response?: z.ZodType;
  /** Error statuses worth naming besides 400/401/403. */
  readonly errors?: readonly number[];
}

export interface ServiceApi {
  readonly name: string;
  /** Where the gateway serves it: /api/<service>. */
  readonly prefix: string;
  readonly operations: readonly HttpOperation[];
}

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
      const parameters = [
        ...[...path.matchAll(/\{(\w+)\}/g)].map((match) => ({
          name: match[1],
          in: 'path',
          required: true,
          schema: /^(id|\w+Id)$/.test(match[1] ?? '')
            ? { type: 'string', format: 'uuid' }
            : { type: 'string' },
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
      // Every body is read as UTF-8 only: a declared other charset gets 415 (libs/platform body-guard.ts).
      const errors = [400, 401, 403, ...(operation.body ? [415] : []), ...(operation.errors ?? [])];
      paths[path] ??= {};
      paths[path][operation.method] = {
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
        responses: {
          [String(operation.status)]: {
            description: 'Success',
            ...(operation.responseHeaders?.length
              ? {
                  headers: Object.fromEntries(
                    operation.responseHeaders.map((header) => [
                      header.name,
                      { description: header.description, schema: headerSchema(header) },
                    ]),
                  ),
                }
              : {}),
            ...(operation.response
              ? {
                  content: {
                    [operation.responseType ?? 'application/json']: {
                      schema: jsonSchema(operation.response, 'output'),
                    },
                  },
                }
              : operation.responseType
                ? { content: { [operation.responseType]: { schema: { type: 'string' } } } }
                : {}),
          },
          ...Object.fromEntries(
            errors.map((status) => [
              String(status),
              {
                description: ERROR_TEXT[status] ?? 'Error',
                content: {
                  'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } },
                },
              },
            ]),
          ),
        },
      };
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
