import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What follows one unit of work (an HTTP request, a consumed event) through logs and events. */
export interface RequestContext {
  readonly correlationId: string;
  /** Id of the event being handled, when the work was caused by one. */
  readonly causationId?: string;
  readonly traceparent?: string;
  /** The operation under way: `POST /programmes/:id` or the type of the event being handled. */
  operation?: string;
  /** Who is acting, once authenticated: what the audit trail records beside every write. */
  actor?: ContextActor;
}

/** The caller as the audit trail records it (no e-mail: the username is the most it keeps). */
export interface ContextActor {
  readonly subject: string;
  readonly username: string | undefined;
  readonly clientId: string | undefined;
  readonly organisations: readonly string[];
  /** Whose behalf a delegated token acts on (the token's `act.sub`), if any. */
  readonly onBehalfOf: string | undefined;
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

/** Records who acts and in which operation on the current unit of work (the auth guard does). */
export function describeCurrentWork(actor: ContextActor, operation: string | undefined): void {
  const context = storage.getStore();
  if (!context) return;
  context.actor = actor;
  if (operation) context.operation = operation;
}
