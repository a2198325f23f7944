import type { EntityManager } from 'typeorm';
import type { DigestSchedule, NotificationLanguage } from '@samvirke/contracts';
import type { PreferenceRow, ProfileRow } from './preferences.rules.js';

export async function loadProfile(manager: EntityManager, subject: string): Promise<ProfileRow | undefined> {
  const [profile] = await manager.query<ProfileRow[]>(
    `SELECT language, email, digest_frequency, digest_weekday FROM user_profile WHERE subject = $1`,
    [subject],
  );
  return profile;
}

export async function setDigestSchedule(
  manager: EntityManager,
  subject: string,
  schedule: DigestSchedule,
): Promise<void> {
  await manager.query(
    `UPDATE user_profile SET digest_frequency = $2, digest_weekday = $3 WHERE subject = $1`,
    [subject, schedule.frequency, schedule.weekday],
  );
}

export async function loadPreferences(manager: EntityManager, subject: string): Promise<PreferenceRow[]> {
  return manager.query<PreferenceRow[]>(
    `SELECT category, channel, setting FROM preference WHERE subject = $1`,
    [subject],
  );
}

export async function setLanguage(
  manager: EntityManager,
  subject: string,
  language: NotificationLanguage,
): Promise<void> {
  await manager.query(`UPDATE user_profile SET language = $2 WHERE subject = $1`, [subject, language]);
}

export async function savePreference(
  manager: EntityManager,
  subject: string,
  row: PreferenceRow,
): Promise<void> {
  await manager.query(
    `INSERT INTO preference (subject, category, channel, setting) VALUES ($1, $2, $3, $4)
     ON CONFLICT (subject, category, channel) DO UPDATE SET setting = EXCLUDED.setting`,
    [subject, row.category, row.channel, row.setting],
  );
}
