import type { IncomingMessage, ServerResponse } from 'node:http';
import { PayloadTooLargeException } from '@nestjs/common';

/**
 * A refused body up to this size is still read (and dropped) after the 413, so that a client that
 * is still sending it gets the answer instead of a reset connection; a larger one closes the
 * connection after the answer, as reading it would cost more than the client deserves.
 */
export const DRAINED_BODY_MAX = 64 * 1024 * 1024;

/**
 * The 413 for a body whose declared length is over `limit`, before any of it is read. Fastify's
 * own check comes later, in the body parser, and closes the connection at once: the client, still
 * writing, then sees EPIPE or ECONNRESET instead of the answer (a browser uploading 11 MB of PDF
 * learnt nothing). Answered here, from a hook, Node reads the rest of the body and drops it (the
 * response finishes with the request unread) and the connection stays usable. Bodies without a
 * length (chunked) still meet the parser's limit.
 */
export function declaredBodyTooLarge(
  request: IncomingMessage,
  response: ServerResponse,
  limit: number,
): PayloadTooLargeException | undefined {
  const declared = Number(request.headers['content-length']);
  if (!(declared > limit)) return undefined;
  if (declared > DRAINED_BODY_MAX) response.setHeader('connection', 'close');
  return new PayloadTooLargeException('The request body is too large.');
}
