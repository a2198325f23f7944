import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Notifications' own copy of the organisations partners registered (from partners' events). */
@Entity({ name: 'known_organisation' })
export class KnownOrganisation {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  type!: string;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt!: Date;

  /** Id of the last event applied, so anyone can trace the projection back to the stream. */
  @Column({ name: 'last_event_id', type: 'uuid' })
  lastEventId!: string;
}
