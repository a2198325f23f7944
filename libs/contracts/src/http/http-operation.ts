import { type z } from 'zod';
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
