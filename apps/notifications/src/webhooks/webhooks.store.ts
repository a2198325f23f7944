import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { WebhookSubscriptionDto } from '@samvirke/contracts';
import type { SubscriptionScope, SubscriptionSettings } from './webhooks.rules.js';

interface SubscriptionRow {
  id: string;
  owner_client_id: string;
  url: string;
  event_types: string[];
  programme_ids: string[];
  description: string;
  enabled: boolean;
  disabled_reason: string | null;
  previous_secret_until: Date | null;
  created_at: Date;
}

/** Every column but the sealed secrets, which only the delivery worker reads. */
const COLUMNS = `id, owner_client_id, url, event_types, programme_ids, description, enabled, disabled_reason,
  previous_secret_until, created_at`;

/** A new subscription is enabled (the column's default). */
export interface NewSubscription extends Omit<SubscriptionSettings, 'enabled'> {
  readonly id: string;
  readonly ownerClientId: string;
  readonly ownerOrganisations: readonly string[];
  readonly secretSealed: string;
}

export async function insertSubscription(manager: EntityManager, row: NewSubscription): Promise<void> {
  await manager.query(
    `INSERT INTO webhook_subscription (id, owner_client_id, owner_organisations, url, event_types, programme_ids,
                                       description, secret_sealed)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      row.id,
      row.ownerClientId,
      row.ownerOrganisations,
      row.url,
      row.eventTypes,
      row.programmeIds,
      row.description,
      row.secretSealed,
    ],
  );
}

export async function listSubscriptions(
  manager: EntityManager,
  scope: SubscriptionScope,
): Promise<WebhookSubscriptionDto[]> {
  const rows = await manager.query<SubscriptionRow[]>(
    `SELECT ${COLUMNS} FROM webhook_subscription WHERE $1 OR owner_client_id = $2 ORDER BY created_at`,
    [scope.admin, scope.clientId],
  );
  return rows.map(toSubscriptionDto);
}

/** The subscription if the scope includes it; locked for the caller's transaction when asked. */
export async function findSubscription(
  manager: EntityManager,
  scope: SubscriptionScope,
  id: string,
  lock = false,
): Promise<WebhookSubscriptionDto | undefined> {
  const [row] = await manager.query<SubscriptionRow[]>(
    `SELECT ${COLUMNS} FROM webhook_subscription WHERE id = $1 AND ($2 OR owner_client_id = $3) ${lock ? 'FOR UPDATE' : ''}`,
    [id, scope.admin, scope.clientId],
  );
  return row ? toSubscriptionDto(row) : undefined;
}

export async function updateSubscription(
  manager: EntityManager,
  id: string,
  settings: SubscriptionSettings,
): Promise<void> {
  await manager.query(
    `UPDATE webhook_subscription SET url = $2, event_types = $3, programme_ids = $4, description = $5,
            enabled = $6, disabled_reason = CASE WHEN $6 THEN NULL ELSE coalesce(disabled_reason, 'Disabled by its owner') END
      WHERE id = $1`,
    [id, settings.url, settings.eventTypes, settings.programmeIds, settings.description, settings.enabled],
  );
}

/** The new sealed secret signs from now; the old one too, until the overlap ends. */
export async function rotateSecret(
  manager: EntityManager,
  id: string,
  secretSealed: string,
  overlapSeconds: number,
): Promise<void> {
  await manager.query(
    `UPDATE webhook_subscription SET previous_secret_sealed = secret_sealed, secret_sealed = $2,
            previous_secret_until = now() + make_interval(secs => $3)
      WHERE id = $1`,
    [id, secretSealed, overlapSeconds],
  );
}

/** The organisations of the client that made the subscription, as they were then. */
export async function ownerOrganisations(manager: EntityManager, id: string): Promise<string[]> {
  const [row] = await manager.query<{ owner_organisations: string[] }[]>(
    `SELECT owner_organisations FROM webhook_subscription WHERE id = $1`,
    [id],
  );
  return row?.owner_organisations ?? [];
}

/** Which of these programmes the organisations are current members of. */
export async function memberProgrammes(
  manager: EntityManager,
  programmeIds: readonly string[],
  organisations: readonly string[],
): Promise<Set<string>> {
  const rows = await manager.query<{ programme_id: string }[]>(
    `SELECT DISTINCT programme_id FROM programme_member
      WHERE programme_id = ANY($1) AND organisation_id = ANY($2) AND left_on IS NULL`,
    [programmeIds, organisations],
  );
  return new Set(rows.map((row) => row.programme_id));
}

export async function subscriptionEnabled(manager: EntityManager, id: string | null): Promise<boolean> {
  const [row] = await manager.query<{ enabled: boolean }[]>(
    `SELECT enabled FROM webhook_subscription WHERE id = $1`,
    [id],
  );
  return row?.enabled ?? false;
}

/**
 * The enabled subscriptions for an event type whose programmes filter matches and whose owning
 * organisation is a current member of the event's programme; events without a programme go only
 * to subscriptions without a filter.
 */
export async function matchingSubscriptions(
  manager: EntityManager,
  type: string,
  programmeId: string | null,
): Promise<string[]> {
  const rows = await manager.query<{ id: string }[]>(
    `SELECT s.id FROM webhook_subscription s
      WHERE s.enabled AND $1 = ANY(s.event_types)
        AND (CASE WHEN $2::uuid IS NULL THEN cardinality(s.programme_ids) = 0
                  ELSE (cardinality(s.programme_ids) = 0 OR $2::uuid = ANY(s.programme_ids))
                       AND EXISTS (SELECT 1 FROM programme_member m
                                    WHERE m.programme_id = $2::uuid AND m.left_on IS NULL
                                      AND m.organisation_id = ANY(s.owner_organisations)) END)`,
    [type, programmeId],
  );
  return rows.map((row) => row.id);
}

export interface WebhookDeliveryRow {
  readonly dedupeKey: string;
  readonly subscriptionId: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly body: string;
}

/** Queues one webhook for the delivery worker; once per dedupe key. */
export async function insertWebhookDelivery(manager: EntityManager, row: WebhookDeliveryRow): Promise<void> {
  await manager.query(
    `INSERT INTO delivery (id, dedupe_key, channel, recipient, subscription_id, event_id, event_type,
                           subject, body, status, next_attempt_at)
     VALUES ($1, $2, 'webhook', $3, $4, $5, $6, $6, $7, 'pending', now())
     ON CONFLICT (dedupe_key) DO NOTHING`,
    [
      randomUUID(),
      row.dedupeKey,
      row.subscriptionId,
      row.subscriptionId,
      row.eventId,
      row.eventType,
      row.body,
    ],
  );
}

function toSubscriptionDto(row: SubscriptionRow): WebhookSubscriptionDto {
  return {
    id: row.id,
    ownerClientId: row.owner_client_id,
    url: row.url,
    eventTypes: row.event_types,
    programmeIds: row.programme_ids,
    description: row.description,
    enabled: row.enabled,
    disabledReason: row.disabled_reason,
    previousSecretValidUntil:
      row.previous_secret_until && row.previous_secret_until > new Date()
        ? row.previous_secret_until.toISOString()
        : null,
    createdAt: row.created_at.toISOString(),
  };
}
