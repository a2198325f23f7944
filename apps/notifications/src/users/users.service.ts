import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CurrentUserInfo } from './current-user.js';
import { userProfile } from './users.rules.js';
import { saveUserProfile } from './users.store.js';

/** The callers notifications has seen, for the other features that act on a caller's behalf. */
@Injectable()
export class UsersService {
  /**
   * Remembers who called, on the caller's transaction: their e-mail, organisations and roles, so
   * that rules can e-mail users with a role in an organisation and apply their preferences
   * (README.md, "Recipients").
   */
  remember(manager: EntityManager, user: CurrentUserInfo): Promise<void> {
    return saveUserProfile(manager, userProfile(user));
  }
}
