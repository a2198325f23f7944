import { Counter, Histogram } from 'prom-client';
import { metricsRegistry } from '@samvirke/platform';

export const deliveryAttempts = new Counter({
  name: 'samvirke_notification_delivery_attempts_total',
  help: 'E-mail and webhook delivery attempts, by channel and outcome (delivered, retry, dead)',
  labelNames: ['channel', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const deliveryDuration = new Histogram({
  name: 'samvirke_notification_delivery_duration_seconds',
  help: 'Time one delivery attempt took (SMTP conversation or webhook request)',
  labelNames: ['channel'] as const,
  buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});
