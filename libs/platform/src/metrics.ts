import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** One Prometheus registry per process; every library registers its metrics here. */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

/** A counter on the process's registry, named `samvirke_<name>`, with its labels. */
export function samvirkeCounter<L extends string>(name: string, help: string, labelNames: readonly L[] = []) {
  return new Counter<L>({ name: `samvirke_${name}`, help, labelNames, registers: [metricsRegistry] });
}

/** A gauge on the process's registry, named `samvirke_<name>`, with its labels. */
export function samvirkeGauge<L extends string>(name: string, help: string, labelNames: readonly L[] = []) {
  return new Gauge<L>({ name: `samvirke_${name}`, help, labelNames, registers: [metricsRegistry] });
}

/** A histogram on the process's registry, named `samvirke_<name>`, with its buckets and labels. */
export function samvirkeHistogram<L extends string>(
  name: string,
  help: string,
  buckets: number[],
  labelNames: readonly L[] = [],
) {
  return new Histogram<L>({
    name: `samvirke_${name}`,
    help,
    labelNames,
    buckets,
    registers: [metricsRegistry],
  });
}

export const httpRequests = samvirkeCounter(
  'http_requests_total',
  'HTTP requests handled, by method, route and status',
  ['method', 'route', 'status'],
);

export const httpRequestDuration = samvirkeHistogram(
  'http_request_duration_seconds',
  'HTTP request duration in seconds',
  [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  ['method', 'route'],
);
