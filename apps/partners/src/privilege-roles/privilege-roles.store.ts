import type { EntityManager } from 'typeorm';
import type { FederatedRole, PrivilegeRole, PrivilegeRolesDto } from '@samvirke/contracts';

interface Row {
  privilege: string;
  role: FederatedRole;
}

/** The privilege table, on the caller's transaction. */
export class PrivilegeRolesStore {
  constructor(private readonly manager: EntityManager) {}

  async read(): Promise<PrivilegeRolesDto> {
    const rows: Row[] = await this.manager.query(
      `SELECT privilege, role FROM privilege_role ORDER BY position, privilege`,
    );
    // The seeded rows carry -infinity: a table nobody has changed yet has no time of change.
    const [{ changed }]: [{ changed: Date | null }] = await this.manager.query(
      `SELECT max(updated_at) FILTER (WHERE updated_at > '-infinity') AS changed FROM privilege_role`,
    );
    return { entries: rows, updatedAt: changed ? changed.toISOString() : null };
  }

  /** Replaces every row, holding the table against a concurrent replacement until the commit. */
  async replace(entries: readonly PrivilegeRole[]): Promise<void> {
    await this.manager.query(`LOCK TABLE privilege_role IN EXCLUSIVE MODE`);
    await this.manager.query(`DELETE FROM privilege_role`);
    if (entries.length === 0) return;
    await this.manager.query(
      `INSERT INTO privilege_role (privilege, role, position, updated_at)
       SELECT privilege, role, position - 1, now()
       FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS entry (privilege, role, position)`,
      [entries.map((entry) => entry.privilege), entries.map((entry) => entry.role)],
    );
  }
}
