import type { Kafka, KafkaConfig } from 'kafkajs';
import type { KafkaPrincipalName } from '@samvirke/contracts';
import { KafkaBroker, kafkaUuid } from './kafka-broker.js';
import { freePort } from './service-process.js';

/**
 * A private KRaft cluster of three combined nodes (a controller quorum of three) for fault tests,
 * configured as infra-up's SAMVIRKE_KAFKA_BROKERS=3: SASL/SCRAM, replication 3, min.insync.replicas
 * 2, on free ports of its own. Never the shared broker: a test may SIGKILL and restart any node.
 */
export class KafkaCluster {
  private constructor(readonly nodes: readonly KafkaBroker[]) {}

  static async create(size = 3): Promise<KafkaCluster> {
    const ports: { port: number; controllerPort: number; directoryId: string }[] = [];
    for (let n = 0; n < size; n++)
      ports.push({ port: await freePort(), controllerPort: await freePort(), directoryId: kafkaUuid() });
    const clusterId = kafkaUuid();
    const quorum = ports.map(({ controllerPort }) => `127.0.0.1:${controllerPort}`).join(',');
    const voters = ports
      .map(
        ({ controllerPort, directoryId }, index) => `${index + 1}@127.0.0.1:${controllerPort}:${directoryId}`,
      )
      .join(',');
    const nodes = await Promise.all(
      ports.map((node, index) =>
        KafkaBroker.createNode(node, {
          nodeId: index + 1,
          quorum,
          replication: Math.min(3, size),
          minInsync: Math.min(2, size),
          clusterId,
          quorumArgs: ['--initial-controllers', voters],
        }),
      ),
    );
    return new KafkaCluster(nodes);
  }

  /** Every node's address (clients find the others from any one). */
  get brokers(): string[] {
    return this.nodes.flatMap((node) => node.brokers);
  }

  /** A raw client of the cluster as the admin, or as `principal` with its development password. */
  client(principal?: KafkaPrincipalName, options: Partial<KafkaConfig> = {}): Kafka {
    return this.nodes[0].client(principal, { brokers: this.brokers, ...options });
  }

  /** Starts every node together (a quorum needs two of three to elect its leader), then waits for each. */
  async start(): Promise<void> {
    for (const node of this.nodes) node.launch();
    for (const node of this.nodes) await node.ready();
  }

  async destroy(): Promise<void> {
    await Promise.all(this.nodes.map((node) => node.destroy()));
  }
}
