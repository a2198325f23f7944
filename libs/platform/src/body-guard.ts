import { isUtf8 } from 'node:buffer';
import type { ProblemFieldError } from '@samvirke/contracts';

/**
 * Checks every request body and parameter must pass before any schema sees it, shared by the
 * services' (http-app.ts) and the gateway's (its pipeline) Fastify stacks, so that no field, present
 * or future, can forget them:
 * - only UTF-8 is read: a declared other charset is 415, bytes that are not UTF-8 are 400 (decoding
 *   them would store U+FFFD replacement characters, i.e. mojibake);
 * - no NUL character in any string or key: PostgreSQL cannot store it in text (a 500 before);
 * - no `__proto__`, `constructor` or `prototype` key: refused as unknown fields, as strict schemas
 *   refuse any other, because they reach object spreads and merges as prototype pollution.
 */
export interface BodyRefusal {
  readonly status: 400 | 415;
  readonly detail: string;
  readonly errors: readonly ProblemFieldError[];
}

const UTF8 = new Set(['utf-8', 'utf8']);
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Enough to name what is wrong without an answer as large as a hostile body. */
const MAX_ERRORS = 100;

/** 415 when the content type declares a charset other than UTF-8 (none declared means UTF-8). */
export function charsetRefusal(contentType: string | undefined): BodyRefusal | undefined {
  const match = /;\s*charset\s*=\s*("?)([^";\s]*)\1/i.exec(contentType ?? '');
  const charset = match?.[2]?.toLowerCase();
  if (charset === undefined || UTF8.has(charset)) return undefined;
  return {
    status: 415,
    detail: `Only UTF-8 is accepted; the body was declared as charset=${charset}.`,
    errors: [],
  };
}

/** The body as text, or 400 when its bytes are not UTF-8. A leading byte order mark is dropped. */
export function decodeUtf8(bytes: Buffer): string | BodyRefusal {
  if (!isUtf8(bytes)) {
    return { status: 400, detail: 'The request body is not valid UTF-8.', errors: [] };
  }
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** 400 for a NUL character anywhere in a text body (a CSV upload); its line is named. */
export function textRefusal(text: string): BodyRefusal | undefined {
  const at = text.indexOf('\u0000');
  if (at < 0) return undefined;
  const line = text.slice(0, at).split('\n').length;
  return { status: 400, detail: `Line ${line} contains a NUL character (U+0000).`, errors: [] };
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Every NUL character and forbidden key in a parsed JSON value, each with its JSON pointer. Walked
 * with an explicit stack: JSON.parse accepts nesting deeper than a recursive walk would survive.
 */
export function unsafeJsonErrors(value: unknown): ProblemFieldError[] {
  const errors: ProblemFieldError[] = [];
  const stack: { value: unknown; pointer: string }[] = [{ value, pointer: '' }];
  while (stack.length > 0 && errors.length < MAX_ERRORS) {
    const { value: current, pointer } = stack.pop()!;
    if (typeof current === 'string') {
      if (current.includes('\u0000')) {
        errors.push({ pointer: pointer || '/', detail: 'contains a NUL character (U+0000)' });
      }
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--) {
        stack.push({ value: current[index], pointer: `${pointer}/${index}` });
      }
    } else if (typeof current === 'object' && current !== null) {
      for (const key of Object.keys(current).reverse()) {
        const at = `${pointer}/${escape(key)}`;
        if (FORBIDDEN_KEYS.has(key)) errors.push({ pointer: at, detail: 'unknown field' });
        else if (key.includes('\u0000'))
          errors.push({ pointer: at, detail: 'the field name contains a NUL character (U+0000)' });
        else stack.push({ value: (current as Record<string, unknown>)[key], pointer: at });
      }
    }
  }
  return errors.sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
}

/** The JSON body's refusal, if any (a body that is not JSON at all is the parser's to refuse). */
export function jsonRefusal(value: unknown): BodyRefusal | undefined {
  const errors = unsafeJsonErrors(value);
  if (errors.length === 0) return undefined;
  return { status: 400, detail: `${errors.length} field(s) are invalid.`, errors };
}

/** 400 naming each query or path parameter that holds a NUL character (PostgreSQL refuses them). */
export function parameterRefusal(
  ...sources: readonly (Record<string, unknown> | undefined | null)[]
): BodyRefusal | undefined {
  const errors = sources.flatMap((source) =>
    Object.entries(source ?? {})
      .filter(([name, value]) =>
        [name, ...[value].flat()].some((part) => typeof part === 'string' && part.includes('\u0000')),
      )
      .map(([name]) => ({ pointer: `/${escape(name)}`, detail: 'contains a NUL character (U+0000)' })),
  );
  if (errors.length === 0) return undefined;
  return { status: 400, detail: `${errors.length} parameter(s) are invalid.`, errors };
}

/** Problem details fields for a refusal that names fields, as schema validation names them. */
export function refusalProblem(refusal: BodyRefusal): {
  type: string;
  title: string;
  detail: string;
  errors: ProblemFieldError[];
} {
  return {
    type: 'https://samvirke.dk/problems/validation',
    title: 'Validation failed',
    detail: refusal.detail,
    errors: [...refusal.errors],
  };
}
