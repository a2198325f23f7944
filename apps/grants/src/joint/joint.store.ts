import type { EntityManager } from 'typeorm';
import type { PartnerEntry } from './joint.rules.js';

/**
 * A joint application's partners as a JSON column of the application's row (see ApplicationsStore),
 * in the order the lead named them, with the names grants knows.
 */
export const PARTNERS_COLUMN = `(SELECT coalesce(jsonb_agg(jsonb_build_object(
    'organisationId', p.organisation_id, 'organisationName', o.name, 'budgetOre', p.budget_ore,
    'status', p.status, 'answeredAt', p.answered_at, 'reason', p.reason) ORDER BY p.position), '[]'::jsonb)
  FROM application_partner p LEFT JOIN known_organisation o ON o.id = p.organisation_id
  WHERE p.application_id = a.id) AS partners`;

/** Whether one of these organisations is a partner of the application (as SQL on `a`, organisations in $n). */
export const isPartnerCondition = (param: string, cast: 'text' | 'uuid'): string =>
  `EXISTS (SELECT 1 FROM application_partner jp WHERE jp.application_id = a.id AND jp.organisation_id::${cast} = ANY(${param}::${cast}[]))`;

/** The partners of joint applications and their answers. */
export class JointStore {
  constructor(private readonly manager: EntityManager) {}

  async entries(applicationId: string): Promise<PartnerEntry[]> {
    const rows = await this.manager.query<
      { organisation_id: string; budget_ore: string; status: PartnerEntry['status'] }[]
    >(
      `SELECT organisation_id, budget_ore, status FROM application_partner WHERE application_id = $1 ORDER BY position`,
      [applicationId],
    );
    return rows.map((row) => ({
      organisationId: row.organisation_id,
      budgetOre: Number(row.budget_ore),
      status: row.status,
    }));
  }

  /** The organisations among these that grants knows and that are not archived. */
  async known(organisationIds: readonly string[]): Promise<string[]> {
    const rows = await this.manager.query<{ id: string }[]>(
      `SELECT id FROM known_organisation WHERE id::text = ANY($1::text[]) AND NOT archived`,
      [organisationIds],
    );
    return rows.map((row) => row.id);
  }

  /** Replaces the list, keeping the answers of partners whose entry is unchanged. */
  async replace(applicationId: string, partners: readonly PartnerEntry[]): Promise<void> {
    const kept = await this.manager.query<
      {
        organisation_id: string;
        answered_by: string | null;
        answered_at: Date | null;
        reason: string | null;
      }[]
    >(
      `DELETE FROM application_partner WHERE application_id = $1 RETURNING organisation_id, answered_by, answered_at, reason`,
      [applicationId],
    );
    for (const [position, partner] of partners.entries()) {
      const before =
        partner.status === 'invited'
          ? undefined
          : kept.find((k) => k.organisation_id === partner.organisationId);
      await this.manager.query(
        `INSERT INTO application_partner (application_id, organisation_id, position, budget_ore, status, answered_by, answered_at, reason)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          applicationId,
          partner.organisationId,
          position,
          partner.budgetOre,
          partner.status,
          before?.answered_by ?? null,
          before?.answered_at ?? null,
          before?.reason ?? null,
        ],
      );
    }
  }

  async answer(
    applicationId: string,
    organisationId: string,
    confirmed: boolean,
    by: string,
    reason: string | null,
  ): Promise<void> {
    await this.manager.query(
      `UPDATE application_partner SET status = $3, answered_by = $4, answered_at = now(), reason = $5
        WHERE application_id = $1 AND organisation_id = $2`,
      [applicationId, organisationId, confirmed ? 'confirmed' : 'declined', by, reason],
    );
  }
}
