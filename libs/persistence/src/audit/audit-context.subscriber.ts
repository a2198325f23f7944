import { currentContext } from '@samvirke/platform';
import { EventSubscriber, type EntitySubscriberInterface, type TransactionStartEvent } from 'typeorm';

/**
 * Hands the current unit of work's context (libs/platform request-context: who acts, in which
 * operation and request) to PostgreSQL at the start of every transaction, as the
 * transaction-local setting `samvirke.audit_context` that the audit trigger reads. Every
 * `dataSource.transaction(...)` of every store passes here, so no store does anything for it.
 */
@EventSubscriber()
export class AuditContextSubscriber implements EntitySubscriberInterface {
  async afterTransactionStart(event: TransactionStartEvent): Promise<void> {
    const context = currentContext();
    if (!context) return;
    const actor = context.actor;
    const described = {
      correlationId: context.correlationId,
      causationId: context.causationId,
      operation: context.operation,
      ...(actor
        ? {
            subject: actor.subject,
            username: actor.username,
            clientId: actor.clientId,
            organisations: actor.organisations,
            onBehalfOf: actor.onBehalfOf,
          }
        : {}),
    };
    await event.queryRunner.query(`SELECT set_config('samvirke.audit_context', $1, true)`, [
      JSON.stringify(described),
    ]);
  }
}
