import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  NOTIFICATION_CATEGORY_NAMES,
  isCriticalCategory,
  type NotificationCategory,
  type PreferencesDto,
  type ProblemFieldError,
  type UpdatePreferences,
} from '@samvirke/contracts';
import { ValidationFailed } from '@samvirke/platform';
import { rememberUser, type CurrentUserInfo } from '../users/current-user.js';

/** Per user: language, and per category and channel on / off (and digest for e-mail). */
@Injectable()
export class PreferencesService {
  constructor(private readonly dataSource: DataSource) {}

  get(user: CurrentUserInfo): Promise<PreferencesDto> {
    return this.dataSource.transaction(async (manager) => {
      await rememberUser(manager, user);
      return this.load(manager, user.principal.subject);
    });
  }

  update(user: CurrentUserInfo, command: UpdatePreferences): Promise<PreferencesDto> {
    const problems: ProblemFieldError[] = [];
    for (const [category, settings] of Object.entries(command.categories ?? {})) {
      if (!settings || !isCriticalCategory(category as NotificationCategory)) continue;
      if (settings.email !== undefined && settings.email !== 'on')
        problems.push({
          pointer: `/categories/${category}/email`,
          detail: `${category} is critical: its e-mails cannot be muted or put in a digest`,
        });
      if (settings.inApp !== undefined && settings.inApp !== 'on')
        problems.push({
          pointer: `/categories/${category}/inApp`,
          detail: `${category} is critical: it cannot be muted`,
        });
    }
    if (problems.length) throw new ValidationFailed(problems, 'Critical notifications cannot be muted.');
    return this.dataSource.transaction(async (manager) => {
      await rememberUser(manager, user);
      const subject = user.principal.subject;
      if (command.language)
        await manager.query(`UPDATE user_profile SET language = $2 WHERE subject = $1`, [
          subject,
          command.language,
        ]);
      for (const [category, settings] of Object.entries(command.categories ?? {})) {
        for (const [channel, setting] of [
          ['email', settings?.email],
          ['in-app', settings?.inApp],
        ] as const) {
          if (setting === undefined) continue;
          await manager.query(
            `INSERT INTO preference (subject, category, channel, setting) VALUES ($1, $2, $3, $4)
             ON CONFLICT (subject, category, channel) DO UPDATE SET setting = EXCLUDED.setting`,
            [subject, category, channel, setting],
          );
        }
      }
      return this.load(manager, subject);
    });
  }

  private async load(manager: EntityManager, subject: string): Promise<PreferencesDto> {
    const [profile] = await manager.query<{ language: 'da' | 'en' | null; email: string | null }[]>(
      `SELECT language, email FROM user_profile WHERE subject = $1`,
      [subject],
    );
    const rows = await manager.query<{ category: string; channel: string; setting: string }[]>(
      `SELECT category, channel, setting FROM preference WHERE subject = $1`,
      [subject],
    );
    const setting = (category: string, channel: string): string | undefined =>
      rows.find((row) => row.category === category && row.channel === channel)?.setting;
    return {
      language: profile?.language ?? 'da',
      email: profile?.email ?? null,
      categories: NOTIFICATION_CATEGORY_NAMES.map((category) => ({
        category,
        critical: isCriticalCategory(category),
        email: (setting(category, 'email') ?? 'on') as 'on' | 'off' | 'digest',
        inApp: (setting(category, 'in-app') ?? 'on') as 'on' | 'off',
      })),
    };
  }
}
