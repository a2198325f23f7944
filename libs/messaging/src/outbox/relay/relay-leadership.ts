import { Logger } from '@nestjs/common';
import pg from 'pg';
import type { DataSource } from 'typeorm';

/** The parts of the postgres data source options the relay reads. */
interface PostgresOptions {
  host?: string;
  port?: number;
  username?: string;
  password?: unknown;
  database?: string;
  schema?: string;
}

const NOTIFY_CHANNEL = 'samvirke_outbox';

/**
 * Exactly one relay per service schema publishes: it holds a session advisory lock on a dedicated
 * connection, which also LISTENs for the outbox trigger's notifications and marks rows published.
 */
export class RelayLeadership {
  private readonly logger = new Logger('OutboxRelay');
  private readonly options: PostgresOptions;
  private lockClient: pg.Client | undefined;

  constructor(
    dataSource: DataSource,
    /** Called with the lowest position a committed transaction wrote, less one (0 when unknown). */
    private readonly onNotified: (position: bigint) => void,
  ) {
    this.options = dataSource.options as PostgresOptions;
  }

  get schema(): string {
    return this.options.schema ?? 'public';
  }

  get isLeader(): boolean {
    return this.lockClient !== undefined;
  }

  /** The leader's connection (marks rows published without waiting for the disk). */
  get client(): pg.Client | undefined {
    return this.lockClient;
  }

  /** Takes the lead if no other relay has it; true when this relay leads now. */
  async tryLead(): Promise<boolean> {
    const client = this.connection();
    client.on('error', () => undefined);
    await client.connect();
    const key = `samvirke.outbox.${this.options.database}.${this.schema}`;
    const { rows } = await client.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock(hashtext($1)) AS locked',
      [key],
    );
    if (!rows[0]?.locked) {
      await client.end();
      return false;
    }
    await this.listen(client);
    this.lockClient = client;
    this.logger.log({ msg: 'outbox relay is the publisher', schema: this.schema });
    return true;
  }

  async lockAlive(): Promise<boolean> {
    try {
      await this.lockClient?.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  async release(): Promise<void> {
    const client = this.lockClient;
    this.lockClient = undefined;
    if (client) await client.end().catch(() => undefined);
  }

  private connection(): pg.Client {
    return new pg.Client({
      host: this.options.host,
      port: this.options.port,
      user: this.options.username,
      password: typeof this.options.password === 'string' ? this.options.password : undefined,
      database: this.options.database,
    });
  }

  private async listen(client: pg.Client): Promise<void> {
    await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
    // This connection also marks rows published. Such a mark need not wait for the WAL to reach
    // the disk: if PostgreSQL crashes before it does, the rows are simply published again, and
    // consumers drop the repeats by event id in their inbox. Commits elsewhere stay synchronous.
    await client.query(`SET search_path TO ${client.escapeIdentifier(this.schema)}`);
    await client.query(`SET synchronous_commit TO off`);
    // "<schema> <lowest position the statement wrote>" (just "<schema>" from an older trigger).
    client.on('notification', (message) => {
      const [schema, position] = (message.payload ?? '').split(' ');
      if (schema !== this.schema) return;
      this.onNotified(position && /^\d+$/.test(position) ? BigInt(position) - 1n : 0n);
    });
  }
}
