import type { DataSource } from 'typeorm';
import { ChainVerifier, type ChainVerdict } from './audit-chain.js';
import { auditTrailStatements } from './audit-schema.js';
import { sealedAuditPage } from './audit.store.js';

/** Creates the audit table and triggers in the data source's schema; idempotent (the migrate step). */
export async function installAuditTrail(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const [{ schema }] = await manager.query<{ schema: string }[]>(`SELECT current_schema() AS schema`);
    for (const statement of auditTrailStatements(schema)) await manager.query(statement);
  });
}

/** Recomputes the whole chain from the database's entries: intact, or the first broken entry. */
export async function verifyAuditChain(dataSource: DataSource, pageSize = 5_000): Promise<ChainVerdict> {
  const verifier = new ChainVerifier();
  let after: string | null = null;
  for (;;) {
    const page = await sealedAuditPage(dataSource.manager, after, pageSize);
    for (const entry of page) if (!verifier.add(entry)) return verifier.verdict();
    if (page.length < pageSize) return verifier.verdict();
    after = page[page.length - 1]?.chainNo ?? after;
  }
}
