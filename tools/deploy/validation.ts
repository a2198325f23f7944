import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { repoRoot, type K8sObject } from './model.js';

/**
 * Validates rendered objects without a cluster: custom resources against the operators' official
 * CRDs (../shared/k8s-crds, their openAPIV3Schema), core objects with kubernetes-models. Like
 * `kubectl apply --validate=strict`, a field a schema does not know is an error, not dropped.
 */
/**
 * Where the operators' CRDs are: K8S_CRDS, or shared/k8s-crds beside the repository's checkout (or
 * beside a folder of worktrees above it). They are the operators' own files, not part of the
 * repository, so a checkout elsewhere has none.
 */
export function findCrdDir(): string | undefined {
  const configured = process.env['K8S_CRDS'];
  if (configured) return configured;
  for (let dir = join(repoRoot(), '..'); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'shared', 'k8s-crds'))) return join(dir, 'shared', 'k8s-crds');
  }
  return undefined;
}

type Schema = Record<string, unknown>;
interface Crd {
  spec: {
    group: string;
    names: { kind: string };
    versions: { name: string; schema: { openAPIV3Schema: Schema } }[];
  };
}

/** Unknown fields are errors wherever the schema lists its fields and does not keep unknown ones. */
export function strict(schema: Schema): Schema {
  const copy: Schema = {};
  for (const [key, value] of Object.entries(schema)) copy[key] = strictValue(value);
  const closed =
    copy['properties'] !== undefined &&
    copy['additionalProperties'] === undefined &&
    copy['x-kubernetes-preserve-unknown-fields'] !== true;
  return closed ? { ...copy, additionalProperties: false } : copy;
}

function strictValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strictValue);
  if (value !== null && typeof value === 'object') return strict(value as Schema);
  return value;
}

/** One validator per apiVersion and kind of every CRD file under `dir`. */
/** The root stays open (apiVersion, kind, metadata are the API server's, not always in the schema). */
function strictBelowRoot(schema: Schema): Schema {
  const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
  return {
    ...schema,
    properties: Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, strict(value)])),
  };
}

export function crdValidators(dir: string): Map<string, ValidateFunction> {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  const validators = new Map<string, ValidateFunction>();
  for (const folder of readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    for (const file of readdirSync(join(dir, folder.name))) {
      const crd = parse(readFileSync(join(dir, folder.name, file), 'utf8')) as Crd;
      for (const version of crd.spec.versions) {
        const key = `${crd.spec.group}/${version.name} ${crd.spec.names.kind}`;
        validators.set(key, ajv.compile(strictBelowRoot(version.schema.openAPIV3Schema)));
      }
    }
  }
  return validators;
}

export const objectKey = (item: Pick<K8sObject, 'apiVersion' | 'kind'>): string =>
  `${item.apiVersion} ${item.kind}`;

/** The problems of one custom resource ([] when it is valid). */
export function crdProblems(validators: Map<string, ValidateFunction>, item: K8sObject): string[] {
  const validate = validators.get(objectKey(item));
  if (!validate) return [`no CRD for ${objectKey(item)}`];
  if (validate(item)) return [];
  return (validate.errors ?? []).map(
    (error) => `${error.instancePath} ${error.message ?? ''} ${JSON.stringify(error.params)}`,
  );
}

interface CoreModel {
  validate(): void;
}
type CoreModule = Record<string, new (data: unknown) => CoreModel>;

const CORE_API_VERSIONS = [
  'v1',
  'apps/v1',
  'batch/v1',
  'policy/v1',
  'autoscaling/v2',
  'networking.k8s.io/v1',
];

export const isCore = (item: K8sObject): boolean => CORE_API_VERSIONS.includes(item.apiVersion);

/** kubernetes-models' modules, imported one after the other (Jest's ESM loader races on parallel imports). */
export async function coreModels(): Promise<Map<string, CoreModule>> {
  const modules = new Map<string, CoreModule>();
  for (const apiVersion of CORE_API_VERSIONS) {
    modules.set(apiVersion, (await import(`kubernetes-models/${apiVersion}`)) as CoreModule);
  }
  return modules;
}

/** The problem of one core object (undefined when kubernetes-models finds it valid). */
export function coreProblem(models: Map<string, CoreModule>, item: K8sObject): string | undefined {
  const Model = models.get(item.apiVersion)?.[item.kind];
  if (!Model) return `kubernetes-models has no ${objectKey(item)}`;
  try {
    new Model(item).validate();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** What the API server checks of every object's name, whatever its kind. */
export function nameProblem(item: K8sObject): string | undefined {
  const { name } = item.metadata;
  return name.length <= 253 && DNS_SUBDOMAIN.test(name)
    ? undefined
    : `${objectKey(item)} ${name}: not a DNS subdomain`;
}
