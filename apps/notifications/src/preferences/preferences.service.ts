import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { PreferencesDto, UpdatePreferences } from '@samvirke/contracts';
import { ValidationFailed } from '@samvirke/platform';
import type { CurrentUserInfo } from '../users/current-user.js';
import { UsersService } from '../users/users.service.js';
import { clearOptOut } from '../unsubscribe/unsubscribe.store.js';
import {
  changedPreferences,
  criticalProblems,
  nextDigestSchedule,
  preferencesDto,
  reSubscribedCategories,
} from './preferences.rules.js';
import {
  loadPreferences,
  loadProfile,
  savePreference,
  setDigestSchedule,
  setLanguage,
} from './preferences.store.js';

/** Per user: language, and per category and channel on / off (and digest for e-mail). */
@Injectable()
export class PreferencesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
  ) {}

  get(user: CurrentUserInfo): Promise<PreferencesDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.users.remember(manager, user);
      return this.load(manager, user.principal.subject);
    });
  }

  update(user: CurrentUserInfo, command: UpdatePreferences): Promise<PreferencesDto> {
    const problems = criticalProblems(command);
    if (problems.length) throw new ValidationFailed(problems, 'Critical notifications cannot be muted.');
    return this.dataSource.transaction(async (manager) => {
      await this.users.remember(manager, user);
      const subject = user.principal.subject;
      if (command.language) await setLanguage(manager, subject, command.language);
      if (command.digest) {
        const schedule = nextDigestSchedule(await loadProfile(manager, subject), command.digest);
        await setDigestSchedule(manager, subject, schedule);
      }
      for (const row of changedPreferences(command)) await savePreference(manager, subject, row);
      await clearOptOut(manager, subject, reSubscribedCategories(command));
      return this.load(manager, subject);
    });
  }

  private async load(manager: EntityManager, subject: string): Promise<PreferencesDto> {
    return preferencesDto(await loadProfile(manager, subject), await loadPreferences(manager, subject));
  }
}
