import type { EntityManager } from 'typeorm';
import type { UserProfile } from './users.rules.js';

/** Inserts or refreshes a caller's profile, with when they were last seen. */
export async function saveUserProfile(manager: EntityManager, profile: UserProfile): Promise<void> {
  await manager.query(
    `INSERT INTO user_profile (subject, username, email, organisations, roles, last_seen_at)
     VALUES ($1, $2, $3, $4, $5, now())
     ON CONFLICT (subject) DO UPDATE SET username = EXCLUDED.username, email = EXCLUDED.email,
       organisations = EXCLUDED.organisations, roles = EXCLUDED.roles, last_seen_at = now()`,
    [profile.subject, profile.username, profile.email, profile.organisations, profile.roles],
  );
}
