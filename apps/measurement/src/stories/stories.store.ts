import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type {
  LearningEntryDto,
  RecordLearning,
  ReportingFrequency,
  StoryCommentDto,
  StoryDto,
  WriteStory,
} from '@samvirke/contracts';

/** A programme's tracked indicator, by code (undefined when the programme does not track it). */
export async function trackedIndicator(
  manager: EntityManager,
  programmeId: string,
  code: string,
): Promise<{ id: string; frequency: ReportingFrequency } | undefined> {
  const [row] = await manager.query<{ id: string; frequency: ReportingFrequency }[]>(
    `SELECT i.id, pi.frequency FROM programme_indicator pi JOIN indicator i ON i.id = pi.indicator_id
      WHERE pi.programme_id = $1 AND i.code = $2`,
    [programmeId, code],
  );
  return row;
}

/** The caller's organisation that is a current member of the programme (null for an outside admin). */
export async function writerOrganisation(
  manager: EntityManager,
  programmeId: string,
  organisations: readonly string[],
): Promise<string | null> {
  const [row] = await manager.query<{ organisation_id: string }[]>(
    `SELECT organisation_id FROM programme_member
      WHERE programme_id = $1 AND left_on IS NULL AND organisation_id = ANY($2::uuid[])
      ORDER BY organisation_id LIMIT 1`,
    [programmeId, organisations],
  );
  return row?.organisation_id ?? null;
}

export async function upsertStory(
  manager: EntityManager,
  key: StoryKey,
  story: WriteStory,
  organisationId: string | null,
): Promise<void> {
  await manager.query(
    `INSERT INTO indicator_story (programme_id, indicator_id, period, explanation, partners, what_works, actions,
                                  updated_by_organisation_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (programme_id, indicator_id, period) DO UPDATE SET explanation = EXCLUDED.explanation,
       partners = EXCLUDED.partners, what_works = EXCLUDED.what_works, actions = EXCLUDED.actions,
       updated_by_organisation_id = EXCLUDED.updated_by_organisation_id, updated_at = now()`,
    [
      key.programmeId,
      key.indicatorId,
      key.period,
      story.explanation,
      story.partners,
      story.whatWorks,
      JSON.stringify(story.actions),
      organisationId,
    ],
  );
}

export interface StoryKey {
  programmeId: string;
  indicatorId: string;
  code: string;
  period: string;
}

export async function readStory(manager: EntityManager, key: StoryKey): Promise<StoryDto> {
  const [row] = await manager.query<
    {
      explanation: string;
      partners: string;
      what_works: string;
      actions: StoryDto['actions'];
      updated_at: Date;
      updated_by_organisation_id: string | null;
    }[]
  >(
    `SELECT explanation, partners, what_works, actions, updated_at, updated_by_organisation_id
       FROM indicator_story WHERE programme_id = $1 AND indicator_id = $2 AND period = $3`,
    [key.programmeId, key.indicatorId, key.period],
  );
  const comments = await manager.query<CommentRow[]>(
    `${COMMENT_SELECT} WHERE c.programme_id = $1 AND c.indicator_id = $2 AND c.period = $3 ORDER BY c.created_at, c.id`,
    [key.programmeId, key.indicatorId, key.period],
  );
  return {
    programmeId: key.programmeId,
    code: key.code,
    period: key.period,
    explanation: row?.explanation ?? '',
    partners: row?.partners ?? '',
    whatWorks: row?.what_works ?? '',
    actions: row?.actions ?? [],
    updatedAt: row ? row.updated_at.toISOString() : null,
    updatedByOrganisationId: row?.updated_by_organisation_id ?? null,
    comments: comments.map(toComment),
  };
}

interface CommentRow {
  id: string;
  organisation_id: string | null;
  organisation_name: string | null;
  body: string;
  created_at: Date;
}

const COMMENT_SELECT = `SELECT c.id, c.organisation_id, o.name AS organisation_name, c.body, c.created_at
  FROM story_comment c LEFT JOIN known_organisation o ON o.id = c.organisation_id`;

export async function insertComment(
  manager: EntityManager,
  key: StoryKey,
  body: string,
  organisationId: string | null,
): Promise<StoryCommentDto> {
  const id = randomUUID();
  await manager.query(
    `INSERT INTO story_comment (id, programme_id, indicator_id, period, organisation_id, body)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [id, key.programmeId, key.indicatorId, key.period, organisationId, body],
  );
  const [row] = await manager.query<CommentRow[]>(`${COMMENT_SELECT} WHERE c.id = $1`, [id]);
  return toComment(row);
}

function toComment(row: CommentRow): StoryCommentDto {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    body: row.body,
    createdAt: row.created_at.toISOString(),
  };
}

interface LearningRow {
  id: string;
  programme_id: string;
  title: string;
  body: string;
  code: string | null;
  organisation_id: string | null;
  organisation_name: string | null;
  created_at: Date;
}

const LEARNING_SELECT = `SELECT e.id, e.programme_id, e.title, e.body, e.code, e.organisation_id,
    o.name AS organisation_name, e.created_at
  FROM learning_entry e LEFT JOIN known_organisation o ON o.id = e.organisation_id`;

export async function insertLearning(
  manager: EntityManager,
  programmeId: string,
  entry: RecordLearning,
  organisationId: string | null,
): Promise<LearningEntryDto> {
  const id = randomUUID();
  await manager.query(
    `INSERT INTO learning_entry (id, programme_id, title, body, code, organisation_id) VALUES ($1, $2, $3, $4, $5, $6)`,
    [id, programmeId, entry.title, entry.body, entry.code ?? null, organisationId],
  );
  const [row] = await manager.query<LearningRow[]>(`${LEARNING_SELECT} WHERE e.id = $1`, [id]);
  return toLearning(row);
}

/** The log newest first, or the entries matching a Danish full-text search, best match first. */
export async function searchLearning(
  manager: EntityManager,
  programmeId: string,
  query: string | undefined,
): Promise<LearningEntryDto[]> {
  const rows = query
    ? await manager.query<LearningRow[]>(
        `${LEARNING_SELECT}, websearch_to_tsquery('danish', $2) AS q
          WHERE e.programme_id = $1 AND e.search @@ q
          ORDER BY ts_rank(e.search, q) DESC, e.created_at DESC LIMIT 200`,
        [programmeId, query],
      )
    : await manager.query<LearningRow[]>(
        `${LEARNING_SELECT} WHERE e.programme_id = $1 ORDER BY e.created_at DESC, e.id LIMIT 200`,
        [programmeId],
      );
  return rows.map(toLearning);
}

function toLearning(row: LearningRow): LearningEntryDto {
  return {
    id: row.id,
    programmeId: row.programme_id,
    title: row.title,
    body: row.body,
    code: row.code,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    createdAt: row.created_at.toISOString(),
  };
}
