import type { EntityManager } from 'typeorm';
import { DEFAULT_MEASUREMENT_SETTINGS, type MeasurementSettings } from '@samvirke/contracts';

interface SettingsRow {
  rules: MeasurementSettings['rules'];
  suppress_below: number;
  min_contributors: number;
}

/** A programme's settings, or the defaults until its backbone has set them. */
export async function readSettings(
  manager: EntityManager,
  programmeId: string,
): Promise<MeasurementSettings> {
  const [row] = await manager.query<SettingsRow[]>(
    `SELECT rules, suppress_below, min_contributors FROM programme_settings WHERE programme_id = $1`,
    [programmeId],
  );
  return row
    ? { rules: row.rules, suppressBelow: row.suppress_below, minContributors: row.min_contributors }
    : DEFAULT_MEASUREMENT_SETTINGS;
}

export async function writeSettings(
  manager: EntityManager,
  programmeId: string,
  settings: MeasurementSettings,
): Promise<void> {
  await manager.query(
    `INSERT INTO programme_settings (programme_id, rules, suppress_below, min_contributors) VALUES ($1, $2, $3, $4)
     ON CONFLICT (programme_id) DO UPDATE SET rules = EXCLUDED.rules, suppress_below = EXCLUDED.suppress_below,
       min_contributors = EXCLUDED.min_contributors, updated_at = now()`,
    [programmeId, JSON.stringify(settings.rules), settings.suppressBelow, settings.minContributors],
  );
}

/** Which of these codes name an indicator of the library. */
export async function knownIndicatorCodes(
  manager: EntityManager,
  codes: readonly string[],
): Promise<Set<string>> {
  const rows = await manager.query<{ code: string }[]>(
    `SELECT code FROM indicator WHERE code = ANY($1::text[])`,
    [codes],
  );
  return new Set(rows.map((row) => row.code));
}
