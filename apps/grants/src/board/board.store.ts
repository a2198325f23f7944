import type { EntityManager } from 'typeorm';

export interface BoardCallRow {
  id: string;
  programme_id: string;
  programme_name: string | null;
  title: string;
  opens_at: Date;
  closes_at: Date;
  budget_ore: string;
  awarded_ore: string;
  requested_ore: string;
  counts: Record<string, number> | null;
}

export interface BoardDecisionRow {
  id: string;
  call_id: string;
  call_title: string;
  closes_at: Date;
  applicant_organisation_id: string;
  applicant_name: string | null;
  partner_names?: string[] | null;
  title: string;
  status: string;
  requested_amount_ore: string | null;
  submitted_at: Date | null;
  reviews_assigned: number;
  reviews_completed: number;
  average_score: string | null;
}

export interface BoardTrancheRow {
  id: string;
  award_id: string;
  call_id: string;
  programme_id: string;
  grantee_organisation_id: string;
  grantee_name: string | null;
  award_status: string;
  award_amount_ore: string;
  position: number;
  status: string;
  amount_ore: string;
  earliest_date: string;
  eligible_at: Date | null;
  own_part_ore: string | null;
  own_part_paid: boolean;
}

/** The reads of the board: one foundation's calls, what awaits its decision and its unpaid tranches. */
export class BoardStore {
  constructor(private readonly manager: EntityManager) {}

  async organisationName(organisationId: string): Promise<string | undefined> {
    const [row] = await this.manager.query<{ name: string }[]>(
      `SELECT name FROM known_organisation WHERE id = $1`,
      [organisationId],
    );
    return row?.name;
  }

  calls(funderId: string): Promise<BoardCallRow[]> {
    return this.manager.query<BoardCallRow[]>(
      `SELECT c.id, c.programme_id, kp.name AS programme_name, c.title, c.opens_at, c.closes_at,
              c.budget_ore::text AS budget_ore,
              (SELECT coalesce(sum(a.amount_ore), 0)::text FROM award a
                WHERE a.call_id = c.id AND a.status <> 'declined') AS awarded_ore,
              (SELECT coalesce(sum(p.requested_amount_ore), 0)::text FROM application p
                WHERE p.call_id = c.id AND p.status IN ('submitted', 'under-review')) AS requested_ore,
              (SELECT jsonb_object_agg(s.status, s.n) FROM (
                 SELECT p.status, count(*)::int AS n FROM application p WHERE p.call_id = c.id GROUP BY p.status) s
              ) AS counts
         FROM grant_call c LEFT JOIN known_programme kp ON kp.id = c.programme_id
        WHERE c.funder_organisation_id = $1
        ORDER BY c.closes_at DESC, c.title`,
      [funderId],
    );
  }

  decisionsDue(funderId: string): Promise<BoardDecisionRow[]> {
    return this.manager.query<BoardDecisionRow[]>(
      `SELECT p.id, p.call_id, c.title AS call_title, c.closes_at, p.applicant_organisation_id,
              o.name AS applicant_name, p.title, p.status, p.requested_amount_ore::text AS requested_amount_ore,
              (SELECT array_agg(coalesce(po.name, jp.organisation_id::text) ORDER BY jp.position)
                 FROM application_partner jp LEFT JOIN known_organisation po ON po.id = jp.organisation_id
                WHERE jp.application_id = p.id) AS partner_names,
              p.submitted_at,
              (SELECT count(*)::int FROM review_assignment r WHERE r.application_id = p.id
                  AND r.status <> 'conflicted') AS reviews_assigned,
              (SELECT count(*)::int FROM review_assignment r WHERE r.application_id = p.id
                  AND r.status = 'completed') AS reviews_completed,
              (SELECT avg(r.weighted_score)::text FROM review_assignment r WHERE r.application_id = p.id
                  AND r.status = 'completed') AS average_score
         FROM application p JOIN grant_call c ON c.id = p.call_id
         LEFT JOIN known_organisation o ON o.id = p.applicant_organisation_id
        WHERE c.funder_organisation_id = $1 AND p.status IN ('submitted', 'under-review')
          AND NOT EXISTS (SELECT 1 FROM award a WHERE a.application_id = p.id AND a.status <> 'declined')
        ORDER BY c.closes_at, p.submitted_at`,
      [funderId],
    );
  }

  /** The unpaid tranches of the made and pending awards on the foundation's calls, with its own part. */
  unpaidTranches(funderId: string): Promise<BoardTrancheRow[]> {
    return this.manager.query<BoardTrancheRow[]>(
      `SELECT t.id, a.id AS award_id, a.call_id, a.programme_id, a.grantee_organisation_id, o.name AS grantee_name,
              a.status AS award_status, a.amount_ore::text AS award_amount_ore, t.position, t.status,
              t.amount_ore::text AS amount_ore, t.earliest_date::text AS earliest_date, t.eligible_at,
              s.amount_ore::text AS own_part_ore, (s.paid_at IS NOT NULL) AS own_part_paid
         FROM tranche t JOIN award a ON a.id = t.award_id JOIN grant_call c ON c.id = a.call_id
         LEFT JOIN tranche_share s ON s.tranche_id = t.id AND s.funder_organisation_id = $1
         LEFT JOIN known_organisation o ON o.id = a.grantee_organisation_id
        WHERE c.funder_organisation_id = $1 AND a.status <> 'declined' AND t.status <> 'paid'
        ORDER BY a.awarded_at, a.id, t.position`,
      [funderId],
    );
  }

  /** What is paid of each award (its paid tranches). */
  async paidOfAwards(awardIds: string[]): Promise<Map<string, number>> {
    const rows = await this.manager.query<{ award_id: string; paid: string }[]>(
      `SELECT award_id, sum(amount_ore)::text AS paid FROM tranche
        WHERE award_id = ANY($1::uuid[]) AND status = 'paid' GROUP BY award_id`,
      [awardIds],
    );
    return new Map(rows.map((row) => [row.award_id, Number(row.paid)]));
  }
}
