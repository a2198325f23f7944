import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@samvirke/auth';
import type { FeedGrant } from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';

interface GrantRow {
  client_id: string;
  programme_id: string;
  granted_at: Date;
}

const toGrant = (row: GrantRow): FeedGrant => ({
  clientId: row.client_id,
  programmeId: row.programme_id,
  grantedAt: row.granted_at.toISOString(),
});

/** Which integration client may read which programme's events; managed by platform admins. */
@Injectable()
export class FeedGrantsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(clientId: string | undefined): Promise<FeedGrant[]> {
    const rows = await this.dataSource.query<GrantRow[]>(
      `SELECT client_id, programme_id, granted_at FROM feed_grant
       WHERE $1::text IS NULL OR client_id = $1 ORDER BY client_id, granted_at, programme_id`,
      [clientId ?? null],
    );
    return rows.map(toGrant);
  }

  /** Idempotent: granting again keeps the first grant. */
  async grant(principal: Principal, clientId: string, programmeId: string): Promise<FeedGrant> {
    return this.dataSource.transaction(async (manager) => {
      const known = await manager.query<unknown[]>(`SELECT 1 FROM feed_programme WHERE id = $1`, [
        programmeId,
      ]);
      if (known.length === 0) {
        throw new DomainError('invalid', `The gateway knows no programme ${programmeId} (yet).`, [
          { pointer: '/programmeId', detail: 'no such programme' },
        ]);
      }
      await manager.query(
        `INSERT INTO feed_grant (client_id, programme_id, granted_by) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING`,
        [clientId, programmeId, principal.subject],
      );
      const [row] = await manager.query<GrantRow[]>(
        `SELECT client_id, programme_id, granted_at FROM feed_grant WHERE client_id = $1 AND programme_id = $2`,
        [clientId, programmeId],
      );
      if (!row) throw new Error('grant vanished inside its own transaction');
      return toGrant(row);
    });
  }

  /** Whether the client is (still) granted every one of these programmes. */
  async allGranted(clientId: string, programmeIds: readonly string[]): Promise<boolean> {
    const [row] = await this.dataSource.query<{ count: string }[]>(
      `SELECT count(DISTINCT programme_id)::text AS count FROM feed_grant
        WHERE client_id = $1 AND programme_id = ANY($2)`,
      [clientId, programmeIds],
    );
    return Number(row?.count ?? 0) === new Set(programmeIds).size;
  }

  async revoke(clientId: string, programmeId: string): Promise<void> {
    const [, deleted] = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM feed_grant WHERE client_id = $1 AND programme_id = $2`,
      [clientId, programmeId],
    );
    if (deleted === 0) {
      throw new DomainError('not-found', `Client ${clientId} has no grant for programme ${programmeId}.`);
    }
  }
}
