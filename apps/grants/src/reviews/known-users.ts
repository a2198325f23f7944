import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  Logger,
  type NestInterceptor,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { from, type Observable, switchMap } from 'rxjs';
import type { AuthenticatedRequest } from '@samvirke/auth';
import { ReviewsStore } from './reviews.store.js';

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
      await new ReviewsStore(this.dataSource.manager).recordUser(username, subject);
      this.recorded.add(username);
    } catch (error) {
      // The request itself does not depend on it; the next one tries again.
      this.logger.warn(`could not record ${username}: ${String(error)}`);
    }
  }
}
