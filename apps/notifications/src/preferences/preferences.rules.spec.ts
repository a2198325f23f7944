import {
  changedPreferences,
  criticalProblems,
  nextDigestSchedule,
  preferencesDto,
  reSubscribedCategories,
} from './preferences.rules.js';

describe('preference rules', () => {
  it('refuses muting or digesting a critical category, field by field', () => {
    expect(
      criticalProblems({
        categories: {
          'reporting-overdue': { email: 'digest', inApp: 'off' },
          'payment-held': { email: 'on', inApp: 'on' },
          'grant-update': { email: 'off' },
        },
      }).map((problem) => problem.pointer),
    ).toEqual(['/categories/reporting-overdue/email', '/categories/reporting-overdue/inApp']);
  });

  it('lets a critical category be set on', () => {
    expect(criticalProblems({ categories: { 'payment-held': { email: 'on' } } })).toEqual([]);
  });

  it('stores one preference per category and channel the command names', () => {
    expect(
      changedPreferences({
        categories: { 'grant-update': { email: 'digest' }, 'submission-review': { inApp: 'off' } },
      }),
    ).toEqual([
      { category: 'grant-update', channel: 'email', setting: 'digest' },
      { category: 'submission-review', channel: 'in-app', setting: 'off' },
    ]);
    expect(changedPreferences({ language: 'en' })).toEqual([]);
  });

  it('shows every category, on unless the user chose otherwise, in Danish by default', () => {
    const dto = preferencesDto(undefined, [{ category: 'grant-update', channel: 'email', setting: 'off' }]);
    expect(dto.language).toBe('da');
    expect(dto.email).toBeNull();
    expect(dto.categories.find((entry) => entry.category === 'grant-update')).toEqual({
      category: 'grant-update',
      critical: false,
      email: 'off',
      inApp: 'on',
    });
    expect(dto.categories.find((entry) => entry.category === 'payment-held')?.critical).toBe(true);
    expect(dto.categories.every((entry) => entry.inApp === 'on')).toBe(true);
  });

  it('shows the language and verified address the user has', () => {
    const dto = preferencesDto({ language: 'en', email: 'a@x.example' }, []);
    expect(dto).toMatchObject({ language: 'en', email: 'a@x.example' });
  });

  it('keeps a daily digest on Mondays until the user chooses, and changes only what a command names', () => {
    expect(preferencesDto(undefined, []).digest).toEqual({ frequency: 'daily', weekday: 1 });
    const weekly = { language: null, email: null, digest_frequency: 'weekly' as const, digest_weekday: 5 };
    expect(nextDigestSchedule(weekly, { weekday: 2 })).toEqual({ frequency: 'weekly', weekday: 2 });
    expect(nextDigestSchedule(weekly, { frequency: 'daily' })).toEqual({ frequency: 'daily', weekday: 5 });
  });

  it('ends an unsubscribe only for categories whose e-mail the user turns on or to the digest', () => {
    expect(
      reSubscribedCategories({
        categories: {
          'grant-update': { email: 'on' },
          announcement: { email: 'digest' },
          governance: { email: 'off' },
          'submission-review': { inApp: 'on' },
        },
      }),
    ).toEqual(['grant-update', 'announcement']);
  });
});
