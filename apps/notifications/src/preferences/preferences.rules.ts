import {
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

/** Every category with its settings: what the user chose, else on. */
export function preferencesDto(
  profile: { language: 'da' | 'en' | null; email: string | null } | undefined,
  rows: readonly PreferenceRow[],
): PreferencesDto {
  const setting = (category: string, channel: string): string | undefined =>
    rows.find((row) => row.category === category && row.channel === channel)?.setting;
  return {
    language: profile?.language ?? 'da',
    email: profile?.email ?? null,
    categories: NOTIFICATION_CATEGORY_NAMES.map((category) => ({
      category,
      critical: isCriticalCategory(category),
      email: (setting(category, 'email') ?? 'on') as EmailSetting,
      inApp: (setting(category, 'in-app') ?? 'on') as InAppSetting,
    })),
  };
}
