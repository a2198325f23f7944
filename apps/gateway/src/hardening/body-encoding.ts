import { isUtf8 } from 'node:buffer';
import { BadRequestException, type HttpException, UnsupportedMediaTypeException } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { type BodyRefusal, charsetRefusal } from '@samvirke/platform';

/** Bodies read as text downstream: JSON (and +json) and text/* such as the CSV upload. */
const TEXTUAL = /^(application\/([\w.-]+\+)?json|text\/[\w.+-]+)\s*(;|$)/i;

/**
 * Bodies stay bytes at the gateway, whatever their type: the services parse them. Fastify reads
 * each up to `bodyLimit` (413 beyond it, before anything reaches a service) and reads none for GET
 * and HEAD. Only UTF-8 passes: a body declared in another charset gets 415 and a JSON or text body
 * whose bytes are not UTF-8 gets 400, before the service sees it. The services check the same
 * (libs/platform body-guard.ts); refusing here too means no other route to a service (a new one,
 * a direct call of the gateway's own controllers) can decode such a body into mojibake.
 */
export function readBodiesAsUtf8Bytes(fastify: FastifyInstance, bodyLimit: number): void {
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit }, (request, body, done) => {
    const refusal = encodingRefusal(request.headers['content-type'], body as Buffer);
    if (refusal) done(refusalException(refusal), undefined);
    else done(null, body);
  });
}

function encodingRefusal(contentType: string | undefined, body: Buffer): BodyRefusal | undefined {
  if (body.length === 0) return undefined;
  return (
    charsetRefusal(contentType) ??
    (TEXTUAL.test(contentType ?? '') && !isUtf8(body)
      ? { status: 400, detail: 'The request body is not valid UTF-8.', errors: [] }
      : undefined)
  );
}

function refusalException(refusal: BodyRefusal): HttpException {
  return refusal.status === 415
    ? new UnsupportedMediaTypeException(refusal.detail)
    : new BadRequestException(refusal.detail);
}
