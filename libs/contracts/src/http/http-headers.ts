import type { ServiceApi } from './http-operation.js';

/** A header an operation reads from the request or sets on its answer, beyond the protocol's own. */
export interface HttpHeader {
  /** Lower case, as Node presents headers. */
  readonly name: string;
  readonly description: string;
  /** The values it takes, when it is one of a few. */
  readonly values?: readonly string[];
}

/** RFC 7240: a client that has the values already asks for the answer without them. */
export const PREFER_HEADER: HttpHeader = {
  name: 'prefer',
  description:
    'RFC 7240. `return=minimal` leaves the values out of the answer (valueCount still says how many there are): for large uploads whose values the client has.',
  values: ['return=minimal', 'return=representation'],
};

export const PREFERENCE_APPLIED_HEADER: HttpHeader = {
  name: 'preference-applied',
  description: 'RFC 7240. `return=minimal` when the values were left out as the request preferred.',
  values: ['return=minimal'],
};

/**
 * Every header some operation documents, request or response side: what the gateway must pass
 * through, so that a newly documented header reaches the service (and the caller) without a second
 * list to remember.
 */
export function documentedHeaders(apis: readonly ServiceApi[], side: 'request' | 'response'): string[] {
  const names = apis.flatMap((api) =>
    api.operations.flatMap(
      (operation) => (side === 'request' ? operation.requestHeaders : operation.responseHeaders) ?? [],
    ),
  );
  return [...new Set(names.map((header) => header.name.toLowerCase()))].sort();
}
