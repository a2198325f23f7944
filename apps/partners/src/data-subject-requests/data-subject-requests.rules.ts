import {
  DATA_SUBJECT_SERVICES,
  type DataSubjectExport,
  type DataSubjectRequestDto,
  type OpenDataSubjectRequest,
} from '@samvirke/contracts';
import { hasRole, type Principal } from '@samvirke/auth';
import { DomainError } from '@samvirke/platform';
import type { RetentionRule } from '@samvirke/persistence';
import { z } from 'zod';

/** Every part of a request's receipt: partners' own data, the Keycloak account, the other services. */
export const REQUEST_PARTS = ['partners', 'keycloak', ...DATA_SUBJECT_SERVICES] as const;

type Receipt = DataSubjectRequestDto['services'];

/** Each expected part, answered or waiting, in a fixed order. */
export function receipt(
  parts: readonly { service: string; reportedAt: string; counts: Record<string, number> }[],
): Receipt {
  return REQUEST_PARTS.map((service) => {
    const part = parts.find((candidate) => candidate.service === service);
    return part
      ? { service, reportedAt: new Date(part.reportedAt).toISOString(), counts: part.counts }
      : { service, reportedAt: null, counts: {} };
  });
}

export function isAnswered(request: DataSubjectRequestDto): boolean {
  return request.services.every((part) => part.reportedAt !== null);
}

/** Data subject requests are a platform admin's work, on the controller's behalf. */
export function mayHandleRequests(principal: Principal): void {
  if (!hasRole(principal, 'platform-admin'))
    throw new DomainError('forbidden', 'Only platform admins handle data subject requests.');
}

export function requestNotFound(id: string): DomainError {
  return new DomainError('not-found', `No data subject request ${id}.`);
}

/** An export exists for a completed access request whose key has not been erased. */
export function exportable(request: DataSubjectRequestDto, hasKey: boolean): void {
  const why =
    request.kind !== 'access'
      ? 'An erasure request has no export.'
      : request.status === 'open'
        ? 'Not every service has answered yet.'
        : !hasKey || request.status === 'closed'
          ? 'The request is closed: its export was erased.'
          : null;
  if (why) throw new DomainError('conflict', why);
}

/** The username to look the person up by: the Keycloak account's, else the one given. */
export function personUsername(
  command: Pick<OpenDataSubjectRequest, 'username'>,
  account: { username: string } | null,
): string | null {
  return account?.username ?? command.username ?? null;
}

/** The export: per service and table, the rows held about the person. */
export function exportDocument(
  request: DataSubjectRequestDto,
  parts: readonly { service: string; rows: unknown }[],
  now: Date,
): DataSubjectExport {
  return {
    requestId: request.id,
    reference: request.reference,
    generatedAt: now.toISOString(),
    services: Object.fromEntries(
      parts.map((part) => [part.service, (part.rows ?? {}) as DataSubjectExport['services'][string]]),
    ),
  };
}

/**
 * How long a sealed access export may wait for its request to be closed (docs/privacy.md): an
 * export nobody closes is erased like a closed one (its key goes) this many days after it was
 * completed, or opened when some service never answered.
 */
export const exportRetentionConfigSchema = z.object({
  ACCESS_EXPORT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3_650).default(30),
  RETENTION_INTERVAL_MS: z.coerce.number().int().min(1_000).default(3_600_000),
});

export type ExportRetentionConfig = z.infer<typeof exportRetentionConfigSchema>;

export function exportRetentionRule(
  config: ExportRetentionConfig,
  prune: RetentionRule['prune'],
): RetentionRule {
  return { kind: 'access-exports', days: config.ACCESS_EXPORT_RETENTION_DAYS, prune };
}

/**
 * The names a person goes by, for free-text names that link to nobody (body members, action item
 * owners): their Keycloak account's first and last name, and the names of their named contacts.
 */
export function personNames(
  account: { readonly representation: Record<string, unknown> } | null,
  contacts: readonly Record<string, unknown>[],
): string[] {
  const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
  const accountName = account
    ? [account.representation['firstName'], account.representation['lastName']]
        .map(text)
        .filter(Boolean)
        .join(' ')
    : '';
  const names = [accountName, ...contacts.map((contact) => text(contact['name']))];
  return [...new Set(names.filter((name) => name.length > 0))];
}
