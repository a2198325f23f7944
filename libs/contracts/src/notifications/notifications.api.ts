import { auditOperations } from '../operations/audit.api.js';
import { deadLetterOperations } from '../operations/dead-letters.api.js';
import { CALENDAR_OPERATIONS } from './calendar.api.js';
import { UNSUBSCRIBE_OPERATIONS } from './unsubscribe.api.js';
import { z } from 'zod';
import type { ServiceApi } from '../http/http-operation.js';
import { access, answers, op } from '../http/operation-builder.js';
import { pageSchema } from '../pagination.js';
import {
  deliverySchema,
  inboxItemSchema,
  inboxQuerySchema,
  listDeliveriesQuerySchema,
  markedReadSchema,
  replayEmailsSinceSchema,
  preferencesSchema,
  templatePreviewQuerySchema,
  templatePreviewSchema,
  unreadCountSchema,
  updatePreferencesSchema,
} from './notification.dto.js';
import {
  createWebhookSubscriptionSchema,
  deadLettersQuerySchema,
  replayedSchema,
  replaySinceSchema,
  rotateSecretSchema,
  updateWebhookSubscriptionSchema,
  webhookSubscriptionSchema,
  webhookSubscriptionWithSecretSchema,
} from './webhook.dto.js';

const INBOX =
  "The caller's own inbox: notifications addressed to one of the organisations in their token and to one of their roles (or to the whole organisation). Read state is per user.";
const OWNER =
  'Integration clients (client credentials, role integration) manage their own subscriptions; platform admins see every subscription.';

const knownOrganisationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  type: z.string(),
  registeredAt: z.iso.datetime({ offset: true }),
  lastEventId: z.uuid(),
});

/** Every HTTP operation of the notifications service (the OpenAPI document is built from this list). */
export const NOTIFICATIONS_API: ServiceApi = {
  name: 'notifications',
  prefix: '/api/notifications',
  operations: [
    op.get('getKnownOrganisation', '/directory/organisations/{id}', {
      summary: 'What notifications knows of an organisation (platform admins)',
      ...answers(knownOrganisationSchema, 404),
    }),
    op.get('listInbox', '/inbox', {
      summary: "In-app notifications, newest first, in the caller's language",
      query: inboxQuerySchema,
      ...access(INBOX).answers(pageSchema(inboxItemSchema)),
    }),
    op.get('countUnread', '/inbox/unread-count', {
      summary: 'How many in-app notifications the caller has not read',
      ...access(INBOX).answers(unreadCountSchema),
    }),
    op.post('markRead', '/inbox/{id}/read', {
      summary: 'Mark one notification read',
      ...access(INBOX).answers(inboxItemSchema, 404),
    }),
    op.post('markAllRead', '/inbox/read-all', {
      summary: 'Mark every notification in the inbox read',
      ...access(INBOX).answers(markedReadSchema),
    }),
    op.get('getPreferences', '/preferences', {
      summary: "The caller's language and, per category, e-mail (on, off, digest) and in-app (on, off)",
      ...answers(preferencesSchema),
    }),
    op.put('updatePreferences', '/preferences', {
      summary:
        'Change language, digest schedule (daily, or weekly on a weekday) or category settings; critical categories cannot be muted or digested',
      body: updatePreferencesSchema,
      ...answers(preferencesSchema, 422),
    }),
    op.get('listDeliveries', '/deliveries', {
      summary: 'Every e-mail and webhook delivery with its status and attempts (platform admins)',
      query: listDeliveriesQuerySchema,
      ...answers(pageSchema(deliverySchema)),
    }),
    op.post('replayEmail', '/deliveries/{id}/replay', {
      summary: 'Send a dead e-mail again, with a fresh schedule of attempts (platform admins)',
      ...answers(deliverySchema, 404, 409),
    }),
    op.post('replayEmailsSince', '/deliveries/replay', {
      summary:
        'Send again every e-mail given up on since a time, e.g. after an SMTP outage (platform admins)',
      body: replayEmailsSinceSchema,
      ...answers(replayedSchema),
    }),
    op.get('previewTemplate', '/templates/{name}/preview', {
      summary: 'A template rendered with sample data in a language (platform admins)',
      query: templatePreviewQuerySchema,
      ...answers(templatePreviewSchema, 404, 422),
    }),
    op.create('createWebhookSubscription', '/webhooks/subscriptions', {
      summary: 'Subscribe a URL to public event types (https in production; private addresses refused)',
      body: createWebhookSubscriptionSchema,
      ...access(`${OWNER} The answer carries the signing secret, the only time it is shown.`).answers(
        webhookSubscriptionWithSecretSchema,
        422,
      ),
    }),
    op.get('listWebhookSubscriptions', '/webhooks/subscriptions', {
      summary: "The caller's webhook subscriptions",
      ...access(OWNER).answers(z.array(webhookSubscriptionSchema)),
    }),
    op.get('getWebhookSubscription', '/webhooks/subscriptions/{id}', {
      summary: 'One webhook subscription',
      ...access(OWNER).answers(webhookSubscriptionSchema, 404),
    }),
    op.patch('updateWebhookSubscription', '/webhooks/subscriptions/{id}', {
      summary: 'Change URL, event types, programmes, or enable a disabled endpoint again',
      body: updateWebhookSubscriptionSchema,
      ...access(OWNER).answers(webhookSubscriptionSchema, 404, 422),
    }),
    op.post('rotateWebhookSecret', '/webhooks/subscriptions/{id}/rotate-secret', {
      summary: 'A new signing secret; the old one signs too (a second signature) until the overlap ends',
      body: rotateSecretSchema,
      ...access(`${OWNER} The answer carries the new secret, the only time it is shown.`).answers(
        webhookSubscriptionWithSecretSchema,
        404,
      ),
    }),
    op.get('listWebhookDeliveries', '/webhooks/subscriptions/{id}/deliveries', {
      summary: 'The deliveries of one subscription with status and attempts, newest first',
      query: listDeliveriesQuerySchema,
      ...access(OWNER).answers(pageSchema(deliverySchema), 404),
    }),
    op.get('listDeadLetters', '/webhooks/dead-letters', {
      summary: 'Webhook deliveries given up on (dead letters), oldest first',
      query: deadLettersQuerySchema,
      ...access(OWNER).answers(pageSchema(deliverySchema)),
    }),
    op.post('replayDeadLetter', '/webhooks/dead-letters/{id}/replay', {
      summary: 'Send one dead letter again (same webhook-id, fresh attempts)',
      ...access(OWNER).answers(deliverySchema, 404, 409),
    }),
    op.post('replayDeadLettersSince', '/webhooks/dead-letters/replay', {
      summary: 'Send again every dead letter that failed since a time',
      body: replaySinceSchema,
      ...access(OWNER).answers(replayedSchema),
    }),
    ...deadLetterOperations('notifications'),
    ...CALENDAR_OPERATIONS,
    ...UNSUBSCRIBE_OPERATIONS,
    ...auditOperations('notifications'),
  ],
};
