import { Controller, Get, Injectable, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { samvirkeGauge } from './metrics.js';
import { Public } from './public.decorator.js';
import { ShutdownSignal } from './shutdown.js';

export interface HealthCheck {
  readonly name: string;
  /** Resolves when the dependency answers; rejects with the reason otherwise. */
  check(): Promise<void>;
  /**
   * False for a dependency the service keeps answering without (Kafka: the outbox holds events
   * while it is away): reported in the details and the metric, but readiness stays up.
   */
  readonly required?: boolean;
}

export const dependencyUp = samvirkeGauge(
  'dependency_up',
  'Whether a dependency answered the last readiness check (1) or not (0)',
  ['dependency'],
);

/** Libraries register the dependencies readiness reports (database, Kafka) when their module starts. */
@Injectable()
export class HealthRegistry {
  private readonly checks = new Map<string, HealthCheck>();

  register(check: HealthCheck): void {
    this.checks.set(check.name, check);
  }

  /** Ready when every required dependency answers; `checks` reports every one of them. */
  async readiness(timeoutMs = 2_000): Promise<{ ready: boolean; checks: Record<string, string> }> {
    const results = await Promise.all(
      [...this.checks.values()].map(async (entry) => {
        try {
          await withTimeout(entry.check(), timeoutMs);
          dependencyUp.set({ dependency: entry.name }, 1);
          return { entry, state: 'up' };
        } catch (error) {
          dependencyUp.set({ dependency: entry.name }, 0);
          return { entry, state: `down: ${error instanceof Error ? error.message : String(error)}` };
        }
      }),
    );
    return {
      ready: results.every(({ entry, state }) => entry.required === false || state === 'up'),
      checks: Object.fromEntries(results.map(({ entry, state }) => [entry.name, state])),
    };
  }
}

async function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

@Public()
@Controller()
export class HealthController {
  constructor(
    private readonly registry: HealthRegistry,
    private readonly shutdown: ShutdownSignal,
  ) {}

  /** The process runs and its event loop answers; no dependency is asked. */
  @Get('health/live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('health/ready')
  async ready(
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<{ status: string; checks: Record<string, string> }> {
    const { ready, checks } = await this.registry.readiness();
    // A service shutting down takes no new work: load balancers stop sending it any.
    if (this.shutdown.shuttingDown) {
      response.status(503);
      return { status: 'shutting-down', checks };
    }
    response.status(ready ? 200 : 503);
    // Degraded: ready, but a dependency it can do without (Kafka) is away.
    const allUp = Object.values(checks).every((state) => state === 'up');
    return { status: ready ? (allUp ? 'ok' : 'degraded') : 'unavailable', checks };
  }
}
