import type { z } from 'zod';
import type { HttpMethod, HttpOperation } from './http-operation.js';

/** What an operation declares besides its id, method, path and success status. */
export type OperationSpec = Omit<HttpOperation, 'operationId' | 'method' | 'path' | 'status'>;

/** What an operation answers: its success body and the error statuses worth naming besides 400/401/403. */
export type OperationAnswers = Pick<OperationSpec, 'response' | 'errors'>;

function builder(method: HttpMethod, status: number) {
  return (operationId: string, path: string, spec: OperationSpec): HttpOperation => ({
    operationId,
    method,
    path,
    status,
    ...spec,
  });
}

/**
 * The one way to declare an HTTP operation in an operation table (`*.api.ts`), one call each:
 *
 *     op.get('getApplication', '/applications/{applicationId}', {
 *       summary: 'One application',
 *       ...access(APPLICATION_READERS).answers(applicationSchema, 404),
 *     }),
 *
 * The builder names the method and, from it, the success status: 200 for reads and changes, 201
 * when a POST creates (`create`), 204 when a DELETE answers nothing. The rest of HttpOperation
 * (query, body, media types, headers) goes into the spec as it is.
 */
export const op = {
  get: builder('get', 200),
  post: builder('post', 200),
  create: builder('post', 201),
  put: builder('put', 200),
  patch: builder('patch', 200),
  delete: builder('delete', 204),
} as const;

/** The success body of an operation and the error statuses it names besides 400/401/403. */
export function answers(response: z.ZodType, ...errors: number[]): OperationAnswers {
  return errors.length > 0 ? { response, errors } : { response };
}

/**
 * Who may call an operation (the OpenAPI description; the gateway lets the realm roles through,
 * the service narrows further), followed by what it answers.
 */
export function access(description: string) {
  return {
    answers: (response: z.ZodType, ...errors: number[]): OperationAnswers & { description: string } => ({
      description,
      ...answers(response, ...errors),
    }),
  };
}
