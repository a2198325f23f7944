import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hasRole, type Principal } from '@samvirke/auth';
import type { FeedGrant } from '@samvirke/contracts';
import { KafkaAccessProvisioner } from '../housekeeping/kafka-access.provisioner.js';
import { coversAll, noSuchGrant, readableProgrammes, unknownProgramme } from './grants.rules.js';
import {
  countGranted,
  deleteGrant,
  grantedProgrammes,
  insertGrant,
  listGrants,
  programmeKnown,
} from './grants.store.js';

/** Which integration client may read which programme's events; managed by platform admins. */
@Injectable()
export class GrantsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly kafkaAccess: KafkaAccessProvisioner,
  ) {}

  list(clientId: string | undefined): Promise<FeedGrant[]> {
    return listGrants(this.dataSource.manager, clientId);
  }

  /** Idempotent: granting again keeps the first grant. The client's Kafka ACLs follow (see KafkaAccessProvisioner). */
  async grant(principal: Principal, clientId: string, programmeId: string): Promise<FeedGrant> {
    const granted = await this.dataSource.transaction(async (manager) => {
      if (!(await programmeKnown(manager, programmeId))) throw unknownProgramme(programmeId);
      const grant = await insertGrant(manager, { clientId, programmeId, grantedBy: principal.subject });
      if (!grant) throw new Error('grant vanished inside its own transaction');
      return grant;
    });
    await this.kafkaAccess.syncNow();
    return granted;
  }

  async revoke(clientId: string, programmeId: string): Promise<void> {
    const deleted = await deleteGrant(this.dataSource.manager, clientId, programmeId);
    if (deleted === 0) throw noSuchGrant(clientId, programmeId);
    await this.kafkaAccess.syncNow();
  }

  /** Whether the client is (still) granted every one of these programmes. */
  async allGranted(clientId: string, programmeIds: readonly string[]): Promise<boolean> {
    return coversAll(await countGranted(this.dataSource.manager, clientId, programmeIds), programmeIds);
  }

  /**
   * The programmes this caller may read (undefined: all, for platform admins), narrowed to the
   * `programme` filter; a filter naming a programme not granted is refused.
   */
  async visibleProgrammes(
    principal: Principal,
    requested: string[] | undefined,
  ): Promise<string[] | undefined> {
    if (hasRole(principal, 'platform-admin')) return requested;
    const granted = await grantedProgrammes(this.dataSource.manager, principal.clientId ?? '');
    return readableProgrammes(granted, requested);
  }
}
