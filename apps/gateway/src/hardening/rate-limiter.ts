/**
 * Rate limits per client: a token bucket per key that holds `limit` requests and refills
 * `limit` per window, so a client may burst up to its whole window and then goes at the
 * window's pace. The key is who the verified token says is calling (a machine client by its
 * client id, a person by their subject); without a valid token it is the IP address.
 */
import type { ServerResponse } from 'node:http';
import type { Request, RequestHandler } from 'express';
import type { KeycloakTokenVerifier, Principal } from '@samvirke/auth';
import { currentContext, problem, sendProblem } from '@samvirke/platform';

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export interface RateDecision {
  readonly allowed: boolean;
  readonly remaining: number;
  /** Seconds until one more request is allowed (0 when allowed). */
  readonly retryAfterSeconds: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    private readonly limit: number,
    windowMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = limit / windowMs;
  }

  take(key: string): RateDecision {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.limit, updatedAt: now };
    bucket.tokens = Math.min(this.limit, bucket.tokens + (now - bucket.updatedAt) * this.perMs);
    bucket.updatedAt = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, remaining: Math.floor(bucket.tokens), retryAfterSeconds: 0 };
    }
    return {
      allowed: false,
      remaining: 0,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1_000)),
    };
  }

  /** Forgets buckets that have refilled completely, so idle clients cost no memory. */
  sweep(): void {
    const now = this.now();
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.updatedAt) * this.perMs >= this.limit) this.buckets.delete(key);
    }
  }

  get size(): number {
    return this.buckets.size;
  }
}

const BEARER = /^Bearer (\S+)$/;

/** Who is calling, for the rate limit: a machine client by its client id, a person by subject. */
export function principalKey(principal: Principal): string {
  return principal.isServiceAccount && principal.clientId
    ? `client:${principal.clientId}`
    : `subject:${principal.subject}`;
}

async function clientKey(request: Request, verifier: KeycloakTokenVerifier): Promise<string> {
  const match = BEARER.exec(request.headers.authorization ?? '');
  if (match?.[1]) {
    try {
      return principalKey(await verifier.verify(match[1]));
    } catch {
      // An invalid token counts against the address it came from; the guard answers 401.
    }
  }
  return `ip:${request.ip ?? request.socket.remoteAddress ?? 'unknown'}`;
}

/**
 * Takes one request from the caller's bucket and says so in RateLimit headers. When the bucket
 * is empty it answers 429 problem details with Retry-After and returns false.
 */
export function admit(
  buckets: TokenBuckets,
  key: string,
  limit: number,
  instance: string,
  response: ServerResponse,
): boolean {
  const decision = buckets.take(key);
  response.setHeader('ratelimit-limit', String(limit));
  response.setHeader('ratelimit-remaining', String(decision.remaining));
  if (decision.allowed) return true;
  response.setHeader('retry-after', String(decision.retryAfterSeconds));
  sendProblem(
    response,
    problem(429, `Too many requests; try again in ${decision.retryAfterSeconds} s.`, {
      instance,
      correlationId: currentContext()?.correlationId,
    }),
  );
  return false;
}

/** Answers 429 problem details with Retry-After once a client has used up its bucket. */
export function rateLimitMiddleware(
  buckets: TokenBuckets,
  verifier: KeycloakTokenVerifier,
  limit: number,
): RequestHandler {
  const sweeper = setInterval(() => buckets.sweep(), 60_000);
  sweeper.unref();
  return (request, response, next) => {
    if (request.path.startsWith('/health/')) return next();
    clientKey(request, verifier).then(
      (key) => {
        if (admit(buckets, key, limit, request.originalUrl, response)) next();
      },
      (error: unknown) => next(error),
    );
  };
}
