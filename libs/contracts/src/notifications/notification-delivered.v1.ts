import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { DELIVERY_CHANNELS, notificationCategorySchema } from './notification.dto.js';

/** Internal: which delivery reached its recipient; no addresses, only ids. */
export const notificationDeliveredV1 = defineServiceEvent({
  type: 'dk.samvirke.notifications.notification.delivered.v1',
  aggregate: 'delivery',
  description:
    'A notification reached its recipient on one channel (an e-mail accepted by the SMTP server, a webhook answered 2xx, an in-app message placed in an inbox).',
  public: false,
  schema: z.object({
    deliveryId: z.uuid(),
    sourceEventId: z.uuid().nullable(),
    sourceEventType: z.string().nullable(),
    channel: z.enum(DELIVERY_CHANNELS),
    category: notificationCategorySchema.nullable(),
    attempts: z.number().int().nonnegative(),
    deliveredAt: z.iso.datetime({ offset: true }),
  }),
});

export type NotificationDeliveredV1 = z.infer<typeof notificationDeliveredV1.schema>;
