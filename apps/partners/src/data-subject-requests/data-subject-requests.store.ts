import type { EntityManager } from 'typeorm';
import type { DataSubjectRequestDto, Sealed } from '@samvirke/contracts';
import { receipt } from './data-subject-requests.rules.js';

interface RequestRow {
  id: string;
  kind: DataSubjectRequestDto['kind'];
  reference: string;
  status: DataSubjectRequestDto['status'];
  keycloak: DataSubjectRequestDto['keycloak'];
  opened_at: Date;
  completed_at: Date | null;
  parts: { service: string; reportedAt: string; counts: Record<string, number> }[];
}

export interface NewRequest {
  readonly id: string;
  readonly kind: DataSubjectRequestDto['kind'];
  readonly reference: string;
  readonly keycloak: DataSubjectRequestDto['keycloak'];
  readonly openedBy: string;
  readonly privateKey: string;
}

export interface ReportedPart {
  readonly service: string;
  readonly counts: Record<string, number>;
  readonly sealed: Sealed | null;
}

const SELECT = `SELECT r.id, r.kind, r.reference, r.status, r.keycloak, r.opened_at, r.completed_at,
  coalesce((SELECT jsonb_agg(jsonb_build_object('service', p.service, 'reportedAt', p.reported_at, 'counts', p.counts)
     ORDER BY p.reported_at) FROM data_subject_part p WHERE p.request_id = r.id), '[]') AS parts
  FROM data_subject_request r`;

/** Data subject requests, their parts and their keys (partners owns the request). */
export class DataSubjectRequestsStore {
  constructor(private readonly manager: EntityManager) {}

  async insert(request: NewRequest): Promise<void> {
    await this.manager.query(
      `INSERT INTO data_subject_request (id, kind, reference, keycloak, opened_by) VALUES ($1, $2, $3, $4, $5)`,
      [request.id, request.kind, request.reference, request.keycloak, request.openedBy],
    );
    await this.manager.query(
      `INSERT INTO data_subject_request_key (request_id, private_key) VALUES ($1, $2)`,
      [request.id, request.privateKey],
    );
  }

  /** Records a service's answer once; false when it was already in (a redelivery). */
  async addPart(requestId: string, part: ReportedPart): Promise<boolean> {
    const rows = await this.manager.query<unknown[]>(
      `INSERT INTO data_subject_part (request_id, service, counts, sealed) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING service`,
      [requestId, part.service, JSON.stringify(part.counts), part.sealed && JSON.stringify(part.sealed)],
    );
    return rows.length > 0;
  }

  /** The request, locked when `lock` (its parts arrive from several consumers' partitions). */
  async find(id: string, lock = false): Promise<DataSubjectRequestDto | null> {
    if (lock) await this.manager.query(`SELECT 1 FROM data_subject_request WHERE id = $1 FOR UPDATE`, [id]);
    const rows = await this.manager.query<RequestRow[]>(`${SELECT} WHERE r.id = $1`, [id]);
    return rows[0] ? toDto(rows[0]) : null;
  }

  async list(): Promise<DataSubjectRequestDto[]> {
    const rows = await this.manager.query<RequestRow[]>(`${SELECT} ORDER BY r.opened_at DESC LIMIT 200`);
    return rows.map(toDto);
  }

  async setStatus(id: string, status: DataSubjectRequestDto['status']): Promise<void> {
    await this.manager.query(
      `UPDATE data_subject_request SET status = $2,
         completed_at = CASE WHEN $2 = 'completed' THEN now() ELSE completed_at END WHERE id = $1`,
      [id, status],
    );
  }

  async setKeycloak(id: string, keycloak: DataSubjectRequestDto['keycloak']): Promise<void> {
    await this.manager.query(`UPDATE data_subject_request SET keycloak = $2 WHERE id = $1`, [id, keycloak]);
  }

  /** The sealed parts and the key that opens them (null once the key is erased). */
  async sealedParts(id: string): Promise<{ privateKey: string | null; parts: ReportedPart[] }> {
    const keys = await this.manager.query<{ privateKey: string }[]>(
      `SELECT private_key AS "privateKey" FROM data_subject_request_key WHERE request_id = $1`,
      [id],
    );
    const parts = await this.manager.query<ReportedPart[]>(
      `SELECT service, counts, sealed FROM data_subject_part WHERE request_id = $1 ORDER BY service`,
      [id],
    );
    return { privateKey: keys[0]?.privateKey ?? null, parts };
  }

  /**
   * Access requests whose export has waited past `before` without being closed (completed then,
   * or opened then and never completed), oldest first, locked for the retention job.
   */
  async expiredExports(before: Date, limit: number): Promise<string[]> {
    const rows = await this.manager.query<{ id: string }[]>(
      `SELECT r.id FROM data_subject_request r
        WHERE r.kind = 'access' AND r.status <> 'closed' AND coalesce(r.completed_at, r.opened_at) < $1
          AND EXISTS (SELECT 1 FROM data_subject_request_key k WHERE k.request_id = r.id)
        ORDER BY r.opened_at LIMIT $2 FOR UPDATE OF r SKIP LOCKED`,
      [before, limit],
    );
    return rows.map((row) => row.id);
  }

  /** Crypto-shredding: without the key, every sealed copy (here and in Kafka) is unreadable. */
  async eraseKey(id: string): Promise<void> {
    await this.manager.query(`DELETE FROM data_subject_request_key WHERE request_id = $1`, [id]);
    await this.manager.query(`UPDATE data_subject_part SET sealed = NULL WHERE request_id = $1`, [id]);
  }
}

function toDto(row: RequestRow): DataSubjectRequestDto {
  return {
    id: row.id,
    kind: row.kind,
    reference: row.reference,
    status: row.status,
    keycloak: row.keycloak,
    openedAt: row.opened_at.toISOString(),
    completedAt: row.completed_at?.toISOString() ?? null,
    services: receipt(row.parts),
  };
}
