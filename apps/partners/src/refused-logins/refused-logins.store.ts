import type { RefusedLogin } from '@samvirke/contracts';
import type { KeycloakIdentityAdmin } from '../keycloak-identity-admin.js';
import { refusedLogin, refusedLoginsPath, type KeycloakEvent } from './refused-logins.rules.js';

/** This feature's data lives in Keycloak's event store (expiring after the realm's eventsExpiration). */
export class RefusedLoginsStore {
  constructor(private readonly keycloak: KeycloakIdentityAdmin) {}

  async newest(limit: number): Promise<RefusedLogin[]> {
    const response = await this.keycloak.call('GET', refusedLoginsPath(limit));
    const events = (await response.json()) as KeycloakEvent[];
    return events.map(refusedLogin).filter((item) => item !== undefined);
  }
}
