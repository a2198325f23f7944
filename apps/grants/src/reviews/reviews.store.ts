import type { EntityManager } from 'typeorm';
import type { ReviewDto, SubmitReview } from '@samvirke/contracts';
import { isUniqueViolation } from '@samvirke/persistence';
import { DomainError } from '@samvirke/platform';
import { iso } from '../access/grants-access.js';

export interface AssignmentRow {
  id: string;
  application_id: string;
  reviewer_username: string;
  status: ReviewDto['status'];
  conflict_reason: string | null;
  scores: { criterionId: string; score: number }[] | null;
  comment: string | null;
  weighted_score: string | null;
  completed_at: Date | null;
}

export function toReviewDto(row: AssignmentRow): ReviewDto {
  return {
    id: row.id,
    applicationId: row.application_id,
    reviewerUsername: row.reviewer_username,
    status: row.status,
    conflictReason: row.conflict_reason,
    scores: row.scores,
    comment: row.comment,
    weightedScore: row.weighted_score === null ? null : Number(row.weighted_score),
    completedAt: iso(row.completed_at),
  };
}

/** A user as grants records them from their token. */
export interface KnownUser {
  readonly username: string;
  readonly subject: string;
  readonly name: string | null;
  readonly organisations: readonly string[];
}

/** A known user of a programme's member organisations (reviewer-candidates). */
export interface ProgrammePersonRow {
  username: string;
  name: string | null;
  /** All the user's organisations. */
  organisations: string[];
  /** Those of them in the programme, with their names. */
  programme_organisations: { id: string; name: string }[];
  assigned: boolean;
}

/** Reviewer assignments and their reviews, and the users grants knows (who may be assigned). */
export class ReviewsStore {
  constructor(private readonly manager: EntityManager) {}

  /** Records a user who signed in to grants (their username may then be assigned as reviewer). */
  async recordUser(user: KnownUser): Promise<void> {
    // A username now held by another account (one deleted and made again) goes to the new one.
    await this.manager.query(`DELETE FROM known_user WHERE username = $1 AND subject <> $2`, [
      user.username,
      user.subject,
    ]);
    await this.manager.query(
      `INSERT INTO known_user (username, subject, name, organisations) VALUES ($1, $2, $3, $4)
       ON CONFLICT (subject) DO UPDATE SET username = EXCLUDED.username, name = EXCLUDED.name,
                                           organisations = EXCLUDED.organisations`,
      [user.username, user.subject, user.name, user.organisations],
    );
  }

  /**
   * The known users of the programme's current member organisations (and of its backbone
   * organisation), with the names of those organisations; whether each is assigned to the application.
   */
  async programmePeople(programmeId: string, applicationId: string): Promise<ProgrammePersonRow[]> {
    return this.manager.query<ProgrammePersonRow[]>(
      `WITH members AS (
         SELECT organisation_id::text AS id FROM programme_member WHERE programme_id = $1 AND left_on IS NULL
         UNION SELECT backbone_organisation_id::text FROM known_programme
          WHERE id = $1 AND backbone_organisation_id IS NOT NULL)
       SELECT u.username, u.name, u.organisations,
              coalesce((SELECT json_agg(json_build_object('id', o.id, 'name', o.name) ORDER BY o.name)
                          FROM known_organisation o JOIN members m ON m.id = o.id::text
                         WHERE o.id::text = ANY(u.organisations)), '[]') AS programme_organisations,
              EXISTS (SELECT 1 FROM review_assignment r
                       WHERE r.application_id = $2 AND r.reviewer_username = u.username) AS assigned
         FROM known_user u
        WHERE u.organisations && ARRAY(SELECT id FROM members)`,
      [programmeId, applicationId],
    );
  }

  /** Whether someone with this username has signed in to grants. */
  async isKnownUser(username: string): Promise<boolean> {
    const rows = await this.manager.query<unknown[]>(`SELECT 1 FROM known_user WHERE username = $1`, [
      username,
    ]);
    return rows.length > 0;
  }

  /** Assigns the reviewer and puts a submitted application under review; one assignment per reviewer. */
  async assign(
    id: string,
    applicationId: string,
    reviewerUsername: string,
    assignedBy: string,
  ): Promise<void> {
    try {
      await this.manager.query(
        `INSERT INTO review_assignment (id, application_id, reviewer_username, status, assigned_by)
         VALUES ($1, $2, $3, 'assigned', $4)`,
        [id, applicationId, reviewerUsername, assignedBy],
      );
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError('conflict', `${reviewerUsername} is assigned already.`, [
          { pointer: '/reviewerUsername', detail: 'assigned already' },
        ]);
      }
      throw error;
    }
    await this.manager.query(
      `UPDATE application SET status = 'under-review', updated_at = now() WHERE id = $1 AND status = 'submitted'`,
      [applicationId],
    );
  }

  async declareConflict(assignmentId: string, reason: string): Promise<void> {
    await this.manager.query(
      `UPDATE review_assignment SET status = 'conflicted', conflict_reason = $2 WHERE id = $1`,
      [assignmentId, reason],
    );
  }

  async complete(assignmentId: string, command: SubmitReview, weightedScore: number): Promise<void> {
    await this.manager.query(
      `UPDATE review_assignment SET status = 'completed', scores = $2, comment = $3, weighted_score = $4, completed_at = now()
        WHERE id = $1`,
      [assignmentId, JSON.stringify(command.scores), command.comment, weightedScore],
    );
  }

  /** Every review of the application, in the order they were assigned. */
  async ofApplication(applicationId: string): Promise<ReviewDto[]> {
    const rows = await this.manager.query<AssignmentRow[]>(
      `SELECT * FROM review_assignment WHERE application_id = $1 ORDER BY assigned_at, id`,
      [applicationId],
    );
    return rows.map(toReviewDto);
  }

  /** The reviewer's assignment to the application, locked when asked. */
  async assignment(
    applicationId: string,
    username: string,
    lock = false,
  ): Promise<AssignmentRow | undefined> {
    const [row] = await this.manager.query<AssignmentRow[]>(
      `SELECT * FROM review_assignment WHERE application_id = $1 AND reviewer_username = $2 ${lock ? 'FOR UPDATE' : ''}`,
      [applicationId, username],
    );
    return row;
  }

  async review(applicationId: string, username: string): Promise<ReviewDto> {
    const row = await this.assignment(applicationId, username);
    if (!row) throw new Error('assignment vanished');
    return toReviewDto(row);
  }
}
