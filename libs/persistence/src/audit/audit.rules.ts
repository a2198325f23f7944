import type { AuditEntry, AuditQuery } from '@samvirke/contracts';
import type { CsvTable } from '@samvirke/csv';
import { isRedacted } from './audit-chain.js';
import type { AuditFilter, StoredAuditEntry } from './audit.store.js';

/** A stored entry as the API shows it. */
export function auditEntryDto(entry: StoredAuditEntry): AuditEntry {
  const username = entry.actorUsername;
  return {
    seq: entry.seq,
    chainNo: entry.chainNo,
    at: entry.at,
    table: entry.tableName,
    action: entry.action as AuditEntry['action'],
    rowKey: entry.rowKey,
    programmeId: entry.programmeId,
    actor: {
      subject: entry.actorSubject,
      username: typeof username === 'string' ? username : null,
      clientId: entry.actorClient,
      organisations: [...entry.actorOrganisations],
      onBehalfOf: entry.onBehalfOf,
    },
    operation: entry.operation,
    correlationId: entry.correlationId,
    causationId: entry.causationId,
    changes: Object.fromEntries(
      Object.entries(entry.changes).map(([column, [before, after]]) => [column, { before, after }]),
    ),
    hash: entry.hash,
    redacted: entry.redactedAt !== null || isRedacted(username),
  };
}

export function auditFilter(query: Omit<AuditQuery, 'limit'>, limit: number): AuditFilter {
  return {
    programmeId: query.programme,
    tableName: query.table,
    rowKey: query.row,
    actorSubject: query.actor,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
    after: query.after,
    limit,
  };
}

const CSV_HEADER = [
  'seq',
  'chain_no',
  'at',
  'table',
  'action',
  'row_key',
  'programme_id',
  'actor_subject',
  'actor_username',
  'actor_client',
  'actor_organisations',
  'on_behalf_of',
  'operation',
  'correlation_id',
  'causation_id',
  'changes',
  'hash',
  'redacted',
];

export function auditCsv(entries: readonly AuditEntry[]): CsvTable {
  return {
    delimiter: ';',
    header: CSV_HEADER,
    rows: entries.map((entry) => [
      entry.seq,
      entry.chainNo ?? '',
      entry.at,
      entry.table,
      entry.action,
      entry.rowKey ?? '',
      entry.programmeId ?? '',
      entry.actor.subject ?? '',
      entry.actor.username ?? '',
      entry.actor.clientId ?? '',
      entry.actor.organisations.join(' '),
      entry.actor.onBehalfOf ?? '',
      entry.operation ?? '',
      entry.correlationId ?? '',
      entry.causationId ?? '',
      JSON.stringify(entry.changes),
      entry.hash ?? '',
      entry.redacted ? 'ja' : 'nej',
    ]),
  };
}
