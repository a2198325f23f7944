import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What follows one unit of work (an HTTP request, a consumed event) through logs and events. */
export interface RequestContext {
  readonly correlationId: string;
  /** Id of the event being handled, when the work was caused by one. */
  readonly causationId?: string;
  readonly traceparent?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `work(...args)` in `context`, and everything it starts (callbacks, promises) too. */
export function runInContext<T, A extends unknown[]>(
  context: RequestContext,
  work: (...args: A) => T,
  ...args: A
): T {
  return storage.run(context, work, ...args);
}

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}

export function currentCorrelationId(): string {
  return storage.getStore()?.correlationId ?? randomUUID();
}
