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
import { nameClaim } from './reviews.rules.js';
import { ReviewsStore, type KnownUser } from './reviews.store.js';

/**
 * Who grants knows as a user: everyone who has signed in and called grants with a verified token.
 * Reviewers are assigned by username, and a username nobody has must be refused; the user's name
 * and organisations (as their latest token says) let the call's foundation pick from the programme's
 * people (reviewer-candidates); grants learns
 * users this way rather than asking another service (DESIGN.md: no service-to-service calls).
 * Asking Keycloak's admin REST API would need a service account with view-users in every realm
 * (and Keycloak answering at assignment time); the projection needs neither, at the price that a
 * user is assignable after their first visit. The demo loader and the test fixtures sign the demo
 * users in, so every demo user of the realm export is assignable.
 */
@Injectable()
export class KnownUsersRecorder implements NestInterceptor {
  private readonly logger = new Logger('KnownUsers');
  /** Users recorded by this process as they are now; a user's later requests cost nothing. */
  private readonly recorded = new Set<string>();

  constructor(private readonly dataSource: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = request.principal;
    const username = principal?.isServiceAccount ? undefined : principal?.username;
    if (!principal || !username) return next.handle();
    const user: KnownUser = {
      username,
      subject: principal.subject,
      name: nameClaim(request.rawToken),
      organisations: [...principal.organisations].sort(),
    };
    const key = JSON.stringify(user);
    if (this.recorded.has(key)) return next.handle();
    return from(this.record(user, key)).pipe(switchMap(() => next.handle()));
  }

  private async record(user: KnownUser, key: string): Promise<void> {
    try {
      await new ReviewsStore(this.dataSource.manager).recordUser(user);
      this.recorded.add(key);
    } catch (error) {
      // The request itself does not depend on it; the next one tries again.
      this.logger.warn(`could not record ${user.username}: ${String(error)}`);
    }
  }
}
