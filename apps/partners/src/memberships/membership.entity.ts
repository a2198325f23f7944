import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { MembershipRole } from '@samvirke/contracts';

/**
 * An organisation's part in a programme for a period. Rows are never overwritten: a change of
 * roles ends the current row (left_on) and starts a new one, so the history stays.
 */
@Entity({ name: 'membership' })
export class Membership {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text', array: true })
  roles!: MembershipRole[];

  @Column({ name: 'joined_on', type: 'date' })
  joinedOn!: string;

  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn!: string | null;
}
