import type { EntityManager } from 'typeorm';
import type { ApplicationFormDto, FormQuestion } from '@samvirke/contracts';

interface FormRow {
  call_id: string;
  version: number;
  questions: FormQuestion[];
  updated_at: Date;
  locked: boolean;
}

const SELECT_FORM = `SELECT f.call_id, f.version, f.questions, f.updated_at,
  EXISTS (SELECT 1 FROM application a WHERE a.call_id = f.call_id AND a.form_version = f.version) AS locked
  FROM call_form f`;

function toFormDto(row: FormRow): ApplicationFormDto {
  return {
    callId: row.call_id,
    version: row.version,
    questions: row.questions,
    locked: row.locked,
    updatedAt: row.updated_at.toISOString(),
  };
}

/** The form of a call that has none yet: the standard fields only. */
export function noForm(callId: string): ApplicationFormDto {
  return { callId, version: 0, questions: [], locked: false, updatedAt: null };
}

/** The versions of the calls' application forms, and the files uploaded to answer file questions. */
export class FormsStore {
  constructor(private readonly manager: EntityManager) {}

  /** The newest version (version 0 without questions when there is none). */
  async current(callId: string, lock = false): Promise<ApplicationFormDto> {
    if (lock) await this.manager.query(`SELECT id FROM grant_call WHERE id = $1 FOR UPDATE`, [callId]);
    const [row] = await this.manager.query<FormRow[]>(
      `${SELECT_FORM} WHERE f.call_id = $1 ORDER BY f.version DESC LIMIT 1`,
      [callId],
    );
    return row ? toFormDto(row) : noForm(callId);
  }

  async version(callId: string, version: number): Promise<ApplicationFormDto | undefined> {
    const [row] = await this.manager.query<FormRow[]>(
      `${SELECT_FORM} WHERE f.call_id = $1 AND f.version = $2`,
      [callId, version],
    );
    return row ? toFormDto(row) : undefined;
  }

  async insert(
    callId: string,
    version: number,
    questions: readonly FormQuestion[],
    by: string,
  ): Promise<void> {
    await this.manager.query(
      `INSERT INTO call_form (call_id, version, questions, created_by) VALUES ($1, $2, $3, $4)`,
      [callId, version, JSON.stringify(questions), by],
    );
  }

  async replace(callId: string, version: number, questions: readonly FormQuestion[]): Promise<void> {
    await this.manager.query(
      `UPDATE call_form SET questions = $3, updated_at = now() WHERE call_id = $1 AND version = $2`,
      [callId, version, JSON.stringify(questions)],
    );
  }

  /** The ids of the files uploaded to the application (what a file question's answer may name). */
  async fileIds(applicationId: string): Promise<string[]> {
    const rows = await this.manager.query<{ id: string }[]>(
      `SELECT id FROM application_file WHERE application_id = $1`,
      [applicationId],
    );
    return rows.map((row) => row.id);
  }
}
