import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { hasRole, type Principal } from '@samvirke/auth';
import { ShutdownSignal } from '@samvirke/platform';

/**
 * Why the gateway ended an event stream; sent as the stream's last event, `event: closed`, so a
 * client can tell "get a new token" and "ask for access again" from a network error.
 */
export type StreamCloseReason = 'token-expired' | 'access-revoked' | 'shutting-down';

const DETAILS: Record<StreamCloseReason, string> = {
  'token-expired': 'The access token expired; reconnect with a new token and Last-Event-ID.',
  'access-revoked': 'A programme this stream reads is no longer granted to this client.',
  'shutting-down': 'The gateway is shutting down; reconnect with Last-Event-ID.',
};

/** Writes the final `closed` event and ends the response (once; later calls do nothing). */
export function closeEventStream(response: Response, reason: StreamCloseReason): void {
  if (response.writableEnded) return;
  response.write(`event: closed\ndata: ${JSON.stringify({ reason, detail: DETAILS[reason] })}\n\n`);
  response.end();
}

/**
 * The open server-sent event streams of this gateway. On shutdown they all end with a final event,
 * so the server can close and clients know to reconnect (to another replica) rather than wait.
 */
@Injectable()
export class FeedStreams {
  private readonly open = new Set<Response>();

  constructor(shutdown: ShutdownSignal) {
    shutdown.onShutdown(() => this.closeAll('shutting-down'));
  }

  add(response: Response): () => void {
    this.open.add(response);
    return () => this.open.delete(response);
  }

  get size(): number {
    return this.open.size;
  }

  close(response: Response, reason: StreamCloseReason): void {
    this.open.delete(response);
    closeEventStream(response, reason);
  }

  closeAll(reason: StreamCloseReason): void {
    for (const response of [...this.open]) this.close(response, reason);
  }
}

/**
 * Why a stream opened for these programmes may no longer be read, if it may not: the token's
 * `exp` has passed, or (for integration clients) one of them is no longer in the feed's grants.
 */
export async function streamAccessLost(
  principal: Principal,
  programmes: readonly string[] | undefined,
  grants: { allGranted(clientId: string, programmeIds: readonly string[]): Promise<boolean> },
): Promise<StreamCloseReason | undefined> {
  if (principal.expiresAt * 1_000 <= Date.now()) return 'token-expired';
  if (hasRole(principal, 'platform-admin') || !programmes?.length) return undefined;
  return (await grants.allGranted(principal.clientId ?? '', programmes)) ? undefined : 'access-revoked';
}
