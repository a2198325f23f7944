import { Column, Entity, PrimaryColumn } from 'typeorm';

export type InboxOutcome = 'handled' | 'dead-lettered';

/** One row per (consumer, event) handled; written in the same transaction as the handler's effect. */
@Entity({ name: 'inbox_message' })
export class InboxMessage {
  @PrimaryColumn({ type: 'text' })
  consumer!: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType!: string;

  @Column({ type: 'text' })
  outcome!: InboxOutcome;

  @Column({ name: 'handled_at', type: 'timestamptz', default: () => 'now()' })
  handledAt!: Date;
}
