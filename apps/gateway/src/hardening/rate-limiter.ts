/**
 * Rate limits per client: a token bucket per key that holds `limit` requests and refills
 * `limit` per window, so a client may burst up to its whole window and then goes at the
 * window's pace. The key is who the verified token says is calling (a machine client by its
 * client id, a person by their subject); without a valid token it is the IP address.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpException } from '@nestjs/common';
import { AuthenticationRefused, type Principal } from '@samvirke/auth';
import { callerOf } from '../pipeline/gateway-request.js';

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

/** Who is calling, for the rate limit: a machine client by its client id, a person by subject. */
export function principalKey(principal: Principal): string {
  return principal.isServiceAccount && principal.clientId
    ? `client:${principal.clientId}`
    : `subject:${principal.subject}`;
}

/** The bucket of a request's caller: the verified one, else the address it came from. */
function callerKey(request: IncomingMessage): string {
  const caller = callerOf(request);
  if (caller && !(caller instanceof AuthenticationRefused)) return principalKey(caller.principal);
  // An invalid token counts against the address it came from; the proxy answers 401.
  return `ip:${request.socket.remoteAddress ?? 'unknown'}`;
}

/**
 * The caller's rate limit, once the caller is identified (auth/caller.ts) and before the body is
 * read: takes one request from the caller's bucket and says so in RateLimit headers; once a client
 * has used up its bucket, refuses it with 429 (problem details) and Retry-After.
 */
export function rateLimit(
  buckets: TokenBuckets,
  limit: number,
): (request: IncomingMessage, response: ServerResponse) => HttpException | undefined {
  const sweeper = setInterval(() => buckets.sweep(), 60_000);
  sweeper.unref();
  const limitHeader = String(limit);
  return (request, response) => {
    const decision = buckets.take(callerKey(request));
    response.setHeader('ratelimit-limit', limitHeader);
    response.setHeader('ratelimit-remaining', String(decision.remaining));
    if (decision.allowed) return undefined;
    response.setHeader('retry-after', String(decision.retryAfterSeconds));
    return new HttpException(`Too many requests; try again in ${decision.retryAfterSeconds} s.`, 429);
  };
}
