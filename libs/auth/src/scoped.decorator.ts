import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { z } from 'zod';
import { validationFailed } from '@samvirke/platform';
import type { Principal } from './principal.js';
import { requestPrincipal } from './roles.decorator.js';

/** The caller and the UUID path parameters named in `@Scoped(...)`. */
export type Scoped<K extends string> = { readonly principal: Principal } & { readonly [P in K]: string };

const uuid = z.uuid();

/** Reads the caller and checks each named path parameter in turn, as `@Param(name, { schema: z.uuid() })` does. */
export function scopeOf(
  principal: Principal,
  params: Readonly<Record<string, string | undefined>>,
  names: readonly string[],
): Scoped<string> {
  const scope: Record<string, unknown> = { principal };
  for (const name of names) {
    const checked = uuid.safeParse(params[name]);
    if (!checked.success) throw validationFailed(checked.error.issues);
    scope[name] = checked.data;
  }
  return scope as Scoped<string>;
}

const scoped = createParamDecorator((names: readonly string[], context: ExecutionContext) => {
  const { params } = context.switchToHttp().getRequest<{ params?: Record<string, string> }>();
  return scopeOf(requestPrincipal(context), params ?? {}, names);
});

/**
 * The verified caller and the route's UUID path parameters in one argument:
 * `@Scoped('awardId', 'reportId') { principal, awardId, reportId }: Scoped<'awardId' | 'reportId'>`.
 * A parameter that is not a UUID is answered with the same 400 problem as a contract schema's.
 */
export function Scoped(...names: string[]): ParameterDecorator {
  return scoped(names);
}
