import { createParamDecorator, Param, type ExecutionContext } from '@nestjs/common';
import { z } from 'zod';
import type { ResponseOptions } from './submissions.store.js';

/** The path parameters of one organisation's submission for a period, checked together. */
export const submissionWhere = z.object({
  programmeId: z.uuid(),
  periodId: z.uuid(),
  organisationId: z.uuid(),
});
export type SubmissionWhere = z.infer<typeof submissionWhere>;

/** `@SubmissionParams() params: SubmissionWhere`: the three ids, every bad one named in one 400. */
export const SubmissionParams = (): ParameterDecorator => Param({ schema: submissionWhere });

/** What of Fastify's request and reply the preference reads and sets: a header each. */
interface Http {
  readonly request: { readonly headers: Readonly<Record<string, string | string[] | undefined>> };
  readonly reply: { header(name: string, value: string): unknown };
}

/**
 * RFC 7240: `Prefer: return=minimal` leaves the values out of the answer (valueCount still says how
 * many were stored), for clients uploading large files that have the values already; the answer
 * says `Preference-Applied: return=minimal` when it honours it.
 */
export function responsePreference({ request, reply }: Http): ResponseOptions {
  const prefer = request.headers['prefer'];
  const minimal = /(^|[,\s])return=minimal\b/i.test([prefer ?? ''].flat().join(', '));
  if (minimal) reply.header('preference-applied', 'return=minimal');
  return { minimal };
}

/** The caller's RFC 7240 preference as `ResponseOptions`: `@ReturnPreference() options: ResponseOptions`. */
export const ReturnPreference = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const http = context.switchToHttp();
  return responsePreference({ request: http.getRequest(), reply: http.getResponse() });
});
