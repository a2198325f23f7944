import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  findEventDefinition,
  PUBLIC_EVENT_TYPES,
  type CreateWebhookSubscription,
  type ProblemFieldError,
  type UpdateWebhookSubscription,
  type WebhookSubscriptionDto,
  type WebhookSubscriptionWithSecretDto,
} from '@samvirke/contracts';
import { hasRole, type Principal } from '@samvirke/auth';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import { notificationsConfig } from '../config.js';
import { sealSecret } from './secret-box.js';
import { newWebhookSecret } from './signing.js';
import { parseAllowList, urlProblems } from './url-guard.js';

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

/**
 * Webhook subscriptions, each owned by the integration client that made it. The signing secret is
 * stored encrypted (secret-box.ts) and shown once: in the answer that made it, on creation and
 * on rotation. Reads never return it.
 */
@Injectable()
export class SubscriptionsService {
  constructor(private readonly dataSource: DataSource) {}

  async create(
    principal: Principal,
    command: CreateWebhookSubscription,
  ): Promise<WebhookSubscriptionWithSecretDto> {
    if (!principal.clientId || !hasRole(principal, 'integration')) {
      throw new DomainError('forbidden', 'Only integration clients own webhook subscriptions.');
    }
    const problems = [
      ...(await this.urlErrors(command.url)),
      ...eventTypeErrors(command.eventTypes),
      ...(await this.programmeErrors(this.dataSource.manager, principal.organisations, command.programmeIds)),
    ];
    if (problems.length) throw new ValidationFailed(problems, 'The subscription cannot be made as asked.');
    const id = randomUUID();
    const secret = newWebhookSecret();
    await this.dataSource.query(
      `INSERT INTO webhook_subscription (id, owner_client_id, owner_organisations, url, event_types, programme_ids,
                                         description, secret_sealed)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        id,
        principal.clientId,
        principal.organisations,
        command.url,
        [...new Set(command.eventTypes)],
        [...new Set(command.programmeIds)],
        command.description,
        sealSecret(secret, notificationsConfig().WEBHOOK_SECRET_KEY, id),
      ],
    );
    return { ...(await this.get(principal, id)), secret };
  }

  async list(principal: Principal): Promise<WebhookSubscriptionDto[]> {
    const admin = hasRole(principal, 'platform-admin');
    const rows = await this.dataSource.query<SubscriptionRow[]>(
      `SELECT ${COLUMNS} FROM webhook_subscription WHERE $1 OR owner_client_id = $2 ORDER BY created_at`,
      [admin, principal.clientId ?? ''],
    );
    return rows.map(toDto);
  }

  async get(principal: Principal, id: string): Promise<WebhookSubscriptionDto> {
    return toDto(await this.owned(this.dataSource.manager, principal, id));
  }

  async update(
    principal: Principal,
    id: string,
    command: UpdateWebhookSubscription,
  ): Promise<WebhookSubscriptionDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.owned(manager, principal, id, true);
      const problems = [
        ...(command.url === undefined ? [] : await this.urlErrors(command.url)),
        ...(command.eventTypes ? eventTypeErrors(command.eventTypes) : []),
        ...(command.programmeIds
          ? await this.programmeErrors(
              manager,
              await this.ownerOrganisations(manager, id),
              command.programmeIds,
            )
          : []),
      ];
      if (problems.length)
        throw new ValidationFailed(problems, 'The subscription cannot be changed as asked.');
      const enabled = command.enabled ?? row.enabled;
      await manager.query(
        `UPDATE webhook_subscription SET url = $2, event_types = $3, programme_ids = $4, description = $5,
                enabled = $6, disabled_reason = CASE WHEN $6 THEN NULL ELSE coalesce(disabled_reason, 'Disabled by its owner') END
          WHERE id = $1`,
        [
          id,
          command.url ?? row.url,
          command.eventTypes ? [...new Set(command.eventTypes)] : row.event_types,
          command.programmeIds ? [...new Set(command.programmeIds)] : row.programme_ids,
          command.description ?? row.description,
          enabled,
        ],
      );
      return toDto(await this.owned(manager, principal, id));
    });
  }

  /** A new secret, shown in this answer only; the old one keeps signing (a second signature) for the overlap. */
  async rotate(
    principal: Principal,
    id: string,
    overlapSeconds: number,
  ): Promise<WebhookSubscriptionWithSecretDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.owned(manager, principal, id, true);
      const secret = newWebhookSecret();
      await manager.query(
        `UPDATE webhook_subscription SET previous_secret_sealed = secret_sealed, secret_sealed = $2,
                previous_secret_until = now() + make_interval(secs => $3)
          WHERE id = $1`,
        [id, sealSecret(secret, notificationsConfig().WEBHOOK_SECRET_KEY, id), overlapSeconds],
      );
      return { ...toDto(await this.owned(manager, principal, id)), secret };
    });
  }

  /** The subscription if the caller owns it (or is a platform admin); 404 otherwise. */
  async owned(
    manager: EntityManager,
    principal: Principal,
    id: string,
    lock = false,
  ): Promise<SubscriptionRow> {
    const [row] = await manager.query<SubscriptionRow[]>(
      `SELECT ${COLUMNS} FROM webhook_subscription WHERE id = $1 AND ($2 OR owner_client_id = $3) ${lock ? 'FOR UPDATE' : ''}`,
      [id, hasRole(principal, 'platform-admin'), principal.clientId ?? ''],
    );
    if (!row) throw new DomainError('not-found', `No webhook subscription ${id} of yours.`);
    return row;
  }

  private async ownerOrganisations(manager: EntityManager, id: string): Promise<string[]> {
    const [row] = await manager.query<{ owner_organisations: string[] }[]>(
      `SELECT owner_organisations FROM webhook_subscription WHERE id = $1`,
      [id],
    );
    return row?.owner_organisations ?? [];
  }

  private async urlErrors(url: string): Promise<ProblemFieldError[]> {
    // Read per call, so the production-mode rule follows the environment the service runs in.
    const settings = notificationsConfig();
    const problems = await urlProblems(url, {
      requireHttps: settings.WEBHOOK_REQUIRE_HTTPS,
      allowed: parseAllowList(settings.WEBHOOK_ALLOWED_HOSTS),
    });
    return problems.map((detail) => ({ pointer: '/url', detail }));
  }

  /** Programmes must be ones the client's organisation is a current member of. */
  private async programmeErrors(
    manager: EntityManager,
    organisations: readonly string[],
    programmeIds: readonly string[],
  ): Promise<ProblemFieldError[]> {
    if (programmeIds.length === 0) return [];
    const rows = await manager.query<{ programme_id: string }[]>(
      `SELECT DISTINCT programme_id FROM programme_member
        WHERE programme_id = ANY($1) AND organisation_id = ANY($2) AND left_on IS NULL`,
      [programmeIds, organisations],
    );
    const visible = new Set(rows.map((row) => row.programme_id));
    return programmeIds.flatMap((programmeId, index) =>
      visible.has(programmeId)
        ? []
        : [{ pointer: `/programmeIds/${index}`, detail: 'not a programme your organisation takes part in' }],
    );
  }
}

/**
 * Only the public events (docs/integrations.md) can be subscribed to; an internal type is named
 * with its public counterpart when there is one.
 */
function eventTypeErrors(eventTypes: readonly string[]): ProblemFieldError[] {
  return eventTypes.flatMap((type, index) => {
    if (PUBLIC_EVENT_TYPES.includes(type)) return [];
    const pointer = `/eventTypes/${index}`;
    const counterpart = type.replace(/^dk\.samvirke\.(partners|measurement|grants)\./, 'dk.samvirke.public.');
    if (!findEventDefinition(type)) return [{ pointer, detail: `unknown event type ${type}` }];
    return [
      {
        pointer,
        detail: PUBLIC_EVENT_TYPES.includes(counterpart)
          ? `${type} is internal; subscribe to the public ${counterpart}`
          : `${type} is internal and not sent to integrations; the public event types are listed in docs/integrations.md`,
      },
    ];
  });
}

function toDto(row: SubscriptionRow): WebhookSubscriptionDto {
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
