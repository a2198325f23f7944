import type { FastifyReply } from 'fastify';
import { HealthController, HealthRegistry } from './health.js';
import { ShutdownSignal } from './shutdown.js';

describe('readiness', () => {
  it('stays ready while a dependency that is not required is down, and reports it', async () => {
    const registry = new HealthRegistry();
    registry.register({ name: 'database', check: () => Promise.resolve() });
    registry.register({
      name: 'kafka',
      required: false,
      check: () => Promise.reject(new Error('no broker')),
    });
    expect(await registry.readiness()).toEqual({
      ready: true,
      checks: { database: 'up', kafka: 'down: no broker' },
    });
  });

  it('is not ready when a required dependency is down', async () => {
    const registry = new HealthRegistry();
    registry.register({ name: 'database', check: () => Promise.reject(new Error('refused')) });
    registry.register({ name: 'kafka', required: false, check: () => Promise.resolve() });
    expect((await registry.readiness()).ready).toBe(false);
  });
});

describe('shutdown', () => {
  it('tells every subscriber once, a late one at once, and turns readiness to 503', async () => {
    const signal = new ShutdownSignal();
    const calls: string[] = [];
    signal.onShutdown(() => calls.push('stream'));
    const unsubscribed = signal.onShutdown(() => calls.push('gone'));
    unsubscribed();
    signal.begin();
    signal.begin();
    signal.onShutdown(() => calls.push('late'));
    expect(calls).toEqual(['stream', 'late']);

    const registry = new HealthRegistry();
    registry.register({ name: 'database', check: () => Promise.resolve() });
    let status = 0;
    const response = { status: (code: number) => (status = code) } as unknown as FastifyReply;
    const body = await new HealthController(registry, signal).ready(response);
    expect(status).toBe(503);
    expect(body).toEqual({ status: 'shutting-down', checks: { database: 'up' } });
  });
});
