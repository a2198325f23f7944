import type { AuditEntry } from '@samvirke/contracts';

/** The services whose audit trails the portal reads, each at /api/<service>/audit. */
export const AUDITED_SERVICES = ['partners', 'measurement', 'grants', 'notifications', 'feed'] as const;
export type AuditedService = (typeof AUDITED_SERVICES)[number];

export interface AuditFilters {
  readonly service: AuditedService;
  readonly programmeId?: string | undefined;
  readonly table?: string | undefined;
  readonly after?: string | undefined;
}

/** The API path of a page (`entries`) or the CSV export (`export`) for these filters. */
export function auditPath(kind: 'entries' | 'export', filters: AuditFilters, limit = 50): string {
  const query = new URLSearchParams();
  if (filters.programmeId) query.set('programme', filters.programmeId);
  if (filters.table) query.set('table', filters.table);
  if (kind === 'entries') {
    if (filters.after) query.set('after', filters.after);
    query.set('limit', String(limit));
  }
  const text = query.toString();
  return `/${filters.service}/audit/${kind}${text ? `?${text}` : ''}`;
}

const MAX_VALUE = 60;

function shown(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'object' && '$redacted' in value) return '[slettet]';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

/** One line per changed field: `name: old → new`, erased values as [slettet]. */
export function changeLines(entry: Pick<AuditEntry, 'action' | 'changes'>): string[] {
  return Object.entries(entry.changes).map(([field, { before, after }]) => {
    if (entry.action === 'INSERT') return `${field}: ${shown(after)}`;
    if (entry.action === 'DELETE') return `${field}: ${shown(before)} → –`;
    return `${field}: ${shown(before)} → ${shown(after)}`;
  });
}

/** Who acted: the username, the machine client, or that the person has been erased. */
export function actorLabel(
  entry: Pick<AuditEntry, 'actor' | 'redacted'>,
  erased: string,
  system: string,
): string {
  const { username, clientId, subject } = entry.actor;
  if (username) return username;
  if (subject && entry.redacted) return erased;
  if (clientId) return clientId;
  return system;
}
