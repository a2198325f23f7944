import {
  type DigestSchedule,
  isCriticalCategory,
  NOTIFICATION_CATEGORY_NAMES,
  type NotificationCategory,
  type PreferencesDto,
  type ProblemFieldError,
  type UpdatePreferences,
} from '@samvirke/contracts';

type EmailSetting = PreferencesDto['categories'][number]['email'];
type InAppSetting = PreferencesDto['categories'][number]['inApp'];

/** One stored preference: a category's setting on one channel. */
export interface PreferenceRow {
  readonly category: string;
  readonly channel: 'email' | 'in-app';
  readonly setting: string;
}

/** Critical categories cannot be muted or put in a digest: a problem per field that tries. */
export function criticalProblems(command: UpdatePreferences): ProblemFieldError[] {
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
  return problems;
}

/** The preferences a command sets, one per category and channel it names. */
export function changedPreferences(command: UpdatePreferences): PreferenceRow[] {
  return Object.entries(command.categories ?? {}).flatMap(([category, settings]) =>
    (
      [
        ['email', settings?.email],
        ['in-app', settings?.inApp],
      ] as const
    ).flatMap(([channel, setting]) => (setting === undefined ? [] : [{ category, channel, setting }])),
  );
}

/** The stored profile: language, verified address, and the digest schedule. */
export interface ProfileRow {
  readonly language: 'da' | 'en' | null;
  readonly email: string | null;
  readonly digest_frequency?: DigestSchedule['frequency'];
  readonly digest_weekday?: number;
}

/** The digest schedule after a partial change: daily on Mondays unless the user chose otherwise. */
export function nextDigestSchedule(
  current: ProfileRow | undefined,
  change: Partial<DigestSchedule> | undefined,
): DigestSchedule {
  return {
    frequency: change?.frequency ?? current?.digest_frequency ?? 'daily',
    weekday: change?.weekday ?? current?.digest_weekday ?? 1,
  };
}

/** The categories whose e-mail the command turns on or to the digest: an unsubscribe of them ends. */
export function reSubscribedCategories(command: UpdatePreferences): string[] {
  return Object.entries(command.categories ?? {})
    .filter(([, settings]) => settings?.email === 'on' || settings?.email === 'digest')
    .map(([category]) => category);
}

/** Every category with its settings: what the user chose, else on. */
export function preferencesDto(
  profile: ProfileRow | undefined,
  rows: readonly PreferenceRow[],
): PreferencesDto {
  const setting = (category: string, channel: string): string | undefined =>
    rows.find((row) => row.category === category && row.channel === channel)?.setting;
  return {
    language: profile?.language ?? 'da',
    email: profile?.email ?? null,
    digest: nextDigestSchedule(profile, undefined),
    categories: NOTIFICATION_CATEGORY_NAMES.map((category) => ({
      category,
      critical: isCriticalCategory(category),
      email: (setting(category, 'email') ?? 'on') as EmailSetting,
      inApp: (setting(category, 'in-app') ?? 'on') as InAppSetting,
    })),
  };
}
