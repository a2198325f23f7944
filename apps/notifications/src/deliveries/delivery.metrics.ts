import { samvirkeCounter, samvirkeHistogram } from '@samvirke/platform';

export const deliveryAttempts = samvirkeCounter(
  'notification_delivery_attempts_total',
  'E-mail and webhook delivery attempts, by channel and outcome (delivered, retry, dead)',
  ['channel', 'outcome'],
);

export const deliveryDuration = samvirkeHistogram(
  'notification_delivery_duration_seconds',
  'Time one delivery attempt took (SMTP conversation or webhook request)',
  [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  ['channel'],
);
