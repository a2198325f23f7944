import type { Server } from 'node:http';
import { Injectable, Logger, type BeforeApplicationShutdown, type INestApplication } from '@nestjs/common';

/**
 * Tells long-lived work (server-sent event streams, long polls) that the service is shutting
 * down, so it ends by itself before the HTTP server waits for its connections: an open stream
 * would otherwise keep `server.close()` waiting for good. Nest calls beforeApplicationShutdown
 * before it closes the HTTP server, for a signal and for app.close() alike.
 */
@Injectable()
export class ShutdownSignal implements BeforeApplicationShutdown {
  private readonly listeners = new Set<() => void>();
  private begun = false;

  get shuttingDown(): boolean {
    return this.begun;
  }

  /** Calls `listener` once when shutdown begins (at once if it has); returns an unsubscribe. */
  onShutdown(listener: () => void): () => void {
    if (this.begun) {
      listener();
      return () => undefined;
    }
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  begin(): void {
    if (this.begun) return;
    this.begun = true;
    for (const listener of this.listeners) {
      try {
        listener();
      } catch (error) {
        new Logger(ShutdownSignal.name).warn({ msg: 'shutdown listener failed', error: String(error) });
      }
    }
    this.listeners.clear();
  }

  beforeApplicationShutdown(): void {
    this.begin();
  }
}

/** SHUTDOWN_TIMEOUT_MS, default 10 s: the most a graceful shutdown may take before the process exits. */
export function shutdownTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env['SHUTDOWN_TIMEOUT_MS'] ?? '');
  return Number.isFinite(value) && value > 0 ? value : 10_000;
}

/**
 * On SIGTERM or SIGINT: closes the application (streams end, HTTP stops accepting and finishes
 * what is in flight, the consumer finishes its batch and commits, the relay gives up its lock),
 * then exits with 0; with 1 when that takes longer than `timeoutMs`. Replaces Nest's
 * enableShutdownHooks(), which re-raises the signal after closing (exit code 143, not 0).
 */
export function installGracefulShutdown(app: INestApplication, timeoutMs = shutdownTimeoutMs()): void {
  const logger = new Logger('Shutdown');
  let closing: Promise<void> | undefined;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (closing) return;
    logger.log({ msg: 'shutting down', signal, timeoutMs });
    const timer = setTimeout(() => {
      logger.error({ msg: 'shutdown took too long; exiting', timeoutMs });
      process.exit(1);
    }, timeoutMs);
    signalOf(app)?.begin();
    // server.close() closes the connections idle at that moment only; a keep-alive connection
    // whose request finishes later (a stream just ended, a request in flight) would hold it
    // open for the keep-alive timeout (65 s on the gateway). Close those as they go idle.
    const server = app.getHttpServer() as Partial<Server> | undefined;
    const sweep = setInterval(() => server?.closeIdleConnections?.(), 100);
    closing = app.close().then(
      () => {
        clearTimeout(timer);
        clearInterval(sweep);
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ msg: 'shutdown failed', error: String(error) });
        process.exit(1);
      },
    );
  };
  const signals: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];
  for (const signal of signals) process.on(signal, onSignal);
  // An app closed otherwise (tests) leaves no listeners behind.
  const close = app.close.bind(app);
  app.close = async () => {
    for (const signal of signals) process.off(signal, onSignal);
    await close();
  };
}

function signalOf(app: INestApplication): ShutdownSignal | undefined {
  try {
    return app.get(ShutdownSignal, { strict: false });
  } catch {
    return undefined; // an app without the PlatformModule
  }
}
