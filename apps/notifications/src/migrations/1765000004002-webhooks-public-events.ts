import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The public event types of 2026-12 (libs/contracts/src/public), frozen here as this migration ran. */
const PUBLIC_TYPES = [
  'dk.samvirke.public.organisation.registered.v1',
  'dk.samvirke.public.organisation.updated.v1',
  'dk.samvirke.public.programme.created.v1',
  'dk.samvirke.public.programme.updated.v1',
  'dk.samvirke.public.reporting-period.opened.v1',
  'dk.samvirke.public.reporting-period.closed.v1',
  'dk.samvirke.public.progress.updated.v1',
  'dk.samvirke.public.grant.awarded.v1',
];

/**
 * Webhooks carry public events only. Subscriptions move to the public counterparts of their
 * internal types (dk.samvirke.partners.programme.created.v1 → dk.samvirke.public.programme.created.v1);
 * one left with none is disabled with the reason. Webhook deliveries of internal events carried
 * personal data: their bodies are emptied, and those not sent are dead and can no longer be
 * replayed (dead-letters.service.ts replays public events only).
 */
export class WebhooksPublicEvents1765000004002 implements MigrationInterface {
  name = 'WebhooksPublicEvents1765000004002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `UPDATE webhook_subscription s SET event_types = mapped.types,
              enabled = s.enabled AND cardinality(mapped.types) > 0,
              disabled_reason = CASE WHEN cardinality(mapped.types) = 0
                THEN 'Its event types were internal; webhooks carry public event types only (docs/integrations.md)'
                ELSE s.disabled_reason END
         FROM (SELECT id, ARRAY(
                 SELECT DISTINCT regexp_replace(t, '^dk\\.samvirke\\.(partners|measurement|grants)\\.', 'dk.samvirke.public.')
                   FROM unnest(event_types) AS t
                  WHERE regexp_replace(t, '^dk\\.samvirke\\.(partners|measurement|grants)\\.', 'dk.samvirke.public.') = ANY($1)
                  ORDER BY 1) AS types
                 FROM webhook_subscription) AS mapped
        WHERE mapped.id = s.id`,
      [PUBLIC_TYPES],
    );
    await runner.query(
      `UPDATE delivery SET body = '{}',
              status = CASE WHEN status = 'sent' THEN status ELSE 'dead' END,
              dead_at = CASE WHEN status = 'sent' THEN dead_at ELSE coalesce(dead_at, now()) END,
              dead_reason = CASE WHEN status = 'sent' THEN dead_reason ELSE 'endpoint-disabled' END,
              last_error = CASE WHEN status = 'sent' THEN last_error
                ELSE 'not sent: an internal event; webhooks carry public events only' END,
              next_attempt_at = CASE WHEN status = 'sent' THEN next_attempt_at END,
              lease_until = NULL
        WHERE channel = 'webhook' AND NOT (event_type = ANY($1))`,
      [PUBLIC_TYPES],
    );
  }

  async down(): Promise<void> {
    // Nothing to restore: the internal types and bodies are gone on purpose.
  }
}
