import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An event recorded in the same transaction as the change it describes, waiting for the relay. */
@Entity({ name: 'outbox_message' })
export class OutboxMessage {
  /** Commit-independent insertion order; the relay publishes in this order. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  position!: string;

  /** The event id (CloudEvents `id`), a random UUID; not indexed (see MessagingOutboxIndexes). */
  @Column({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  topic!: string;

  @Column({ name: 'message_key', type: 'text' })
  messageKey!: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType!: string;

  /** json, not jsonb: stored and handed back as text (see OutboxJsonColumns). */
  @Column({ type: 'json' })
  headers!: Record<string, string>;

  @Column({ type: 'json' })
  payload!: unknown;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}
