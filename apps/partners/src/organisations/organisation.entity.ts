import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { OrganisationType } from '@samvirke/contracts';

@Entity({ name: 'organisation' })
export class Organisation {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  type!: OrganisationType;

  @Column({ type: 'char', length: 8, nullable: true, unique: true })
  cvr!: string | null;

  @Column({ type: 'char', length: 3, nullable: true, unique: true })
  kommunekode!: string | null;

  @Column({ name: 'region_code', type: 'char', length: 4, nullable: true })
  regionCode!: string | null;

  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail!: string | null;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Column({ type: 'boolean', default: false })
  archived!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
