import { HealthRegistry } from './health.js';

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
