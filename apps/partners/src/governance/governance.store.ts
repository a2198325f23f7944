import type { EntityManager } from 'typeorm';
import type { BodyDto, CreateBody, MeetingDto, ScheduleMeeting } from '@samvirke/contracts';
import type { ProgrammeFacts } from './governance.rules.js';

interface BodyRow {
  id: string;
  programme_id: string;
  kind: BodyDto['kind'];
  name: string;
  goal_id: string | null;
  members: BodyDto['members'] | null;
}

const BODIES = `SELECT b.id, b.programme_id, b.kind, b.name, b.goal_id,
       (SELECT json_agg(json_build_object('organisationId', m.organisation_id, 'organisationName', o.name,
                        'personName', m.person_name, 'role', m.role) ORDER BY m.position)
          FROM governance_body_member m JOIN organisation o ON o.id = m.organisation_id
         WHERE m.body_id = b.id) AS members
  FROM governance_body b`;

interface MeetingRow {
  id: string;
  programme_id: string;
  body_id: string;
  body_name: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
  location: string;
  agenda: string[];
  documents: MeetingDto['documents'];
  minutes: string | null;
}

const MEETINGS = `SELECT m.id, m.programme_id, m.body_id, b.name AS body_name, m.title, m.starts_at, m.ends_at,
       m.location, m.agenda, m.documents, m.minutes
  FROM meeting m JOIN governance_body b ON b.id = m.body_id`;

/** Bodies with their members and meetings, and what a write may refer to, on the caller's transaction. */
export class GovernanceStore {
  constructor(private readonly manager: EntityManager) {}

  async facts(programmeId: string): Promise<ProgrammeFacts> {
    const [row] = await this.manager.query<{ members: string[]; goals: string[]; activities: string[] }[]>(
      `SELECT ARRAY(SELECT organisation_id FROM membership WHERE programme_id = $1 AND left_on IS NULL) AS members,
              ARRAY(SELECT id FROM programme_goal WHERE programme_id = $1) AS goals,
              ARRAY(SELECT id FROM activity WHERE programme_id = $1) AS activities`,
      [programmeId],
    );
    return {
      memberIds: new Set(row?.members),
      goalIds: new Set(row?.goals),
      activityIds: new Set(row?.activities),
    };
  }

  async insertBody(id: string, programmeId: string, body: CreateBody): Promise<void> {
    await this.manager.query(
      `INSERT INTO governance_body (id, programme_id, kind, name, goal_id) VALUES ($1, $2, $3, $4, $5)`,
      [id, programmeId, body.kind, body.name, body.goalId],
    );
    await this.replaceMembers(id, body.members);
  }

  async replaceMembers(bodyId: string, members: CreateBody['members']): Promise<void> {
    await this.manager.query(`DELETE FROM governance_body_member WHERE body_id = $1`, [bodyId]);
    await this.manager.query(
      `INSERT INTO governance_body_member (body_id, position, organisation_id, person_name, role)
       SELECT $1, ordinality, organisation_id, person_name, role
         FROM unnest($2::uuid[], $3::text[], $4::text[]) WITH ORDINALITY AS m(organisation_id, person_name, role)`,
      [
        bodyId,
        members.map((m) => m.organisationId),
        members.map((m) => m.personName),
        members.map((m) => m.role),
      ],
    );
  }

  async bodies(programmeId: string, bodyId?: string): Promise<BodyDto[]> {
    const rows = await this.manager.query<BodyRow[]>(
      `${BODIES} WHERE b.programme_id = $1 AND ($2::uuid IS NULL OR b.id = $2) ORDER BY b.kind DESC, b.name`,
      [programmeId, bodyId ?? null],
    );
    return rows.map((row) => ({
      id: row.id,
      programmeId: row.programme_id,
      kind: row.kind,
      name: row.name,
      goalId: row.goal_id,
      members: row.members ?? [],
    }));
  }

  async insertMeeting(id: string, programmeId: string, meeting: ScheduleMeeting): Promise<void> {
    const { bodyId, title, startsAt, endsAt, location, agenda, documents } = meeting;
    await this.manager.query(
      `INSERT INTO meeting (id, programme_id, body_id, title, starts_at, ends_at, location, agenda, documents)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [id, programmeId, bodyId, title, startsAt, endsAt, location, agenda, JSON.stringify(documents)],
    );
  }

  async recordMinutes(programmeId: string, meetingId: string, minutes: string): Promise<boolean> {
    const rows = await this.manager.query<unknown[]>(
      `UPDATE meeting SET minutes = $3 WHERE programme_id = $1 AND id = $2 RETURNING id`,
      [programmeId, meetingId, minutes],
    );
    return rows.length > 0;
  }

  async meetings(programmeId: string, meetingId?: string): Promise<MeetingDto[]> {
    const rows = await this.manager.query<MeetingRow[]>(
      `${MEETINGS} WHERE m.programme_id = $1 AND ($2::uuid IS NULL OR m.id = $2) ORDER BY m.starts_at, m.title`,
      [programmeId, meetingId ?? null],
    );
    return rows.map((row) => ({
      id: row.id,
      programmeId: row.programme_id,
      bodyId: row.body_id,
      bodyName: row.body_name,
      title: row.title,
      startsAt: row.starts_at.toISOString(),
      endsAt: row.ends_at.toISOString(),
      location: row.location,
      agenda: row.agenda,
      documents: row.documents,
      minutes: row.minutes,
    }));
  }
}
