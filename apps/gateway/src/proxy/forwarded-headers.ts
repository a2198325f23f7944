import { documentedHeaders, HTTP_APIS } from '@samvirke/contracts';

/** The protocol's own request headers every proxied call may carry. */
const PROTOCOL_REQUEST_HEADERS = [
  'authorization',
  'content-type',
  'accept',
  'accept-language',
  'traceparent',
  'if-match',
  'if-none-match',
  'x-request-id',
];

const PROTOCOL_RESPONSE_HEADERS = [
  'content-type',
  'content-length',
  'location',
  'etag',
  'cache-control',
  'content-disposition',
  'retry-after',
];

function union(...lists: readonly (readonly string[])[]): readonly string[] {
  return [...new Set(lists.flat())];
}

/**
 * What the proxy passes to a service: the protocol's headers and every header an operation of the
 * API documents (e.g. `Prefer`), so documenting a header in libs/contracts is all it takes for it
 * to reach the service. Anything else (cookies, hop-by-hop headers, a caller's own x-forwarded-*)
 * stays at the gateway.
 */
export const FORWARDED_REQUEST_HEADERS = union(
  PROTOCOL_REQUEST_HEADERS,
  documentedHeaders(HTTP_APIS, 'request'),
);

/** What the proxy passes back to the caller, likewise (e.g. `Preference-Applied`). */
export const RETURNED_RESPONSE_HEADERS = union(
  PROTOCOL_RESPONSE_HEADERS,
  documentedHeaders(HTTP_APIS, 'response'),
);
