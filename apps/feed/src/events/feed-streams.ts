import type { ServerResponse } from 'node:http';
import { Injectable } from '@nestjs/common';
import { ShutdownSignal } from '@samvirke/platform';
import { closedEvent, type StreamCloseReason } from './events.rules.js';

/** Writes the final `closed` event and ends the response (once; later calls do nothing). */
export function closeEventStream(response: ServerResponse, reason: StreamCloseReason): void {
  if (response.writableEnded) return;
  response.write(closedEvent(reason));
  response.end();
}

/**
 * The open server-sent event streams of this replica. On shutdown they all end with a final event,
 * so the server can close and clients know to reconnect (to another replica) rather than wait.
 */
@Injectable()
export class FeedStreams {
  private readonly open = new Set<ServerResponse>();

  constructor(shutdown: ShutdownSignal) {
    shutdown.onShutdown(() => this.closeAll('shutting-down'));
  }

  add(response: ServerResponse): () => void {
    this.open.add(response);
    return () => this.open.delete(response);
  }

  get size(): number {
    return this.open.size;
  }

  close(response: ServerResponse, reason: StreamCloseReason): void {
    this.open.delete(response);
    closeEventStream(response, reason);
  }

  closeAll(reason: StreamCloseReason): void {
    for (const response of [...this.open]) this.close(response, reason);
  }
}
