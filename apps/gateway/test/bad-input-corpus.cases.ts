import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { HTTP_APIS, type HttpOperation } from '@samvirke/contracts';

/**
 * The bad-input corpus: for every write operation of every API list (the same list the OpenAPI
 * document is built from) the inputs that once got a 500 or were stored: a NUL character in each
 * string field, bytes that are not UTF-8, another charset, `__proto__` and `constructor` keys,
 * and 1e300 and -7 in each numeric field. Bodies are built from the operation's JSON Schema and
 * hold only the field under test: every check refuses before the rest of the body matters.
 */
type Segment = string | number;

interface Field {
  readonly path: readonly Segment[];
  readonly kind: 'string' | 'number';
  /** The lowest value the schema allows, for numbers. */
  readonly minimum?: number;
  /** False under a union: the validator names the union, not necessarily the field. */
  readonly exact: boolean;
}

export interface CorpusCase {
  readonly name: string;
  readonly operation: string;
  readonly method: string;
  /** Gateway path, parameters filled in. */
  readonly path: string;
  readonly contentType: string;
  readonly body: string | Buffer;
  /** The refusals that fit: 400 (field), 415 (charset). */
  readonly statuses: readonly number[];
  /** The pointer the problem must name, where the field is known. */
  readonly pointer?: string;
  /** Number cases are refused by schema validation, after the role check: try callers in turn. */
  readonly needsRole: boolean;
}

function fieldsOf(schema: unknown, path: readonly Segment[], exact: boolean, depth = 0): Field[] {
  if (typeof schema !== 'object' || schema === null || depth > 12) return [];
  const node = schema as Record<string, unknown>;
  const options = [node['anyOf'], node['oneOf']].find(Array.isArray) as unknown[] | undefined;
  if (options) {
    const real = options.filter((option) => (option as { type?: unknown }).type !== 'null');
    return real.flatMap((option) => fieldsOf(option, path, exact && real.length === 1, depth + 1));
  }
  if (Array.isArray(node['allOf'])) {
    return node['allOf'].flatMap((part) => fieldsOf(part, path, exact, depth + 1));
  }
  const type = [node['type']].flat();
  if (type.includes('object') && typeof node['properties'] === 'object' && node['properties'] !== null) {
    return Object.entries(node['properties'] as Record<string, unknown>).flatMap(([key, value]) =>
      fieldsOf(value, [...path, key], exact, depth + 1),
    );
  }
  if (type.includes('array') && node['items']) return fieldsOf(node['items'], [...path, 0], exact, depth + 1);
  if (type.includes('string')) return [{ path, kind: 'string', exact }];
  if (type.includes('number') || type.includes('integer')) {
    const minimum = [node['minimum'], node['exclusiveMinimum']].find((value) => typeof value === 'number');
    return [{ path, kind: 'number', exact, ...(typeof minimum === 'number' ? { minimum } : {}) }];
  }
  return [];
}

/** A body holding only `value` at `path`: {"values":[{"value":1e300}]}. */
function bodyWith(path: readonly Segment[], value: unknown): unknown {
  return path.reduceRight<unknown>(
    (inner, segment) => (typeof segment === 'number' ? [inner] : { [segment]: inner }),
    value,
  );
}

const pointerOf = (path: readonly Segment[]): string =>
  path.map((segment) => '/' + String(segment).replace(/~/g, '~0').replace(/\//g, '~1')).join('');

/** Path parameters: ids get a fresh UUID (nothing is there to be written to), others a plain word. */
function gatewayPath(prefix: string, operation: HttpOperation): string {
  return (
    prefix +
    operation.path.replace(/\{(\w+)\}/g, (_all, name: string) =>
      /^(id|\w+Id)$/.test(name) && name !== 'clientId' ? randomUUID() : `corpus-${name.toLowerCase()}`,
    )
  );
}

/** The latin-1 bytes of a JSON body with æøå, as Windows tools send it. */
const latin1 = (body: unknown): Buffer => Buffer.from(JSON.stringify(body), 'latin1');

function jsonCases(prefix: string, operation: HttpOperation, body: z.ZodType): CorpusCase[] {
  const schema = z.toJSONSchema(body, { io: 'input', unrepresentable: 'any' });
  const seen = new Set<string>();
  const fields = fieldsOf(schema, [], true).filter((field) => {
    const key = `${field.kind}:${pointerOf(field.path)}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  const base = {
    operation: operation.operationId,
    method: operation.method.toUpperCase(),
    contentType: 'application/json',
  };
  const at = (): string => gatewayPath(prefix, operation);
  const firstString = fields.find((field) => field.kind === 'string' && field.path.length > 0);
  const sample = firstString ? bodyWith(firstString.path, 'Ærø Kommune') : { navn: 'Ærø Kommune' };
  const cases: CorpusCase[] = [
    ...fields
      .filter((field) => field.kind === 'string')
      .map((field) => ({
        ...base,
        name: `NUL in ${pointerOf(field.path) || '/'}`,
        path: at(),
        body: JSON.stringify(bodyWith(field.path, 'før\u0000efter')),
        statuses: [400],
        pointer: pointerOf(field.path) || '/',
        needsRole: false,
      })),
    ...fields
      .filter((field) => field.kind === 'number')
      .flatMap((field) =>
        [1e300, -7].map((value) => ({
          ...base,
          name: `${value} in ${pointerOf(field.path)}`,
          path: at(),
          body: JSON.stringify(bodyWith(field.path, value)),
          statuses: [400, 422],
          ...(field.exact && (value === 1e300 || (field.minimum ?? -Infinity) > -7)
            ? { pointer: pointerOf(field.path) }
            : {}),
          needsRole: true,
        })),
      ),
    ...['__proto__', 'constructor'].map((key) => ({
      ...base,
      name: `${key} key`,
      path: at(),
      body: `{"${key}":{"isAdmin":true}}`,
      statuses: [400],
      pointer: `/${key}`,
      needsRole: false,
    })),
    {
      ...base,
      name: 'charset=iso-8859-1',
      path: at(),
      contentType: 'application/json; charset=iso-8859-1',
      body: latin1(sample),
      statuses: [415],
      needsRole: false,
    },
    { ...base, name: 'invalid UTF-8', path: at(), body: latin1(sample), statuses: [400], needsRole: false },
  ];
  return cases;
}

function textCases(prefix: string, operation: HttpOperation, type: string): CorpusCase[] {
  const base = {
    operation: operation.operationId,
    method: operation.method.toUpperCase(),
    contentType: type,
    needsRole: false,
  };
  const text = 'indikator;opdeling;værdi\nunge;;1\n';
  return [
    {
      ...base,
      name: 'NUL in the text',
      path: gatewayPath(prefix, operation),
      body: `${text}ung\u0000e;;2\n`,
      statuses: [400],
    },
    {
      ...base,
      name: 'charset=windows-1252',
      path: gatewayPath(prefix, operation),
      contentType: `${type}; charset=windows-1252`,
      body: Buffer.from(text, 'latin1'),
      statuses: [415],
    },
    {
      ...base,
      name: 'invalid UTF-8',
      path: gatewayPath(prefix, operation),
      body: Buffer.from(text, 'latin1'),
      statuses: [400],
    },
  ];
}

/** Every case for every operation with a request body, and the operations they cover. */
export function corpusCases(): { cases: CorpusCase[]; operations: string[] } {
  const cases: CorpusCase[] = [];
  const operations: string[] = [];
  for (const api of HTTP_APIS) {
    for (const operation of api.operations) {
      if (operation.method === 'get' || !operation.body) continue;
      // A file's raw bytes (report attachments) have no fields or text to be malformed; their
      // refusals (type by content, size, name) are in apps/grants/src/attachments/*.int-spec.ts.
      if (operation.bodyType === 'application/octet-stream') continue;
      operations.push(operation.operationId);
      cases.push(
        ...(operation.bodyType && !/json/.test(operation.bodyType)
          ? textCases(api.prefix, operation, operation.bodyType)
          : jsonCases(api.prefix, operation, operation.body)),
      );
    }
  }
  return { cases, operations };
}

/** A NUL in a query parameter of each read that takes a string one: refused, never a 500. */
export function queryCases(): { name: string; path: string; pointer: string }[] {
  return HTTP_APIS.flatMap((api) =>
    api.operations.flatMap((operation) => {
      const shape = operation.query?.shape ?? {};
      const name = Object.keys(shape).find((key) => {
        const json = z.toJSONSchema(shape[key] as z.ZodType, { io: 'input', unrepresentable: 'any' });
        return fieldsOf(json, [], true).some((field) => field.kind === 'string');
      });
      if (operation.method !== 'get' || !name) return [];
      return [
        {
          name: `${operation.operationId} ?${name}`,
          path: `${gatewayPath(api.prefix, operation)}?${name}=a%00b`,
          pointer: `/${name}`,
        },
      ];
    }),
  );
}
