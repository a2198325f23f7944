import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { K8sObject } from './model.js';
import { renderSize } from './manifests.js';
import { deployDir, renderAll } from './render.js';
import { EXAMPLE_SITE, SIZES } from './sizes.js';
import {
  coreModels,
  coreProblem,
  crdProblems,
  crdValidators,
  findCrdDir,
  isCore,
  nameProblem,
  objectKey,
} from './validation.js';

/**
 * Custom resources are checked against the operators' CRDs where the checkout can find them
 * (findCrdDir: K8S_CRDS, or shared/k8s-crds above it). A clone with neither skips those three
 * checks, and says so; everything else here runs everywhere.
 */
const crds = findCrdDir();
const validators = crds ? crdValidators(crds) : new Map<string, never>();
const withCrds = crds ? it : it.skip;
if (!crds)
  console.warn("tools/deploy: no operators' CRDs found (set K8S_CRDS): custom resources not validated");
const models = await coreModels();

function renderedObjects(size: string): K8sObject[] {
  return [...renderAll().entries()]
    .filter(([path]) => path.startsWith(`${size}/`))
    .flatMap(([path]) =>
      parseAllDocuments(readFileSync(join(deployDir(), path), 'utf8')).map((doc) => doc.toJS() as K8sObject),
    );
}

describe('the rendered deployment', () => {
  it('is committed as the renderer writes it now (npm run deploy:render)', () => {
    for (const [path, text] of renderAll()) {
      expect({ path, text: readFileSync(join(deployDir(), path), 'utf8') }).toEqual({ path, text });
    }
  });

  describe.each(SIZES.map((size) => size.name))('the %s size', (size) => {
    const objects = renderedObjects(size);

    withCrds('validates every custom resource against its operator CRD', () => {
      const custom = objects.filter((item) => !isCore(item) && item.kind !== 'ServiceMonitor');
      expect(custom.length).toBeGreaterThan(20);
      expect(
        custom.map((item) => [objectKey(item), item.metadata.name, crdProblems(validators, item)]),
      ).toEqual(custom.map((item) => [objectKey(item), item.metadata.name, []]));
    });

    it('validates every core object with kubernetes-models', () => {
      const core = objects.filter(isCore);
      expect(core.length).toBeGreaterThan(30);
      const problems = core.map((item) => [item.kind, item.metadata.name, coreProblem(models, item)]);
      expect(problems).toEqual(core.map((item) => [item.kind, item.metadata.name, undefined]));
    });

    it("runs each service and the portal with the size's replicas: one when small, three or more in production", () => {
      const autoscalers = objects.filter((item) => item.kind === 'HorizontalPodAutoscaler');
      const minimum = autoscalers.map((item) => (item['spec'] as { minReplicas: number }).minReplicas);
      expect(autoscalers.map((item) => item.metadata.name).sort()).toEqual(
        objects
          .filter((item) => item.kind === 'Deployment')
          .map((item) => item.metadata.name)
          .sort(),
      );
      expect(new Set(minimum)).toEqual(new Set([{ small: 1, medium: 2, production: 3 }[size]]));
      const kafka = objects
        .filter((item) => item.kind === 'KafkaNodePool')
        .map((item) => (item['spec'] as { replicas: number }).replicas);
      expect(kafka).toEqual(size === 'small' ? [1, 1] : [3, 3]);
    });

    it('names every object as the API server requires, once per kind', () => {
      expect(objects.map(nameProblem).filter(Boolean)).toEqual([]);
      const keys = objects.map((item) => `${item.kind}/${item.metadata.name}`);
      expect(keys.length).toBe(new Set(keys).size);
    });

    // The Prometheus operator's CRD is not among ../shared/k8s-crds: its shape is checked here.
    it('has a ServiceMonitor that selects the services and scrapes their metrics port', () => {
      const monitor = objects.find((item) => item.kind === 'ServiceMonitor') as
        | (K8sObject & { spec: { selector: unknown; endpoints: { port: string; path: string }[] } })
        | undefined;
      expect(monitor?.apiVersion).toBe('monitoring.coreos.com/v1');
      expect(monitor?.spec.endpoints).toEqual([
        expect.objectContaining({ port: 'metrics', path: '/metrics' }),
      ]);
      const services = objects.filter((item) => item.kind === 'Service' && item.metadata.name !== 'portal');
      for (const service of services) {
        expect((service['spec'] as { ports: { name: string }[] }).ports.map((port) => port.name)).toContain(
          'metrics',
        );
      }
    });
  });
});

describe('the validators', () => {
  const size = SIZES[2];
  const kafka = renderSize(size, EXAMPLE_SITE)['10-kafka.yaml'].find((item) => item.kind === 'Kafka')!;
  const deployment = renderSize(size, EXAMPLE_SITE)['40-services.yaml'].find(
    (item) => item.kind === 'Deployment',
  )!;

  withCrds('refuse a custom resource with a field its CRD does not know', () => {
    const typo = { ...kafka, spec: { ...(kafka['spec'] as object), kafak: {} } };
    expect(crdProblems(validators, typo).join()).toMatch(/additional properties/);
  });

  withCrds('refuse a custom resource with a value of the wrong type', () => {
    const spec = kafka['spec'] as { kafka: Record<string, unknown> };
    const bad = { ...kafka, spec: { ...spec, kafka: { ...spec.kafka, listeners: 'plain' } } };
    expect(crdProblems(validators, bad).join()).toMatch(/must be array/);
  });

  it('refuse a core object that kubernetes-models finds invalid', () => {
    const bad = { ...deployment, spec: { ...(deployment['spec'] as object), replicas: 'three' } };
    expect(coreProblem(models, bad)).toMatch(/replicas/);
  });
});
