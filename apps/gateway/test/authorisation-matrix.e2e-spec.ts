import { HTTP_APIS, type HttpOperation, type ServiceApi } from '@samvirke/contracts';
import { ensureIdentityAdministration } from '@samvirke/testing';
import { ROLES } from '@samvirke/auth';
import {
  ALLOW,
  AUTHORISATION_MATRIX,
  FORBID,
  HIDE,
  type Caller,
  type MatrixRow,
  type Scope,
  type Verdict,
} from './authorisation-matrix.table.js';
import {
  CALLERS,
  INTEGRATION_CALLER,
  startMatrixStack,
  type MatrixStack,
} from './authorisation-matrix.fixture.js';
import { hiddenVersusUnknown, programmeParameter } from './authorisation-matrix.hidden.js';

/**
 * Every HTTP operation × every role × own / other organisation, through the real gateway and real
 * services with real Keycloak tokens, against the expectations in authorisation-matrix.table.ts.
 */
const operations: { api: ServiceApi; operation: HttpOperation }[] = HTTP_APIS.flatMap((api) =>
  api.operations.map((operation) => ({ api, operation })),
);
const callers = [...CALLERS, INTEGRATION_CALLER];
let stack: MatrixStack;

beforeAll(async () => {
  // The partners service reads refused logins through its Keycloak service account.
  await ensureIdentityAdministration();
  stack = await startMatrixStack();
}, 180_000);

afterAll(async () => {
  await stack?.stop();
}, 60_000);

it('has a row for every operation of every API list, a verdict for every role, and no stale rows', () => {
  const missing = operations
    .map(({ operation }) => operation.operationId)
    .filter((id) => !AUTHORISATION_MATRIX[id]);
  expect(missing).toEqual([]);
  const listed = new Set(operations.map(({ operation }) => operation.operationId));
  expect(Object.keys(AUTHORISATION_MATRIX).filter((id) => !listed.has(id))).toEqual([]);
  for (const row of Object.values(AUTHORISATION_MATRIX)) {
    expect(Object.keys(row.expect).sort()).toEqual([...ROLES].sort());
  }
  expect(callers.map((caller) => caller.role).sort()).toEqual([...ROLES].sort());
});

interface Outcome {
  readonly status: number;
  readonly detail: string;
  readonly problem: boolean;
}

async function send(
  api: ServiceApi,
  operation: HttpOperation,
  row: MatrixRow,
  scope: Scope,
  caller: Caller,
  token: string | undefined,
): Promise<Outcome> {
  const request = row.request(stack.world, scope, caller);
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = request.params?.[name];
    if (!value) throw new Error(`${operation.operationId}: no value for {${name}}`);
    return encodeURIComponent(value);
  });
  const query = request.query ? `?${new URLSearchParams(request.query).toString()}` : '';
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  let body: string | undefined;
  if (request.text) {
    headers['content-type'] = request.text.contentType;
    body = request.text.body;
  } else if (request.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(request.body);
  }
  const abort = new AbortController();
  const response = await fetch(`${stack.gateway.url}${api.prefix}${path}${query}`, {
    method: operation.method.toUpperCase(),
    headers,
    signal: abort.signal,
    ...(body === undefined ? {} : { body }),
  });
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.startsWith('text/event-stream')) {
    // A stream that has started never ends by itself: its status and headers are the outcome.
    abort.abort();
    await response.body?.cancel().catch(() => undefined);
    return { status: response.status, detail: '', problem: false };
  }
  const text = await response.text();
  const problem = contentType.includes('application/problem+json');
  const detail = problem ? String((JSON.parse(text) as { detail?: string }).detail ?? '') : '';
  return { status: response.status, detail, problem };
}

/** A readable mismatch, or undefined when the outcome is what the verdict says. */
function mismatch(row: MatrixRow, verdict: Verdict | 'anonymous', outcome: Outcome): string | undefined {
  const got = `${outcome.status}${outcome.detail ? ` (${outcome.detail})` : ''}`;
  switch (verdict) {
    case 'anonymous': {
      const status = row.anonymous ?? 401;
      return outcome.status === status && outcome.problem ? undefined : `expected ${status}, got ${got}`;
    }
    case FORBID:
      return outcome.status === 403 && outcome.problem ? undefined : `expected 403, got ${got}`;
    case HIDE:
      return outcome.status === 404 && (row.hiddenDetail ?? /that you can see/).test(outcome.detail)
        ? undefined
        : `expected 404 hiding the programme, got ${got}`;
    case ALLOW: {
      const expected = `expected ${row.allowed.join(' or ')}`;
      if (!row.allowed.includes(outcome.status)) return `${expected}, got ${got}`;
      if (outcome.status === 404 && !(row.allowedDetail ?? /^$/).test(outcome.detail)) {
        return `${expected} about the data, got ${got}`;
      }
      return undefined;
    }
  }
}

describe.each(
  operations.map(
    ({ api, operation }) =>
      [
        `${operation.method.toUpperCase()} ${api.prefix}${operation.path} (${operation.operationId})`,
        api,
        operation,
      ] as const,
  ),
)('%s', (_title, api, operation) => {
  it('gives every role, for its own and for another organisation, what the matrix says', async () => {
    const row = AUTHORISATION_MATRIX[operation.operationId];
    if (!row) throw new Error(`no row for ${operation.operationId} in authorisation-matrix.table.ts`);
    const problems: string[] = [];
    for (const caller of callers) {
      const token = await caller.token();
      for (const [index, scope] of (['own', 'other'] as const).entries()) {
        const verdict = row.expect[caller.role][index];
        const outcome = await send(api, operation, row, scope, caller, token);
        const wrong = mismatch(row, verdict, outcome);
        if (wrong) problems.push(`${caller.role} / ${scope}: ${wrong}`);
      }
    }
    for (const scope of ['own', 'other'] as const) {
      const outcome = await send(api, operation, row, scope, CALLERS[3], undefined);
      const wrong = mismatch(row, 'anonymous', outcome);
      if (wrong) problems.push(`anonymous / ${scope}: ${wrong}`);
    }
    expect(problems).toEqual([]);
  });
});

const programmeScoped = operations.filter(({ operation }) => programmeParameter(operation));

describe.each(
  programmeScoped.map(
    ({ api, operation }) =>
      [`${operation.method.toUpperCase()} ${api.prefix}${operation.path}`, api, operation] as const,
  ),
)('%s for a programme the caller cannot see', (_title, api, operation) => {
  it('answers exactly as for a programme id nobody has', async () => {
    const row = AUTHORISATION_MATRIX[operation.operationId];
    if (!row) throw new Error(`no row for ${operation.operationId}`);
    // Every signed-in caller but the platform admin (who sees every programme) is outside `other`.
    const outsiders = callers.filter((caller) => caller.role !== 'platform-admin');
    expect(await hiddenVersusUnknown(stack.gateway.url, api, operation, row, stack.world, outsiders)).toEqual(
      [],
    );
  });
});

it('walks the programme-scoped operations of every API list', () => {
  expect(new Set(programmeScoped.map(({ api }) => api.name))).toEqual(
    new Set(['partners', 'measurement', 'grants', 'feed']),
  );
});
