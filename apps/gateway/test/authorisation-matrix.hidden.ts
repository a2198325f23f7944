/**
 * Hidden programmes must be indistinguishable from unknown ones. For every programme-scoped
 * operation of every API list (a `{…}` path parameter right after `programmes/`), a signed-in caller
 * whose organisation is not a member of the other scope's programme sends the matrix row's request
 * for that programme and the same request with a programme id nobody has: the two answers must be
 * the same (status, problem type, title, and detail once the id is blanked out), and a 404 unless
 * the caller's role is refused the operation everywhere (then a 403 that is the same for any id).
 */
import { randomUUID } from 'node:crypto';
import type { HttpOperation, ServiceApi } from '@samvirke/contracts';
import type { Caller, MatrixRow, MatrixWorld } from './authorisation-matrix.types.js';
import { FORBID } from './authorisation-matrix.types.js';

/** The name of the operation's programme path parameter, when it is programme-scoped. */
export function programmeParameter(operation: HttpOperation): string | undefined {
  return /\/programmes\/\{(\w+)\}/.exec(operation.path)?.[1];
}

export interface Answer {
  readonly status: number;
  readonly type: string | undefined;
  readonly title: string | undefined;
  readonly detail: string | undefined;
}

async function answer(
  gateway: string,
  api: ServiceApi,
  operation: HttpOperation,
  row: MatrixRow,
  world: MatrixWorld,
  caller: Caller,
  token: string,
  programmeId: string | undefined,
): Promise<Answer> {
  const request = row.request(world, 'other', caller);
  const parameter = programmeParameter(operation);
  const params = { ...request.params, ...(parameter && programmeId ? { [parameter]: programmeId } : {}) };
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(params[name] ?? ''),
  );
  const query = request.query ? `?${new URLSearchParams(request.query).toString()}` : '';
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  let body: string | undefined;
  if (request.text) {
    headers['content-type'] = request.text.contentType;
    body = request.text.body;
  } else if (request.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(request.body);
  }
  const response = await fetch(`${gateway}${api.prefix}${path}${query}`, {
    method: operation.method.toUpperCase(),
    headers,
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  const problem = (response.headers.get('content-type') ?? '').includes('application/problem+json')
    ? (JSON.parse(text) as { type?: string; title?: string; detail?: string })
    : {};
  const sent = String(params[parameter ?? ''] ?? '');
  return {
    status: response.status,
    type: problem.type,
    title: problem.title,
    // The id the caller sent is echoed either way; anything else in the detail must be the same.
    detail: sent ? problem.detail?.split(sent).join('<programme>') : problem.detail,
  };
}

/** Differences between the hidden and the unknown programme's answers, per caller, readable. */
export async function hiddenVersusUnknown(
  gateway: string,
  api: ServiceApi,
  operation: HttpOperation,
  row: MatrixRow,
  world: MatrixWorld,
  callers: readonly (Caller & { token: () => Promise<string> })[],
): Promise<string[]> {
  const problems: string[] = [];
  for (const caller of callers) {
    const token = await caller.token();
    const hidden = await answer(gateway, api, operation, row, world, caller, token, undefined);
    const unknown = await answer(gateway, api, operation, row, world, caller, token, randomUUID());
    // A role refused the operation even in its own programme may get that 403 here too.
    const expected = row.expect[caller.role][0] === FORBID ? [403, 404] : [404];
    if (JSON.stringify(hidden) !== JSON.stringify(unknown))
      problems.push(`${caller.role}: hidden ${JSON.stringify(hidden)} ≠ unknown ${JSON.stringify(unknown)}`);
    else if (!expected.includes(hidden.status))
      problems.push(
        `${caller.role}: expected ${expected.join(' or ')} for both, got ${JSON.stringify(hidden)}`,
      );
  }
  return problems;
}
