import type { ServerResponse } from 'node:http';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Observable, throwError } from 'rxjs';
import { PROBLEM_CONTENT_TYPE, type ProblemDetails } from '@samvirke/contracts';
import { DomainError, type DomainErrorKind } from './errors.js';
import { currentContext } from './request-context.js';

const STATUS_OF: Record<DomainErrorKind, number> = {
  invalid: 422,
  'not-found': 404,
  conflict: 409,
  forbidden: 403,
};
const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function problem(
  status: number,
  detail?: string,
  extra: Partial<ProblemDetails> = {},
): ProblemDetails {
  return {
    type: extra.type ?? `https://samvirke.dk/problems/${status}`,
    title: extra.title ?? TITLES[status] ?? 'Error',
    status,
    ...(detail === undefined ? {} : { detail }),
    ...extra,
  };
}

/**
 * Writes problem details on Node's own response, for answers given outside Nest (the gateway's
 * answer to a request Fastify could not read). Headers set earlier (request id, security headers) stay.
 */
export function sendProblem(response: ServerResponse, body: ProblemDetails): void {
  const text = JSON.stringify(body);
  response.statusCode = body.status;
  response.setHeader('content-type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`);
  response.setHeader('content-length', Buffer.byteLength(text));
  response.end(text);
}

/** Every HTTP error leaves as RFC 9457 problem details; no stack trace ever reaches a client. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): Observable<never> | undefined {
    // Event handlers: hand the error back to the transport, which retries or dead-letters.
    if (host.getType() !== 'http') return throwError(() => exception);
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const response = http.getResponse<FastifyReply>();
    const body = this.toProblem(exception);
    body.instance = request.originalUrl;
    body.correlationId = currentContext()?.correlationId;
    if (body.status >= 500) this.logger.error(exception instanceof Error ? exception : String(exception));
    void response.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
    return undefined;
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof DomainError) {
      const status = STATUS_OF[exception.kind];
      return problem(
        status,
        exception.message,
        exception.errors.length ? { errors: [...exception.errors] } : {},
      );
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const payload = exception.getResponse();
      if (typeof payload === 'object' && payload !== null && 'errors' in payload) {
        return { ...problem(status), ...(payload as Partial<ProblemDetails>), status };
      }
      return problem(status, exception.message);
    }
    if (isBodyParserError(exception)) {
      return problem(
        exception.status,
        exception.status === 413 ? 'The request body is too large.' : 'The request body is not valid JSON.',
      );
    }
    if (isFastifyClientError(exception)) {
      const status = exception.statusCode;
      return problem(
        status,
        status === 413
          ? 'The request body is too large.'
          : status === 415
            ? 'This content type is not accepted here.'
            : 'The request could not be read.',
      );
    }
    return problem(500, 'Something went wrong on our side; the correlation id identifies it in our logs.');
  }
}

/** Fastify's own refusals before a handler runs (body too large, unknown content type, …). */
function isFastifyClientError(value: unknown): value is { statusCode: number; code: string } {
  if (typeof value !== 'object' || value === null) return false;
  const { statusCode, code } = value as { statusCode?: unknown; code?: unknown };
  return (
    typeof statusCode === 'number' &&
    statusCode >= 400 &&
    statusCode < 500 &&
    typeof code === 'string' &&
    code.startsWith('FST_')
  );
}

function isBodyParserError(value: unknown): value is { status: number; type: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { status?: unknown }).status === 'number' &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}
