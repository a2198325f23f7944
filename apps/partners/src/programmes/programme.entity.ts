import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ProgrammeStatus } from '@samvirke/contracts';

/** A programme's common agenda. */
@Entity({ name: 'programme' })
export class Programme {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text', unique: true })
  slug!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'problem_statement', type: 'text' })
  problemStatement!: string;

  @Column({ type: 'text' })
  vision!: string;

  @Column({ type: 'text', array: true })
  themes!: string[];

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ type: 'text' })
  status!: ProgrammeStatus;

  @Column({ name: 'backbone_organisation_id', type: 'uuid', nullable: true })
  backboneOrganisationId!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

/** A goal of the agenda; its id stays stable when goals are edited or reordered. */
@Entity({ name: 'programme_goal' })
export class ProgrammeGoal {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'integer' })
  position!: number;
}
