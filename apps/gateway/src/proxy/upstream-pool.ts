import { request as httpRequest } from 'node:http';

/** How long an instance that refused a connection is passed over before it is tried again. */
const DOWN_FOR_MS = 5_000;

/**
 * The instances of one service (`<SERVICE>_URL` may list several, comma-separated): requests go
 * round-robin to the instances not known to be down. An instance is marked down when a connection
 * to it fails or its readiness check does not answer 200, and up again when a check passes or
 * its time out is over. When every instance is down, they are all tried anyway: the caller gets
 * the service's answer or a clean 502/504, never a wait for an instance to come back.
 */
export class UpstreamPool {
  private next = 0;
  private readonly downUntil = new Map<string, number>();

  constructor(readonly instances: readonly URL[]) {
    if (instances.length === 0) throw new Error('an upstream needs at least one instance');
  }

  /** The instance for the next request, passing over those in `tried` and those marked down. */
  pick(tried: ReadonlySet<string> = new Set(), now = Date.now()): URL | undefined {
    const candidates = this.instances.filter((instance) => !tried.has(instance.origin));
    if (candidates.length === 0) return undefined;
    const up = candidates.filter((instance) => (this.downUntil.get(instance.origin) ?? 0) <= now);
    const from = up.length > 0 ? up : candidates;
    const chosen = from[this.next % from.length];
    this.next = (this.next + 1) % Number.MAX_SAFE_INTEGER;
    return chosen;
  }

  markDown(instance: URL, now = Date.now()): void {
    this.downUntil.set(instance.origin, now + DOWN_FOR_MS);
  }

  markUp(instance: URL): void {
    this.downUntil.delete(instance.origin);
  }

  isDown(instance: URL, now = Date.now()): boolean {
    return (this.downUntil.get(instance.origin) ?? 0) > now;
  }
}

/**
 * Where a request goes after its connection to `failed` broke before any answer: another
 * instance not yet tried, for any request when the connection was refused (nothing reached the
 * service), for an idempotent one after other failures too. `failed` is marked down.
 */
export function failoverTarget(
  pool: UpstreamPool,
  tried: Set<string>,
  failed: URL,
  error: NodeJS.ErrnoException,
  idempotent: boolean,
): URL | undefined {
  const unsent = error.code === 'ECONNREFUSED' || error.code === 'EHOSTUNREACH';
  if (!unsent && !idempotent) return undefined;
  pool.markDown(failed);
  const next = pool.pick(tried);
  if (next) tried.add(next.origin);
  return next;
}

/**
 * Checks every instance of the pools that have more than one (GET /health/ready, 1 s) every
 * `everyMs`, marking each up or down. A single instance is not checked: it is tried either way.
 */
export function checkHealth(pools: Iterable<UpstreamPool>, everyMs = 2_000): () => void {
  const checked = [...pools].filter((pool) => pool.instances.length > 1);
  if (checked.length === 0) return () => undefined;
  const round = (): void => {
    for (const pool of checked)
      for (const instance of pool.instances)
        ready(instance).then(
          (ok) => (ok ? pool.markUp(instance) : pool.markDown(instance)),
          () => pool.markDown(instance),
        );
  };
  const timer = setInterval(round, everyMs);
  timer.unref();
  round();
  return () => clearInterval(timer);
}

function ready(instance: URL): Promise<boolean> {
  return new Promise((resolve) => {
    const request = httpRequest(new URL('/health/ready', instance), { timeout: 1_000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
    request.end();
  });
}
