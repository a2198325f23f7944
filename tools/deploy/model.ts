import { join, sep } from 'node:path';

/** A Kubernetes object as the renderer writes it: plain data, serialised to YAML as it is. */
export interface K8sObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: {
    readonly name: string;
    readonly namespace?: string;
    readonly labels?: Readonly<Record<string, string>>;
    readonly annotations?: Readonly<Record<string, string>>;
  };
  readonly [field: string]: unknown;
}

/** The namespace every Samvirke object lives in (the operators watch it). */
export const NAMESPACE = 'samvirke';

/** Labels every object carries, so `kubectl get all -l app.kubernetes.io/part-of=samvirke` finds them. */
export const PART_OF = { 'app.kubernetes.io/part-of': 'samvirke' } as const;

/** Pods that may connect to Kafka's internal listeners and to PostgreSQL carry these labels. */
export const KAFKA_CLIENT_LABEL = 'samvirke.dk/kafka-client';
export const DATABASE_CLIENT_LABEL = 'samvirke.dk/database-client';

export function metadata(
  name: string,
  labels: Readonly<Record<string, string>> = {},
): { name: string; namespace: string; labels: Record<string, string> } {
  return { name, namespace: NAMESPACE, labels: { ...PART_OF, ...labels } };
}

/**
 * A core object typed with kubernetes-models' interfaces (whose excess-property checks reject a
 * misspelt field at compile time; their validate() ignores unknown fields), as a K8sObject.
 */
export function core<T extends { apiVersion?: string; kind?: string }>(value: T): K8sObject {
  return value as unknown as K8sObject;
}

export function object(
  apiVersion: string,
  kind: string,
  name: string,
  spec: Record<string, unknown>,
): K8sObject {
  return { apiVersion, kind, metadata: metadata(name), ...spec };
}

/** The repository's root, from tools/deploy (tests) or dist/tools/deploy (the built renderer). */
export function repoRoot(): string {
  const here = import.meta.dirname;
  return here.includes(`${sep}dist${sep}tools${sep}`) ? join(here, '..', '..', '..') : join(here, '..', '..');
}
