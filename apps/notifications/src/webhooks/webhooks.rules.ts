import {
  findEventDefinition,
  PUBLIC_EVENT_TYPES,
  type CloudEvent,
  type ProblemFieldError,
  type UpdateWebhookSubscription,
} from '@samvirke/contracts';
import { hasRole, type Principal } from '@samvirke/auth';

/** Whose subscriptions a caller sees: all of them for platform admins, else its own client's. */
export interface SubscriptionScope {
  readonly admin: boolean;
  readonly clientId: string;
}

export function subscriptionScope(principal: Principal): SubscriptionScope {
  return { admin: hasRole(principal, 'platform-admin'), clientId: principal.clientId ?? '' };
}

/** Only integration clients own webhook subscriptions. */
export function mayOwnSubscriptions(principal: Principal): boolean {
  return Boolean(principal.clientId) && hasRole(principal, 'integration');
}

/**
 * Only the public events (docs/integrations.md) can be subscribed to; an internal type is named
 * with its public counterpart when there is one.
 */
export function eventTypeErrors(eventTypes: readonly string[]): ProblemFieldError[] {
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

/** Programmes must be ones the client's organisation is a current member of (`memberOf`). */
export function programmeErrors(
  programmeIds: readonly string[],
  memberOf: ReadonlySet<string>,
): ProblemFieldError[] {
  return programmeIds.flatMap((programmeId, index) =>
    memberOf.has(programmeId)
      ? []
      : [{ pointer: `/programmeIds/${index}`, detail: 'not a programme your organisation takes part in' }],
  );
}

export function urlErrors(problems: readonly string[]): ProblemFieldError[] {
  return problems.map((detail) => ({ pointer: '/url', detail }));
}

/** What a subscription holds that its owner may change. */
export interface SubscriptionSettings {
  readonly url: string;
  readonly eventTypes: readonly string[];
  readonly programmeIds: readonly string[];
  readonly description: string;
  readonly enabled: boolean;
}

/** A subscription's settings after a change: what the command gives, the rest as it was; lists without repeats. */
export function changedSettings(
  current: SubscriptionSettings,
  command: UpdateWebhookSubscription,
): SubscriptionSettings {
  return {
    url: command.url ?? current.url,
    eventTypes: command.eventTypes ? [...new Set(command.eventTypes)] : current.eventTypes,
    programmeIds: command.programmeIds ? [...new Set(command.programmeIds)] : current.programmeIds,
    description: command.description ?? current.description,
    enabled: command.enabled ?? current.enabled,
  };
}

/** The body of a webhook: the public event as a structured CloudEvent. */
export function webhookBody(event: CloudEvent, data: unknown): string {
  const programmeId = event.programmeid ?? null;
  return JSON.stringify({
    specversion: event.specversion,
    id: event.id,
    type: event.type,
    source: event.source,
    subject: event.subject,
    time: event.time,
    ...(programmeId ? { programmeid: programmeId } : {}),
    datacontenttype: 'application/json',
    data,
  });
}

/** The key that makes one webhook per (event, subscription), however often the event is delivered. */
export function webhookDedupeKey(eventId: string, subscriptionId: string): string {
  return `webhook:${eventId}:${subscriptionId}`;
}
