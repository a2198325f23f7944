import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ActivityStatus } from '@samvirke/contracts';

/** A member's activity, serving one or more of the programme's goals (activity_goal). */
@Entity({ name: 'activity' })
export class Activity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text' })
  status!: ActivityStatus;

  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
