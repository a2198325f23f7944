import { Controller, Get, Injectable, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from './public.decorator.js';

export interface HealthCheck {
  readonly name: string;
  /** Resolves when the dependency answers; rejects with the reason otherwise. */
  check(): Promise<void>;
}

/** Libraries register what readiness depends on (database, Kafka) when their module starts. */
@Injectable()
export class HealthRegistry {
  private readonly checks = new Map<string, HealthCheck>();

  register(check: HealthCheck): void {
    this.checks.set(check.name, check);
  }

  async readiness(timeoutMs = 2_000): Promise<{ ready: boolean; checks: Record<string, string> }> {
    const results = await Promise.all(
      [...this.checks.values()].map(async (entry) => {
        try {
          await withTimeout(entry.check(), timeoutMs);
          return [entry.name, 'up'] as const;
        } catch (error) {
          return [entry.name, `down: ${error instanceof Error ? error.message : String(error)}`] as const;
        }
      }),
    );
    return { ready: results.every(([, state]) => state === 'up'), checks: Object.fromEntries(results) };
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
  constructor(private readonly registry: HealthRegistry) {}

  @Get('health/live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('health/ready')
  async ready(
    @Res({ passthrough: true }) response: Response,
  ): Promise<{ status: string; checks: Record<string, string> }> {
    const { ready, checks } = await this.registry.readiness();
    response.status(ready ? 200 : 503);
    return { status: ready ? 'ok' : 'unavailable', checks };
  }
}
