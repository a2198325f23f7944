import { isUtf8 } from 'node:buffer';
import type { NextFunction, Request, Response } from 'express';
import { type BodyRefusal, charsetRefusal, problem, sendProblem } from '@samvirke/platform';

/** Bodies read as text downstream: JSON (and +json) and text/* such as the CSV upload. */
const TEXTUAL = /^(application\/([\w.-]+\+)?json|text\/[\w.+-]+)\s*(;|$)/i;

/**
 * Only UTF-8 passes the gateway: a body declared in another charset gets 415 and a JSON or text
 * body whose bytes are not UTF-8 gets 400, before the service sees it. The services check the same
 * (libs/platform body-guard.ts); refusing here too means no other route to a service (a new one,
 * a direct call of the gateway's own controllers) can decode such a body into mojibake. Runs after
 * the raw body parser, so the bytes are at hand and the body limit is already enforced.
 */
export function bodyEncodingMiddleware(request: Request, response: Response, next: NextFunction): void {
  const body: unknown = request.body;
  if (!Buffer.isBuffer(body) || body.length === 0) return next();
  const contentType = request.headers['content-type'];
  const refusal: BodyRefusal | undefined =
    charsetRefusal(contentType) ??
    (TEXTUAL.test(contentType ?? '') && !isUtf8(body)
      ? { status: 400, detail: 'The request body is not valid UTF-8.', errors: [] }
      : undefined);
  if (!refusal) return next();
  sendProblem(
    response,
    problem(refusal.status, refusal.detail, {
      ...(refusal.status === 415 ? { title: 'Unsupported Media Type' } : {}),
      instance: request.originalUrl,
    }),
  );
}
