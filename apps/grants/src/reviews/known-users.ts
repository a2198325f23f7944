import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  Logger,
  type NestInterceptor,
} from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { from, type Observable, switchMap } from 'rxjs';
import type { AuthenticatedRequest } from '@samvirke/auth';

/**
 * Who grants knows as a user: everyone who has signed in and called grants with a verified token.
 * Reviewers are assigned by username, and a username nobody has must be refused; grants learns
 * users this way rather than asking another service (DESIGN.md: no service-to-service calls).
 * Asking Keycloak's admin REST API would need a service account with view-users in every realm
 * (and Keycloak answering at assignment time); the projection needs neither, at the price that a
 * user is assignable after their first visit. The demo loader and the test fixtures sign the demo
 * users in, so every demo user of the realm export is assignable.
 */
@Injectable()
export class KnownUsersRecorder implements NestInterceptor {
  private readonly logger = new Logger('KnownUsers');
  /** Usernames recorded by this process; a user's later requests cost nothing. */
  private readonly recorded = new Set<string>();

  constructor(private readonly dataSource: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
    const username = principal?.isServiceAccount ? undefined : principal?.username;
    if (!principal || !username || this.recorded.has(username)) return next.handle();
    return from(this.record(username, principal.subject)).pipe(switchMap(() => next.handle()));
  }

  private async record(username: string, subject: string): Promise<void> {
    try {
      await this.dataSource.query(
        `INSERT INTO known_user (username, subject) VALUES ($1, $2)
         ON CONFLICT (username) DO UPDATE SET subject = EXCLUDED.subject`,
        [username, subject],
      );
      this.recorded.add(username);
    } catch (error) {
      // The request itself does not depend on it; the next one tries again.
      this.logger.warn(`could not record ${username}: ${String(error)}`);
    }
  }
}

/** Whether someone with this username has signed in to grants. */
export async function isKnownUser(manager: EntityManager, username: string): Promise<boolean> {
  const rows = await manager.query<unknown[]>(`SELECT 1 FROM known_user WHERE username = $1`, [username]);
  return rows.length > 0;
}
