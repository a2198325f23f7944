import type pg from 'pg';
import type { DataSource } from 'typeorm';

/** An outbox row waiting for Kafka, as the relay reads it. */
export interface PendingRow {
  position: string;
  id: string;
  topic: string;
  message_key: string;
  headers: Record<string, string>;
  /** The JSON text as stored; sent as it is, never parsed and re-serialised. Null: a tombstone. */
  value: string | null;
  created_at: Date;
}

/** The relay's SQL on outbox_message: what is pending, what was published, what may go. */
export class OutboxStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly batchSize: number,
  ) {}

  /** The next batch of unpublished rows above `after`, in position order. */
  pending(after: bigint): Promise<PendingRow[]> {
    return this.dataSource.query(
      `SELECT position, id, topic, message_key, headers,
              CASE WHEN json_typeof(payload) = 'null' THEN NULL ELSE payload::text END AS value, created_at
         FROM outbox_message WHERE published_at IS NULL AND position > $1 ORDER BY position LIMIT $2`,
      [after.toString(), this.batchSize],
    );
  }

  /** Marks rows published, on the leader's own connection when there is one (see RelayLeadership). */
  async markPublished(rows: readonly PendingRow[], leaderClient: pg.Client | undefined): Promise<void> {
    const sql = `UPDATE outbox_message SET published_at = now() WHERE position = ANY($1::bigint[])`;
    const positions = [rows.map((row) => row.position)];
    if (leaderClient) await leaderClient.query(sql, positions);
    else await this.dataSource.query(sql, positions);
  }

  async backlog(): Promise<number> {
    const [row] = await this.dataSource.query<{ count: string }[]>(
      `SELECT count(*)::text AS count FROM outbox_message WHERE published_at IS NULL`,
    );
    return Number(row?.count ?? 0);
  }

  /**
   * Deletes published rows older than the retention window; returns how many. Hourly, so it scans
   * rather than keep an index on published_at that every published event would have to update.
   */
  async prune(retentionHours: number): Promise<number> {
    const [, deleted] = await this.dataSource.query<[unknown, number]>(
      `DELETE FROM outbox_message WHERE published_at < now() - make_interval(secs => $1)`,
      [retentionHours * 3_600],
    );
    return deleted;
  }
}
