import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  KAFKA_ADMIN_USER,
  KAFKA_PRINCIPALS,
  kafkaUserName,
  type KafkaPrincipalName,
} from '@samvirke/contracts';
import { devKafkaPassword, type KafkaSecurity } from '@samvirke/messaging';
import type { Kafka, KafkaConfig } from 'kafkajs';
import { testKafka } from './kafka-credentials.js';
import { freePort } from './service-process.js';
import { waitFor } from './wait-for.js';
import { repoRoot } from './repo-root.js';

const ROOT = repoRoot();
const LIBS = join(ROOT, '.cache/kafka/libs');
const run = promisify(execFile);

export interface KafkaBrokerOptions {
  /**
   * Also open the integration listener (SASL_PLAINTEXT with OAUTHBEARER tokens from this Keycloak,
   * ACLs on), as infra/kafka/integration-listener.properties.template describes.
   */
  readonly integrationListener?: { readonly keycloakUrl: string; readonly realm?: string };
}

/** Where a node stands in its cluster: alone (the default) or one of a KRaft quorum (KafkaCluster). */
export interface KafkaNodeSettings {
  readonly nodeId: number;
  /** controller.quorum.bootstrap.servers; alone: this node's controller port. */
  readonly quorum?: string;
  readonly replication: number;
  readonly minInsync: number;
  readonly clusterId?: string;
  /** How the storage is formatted: `--standalone`, or `--initial-controllers <voters>`. */
  readonly quorumArgs: readonly string[];
}

/** A Kafka UUID (cluster and directory ids): 16 random bytes, base64url without padding. */
export function kafkaUuid(): string {
  return randomBytes(16).toString('base64url');
}

const ALONE: KafkaNodeSettings = { nodeId: 1, replication: 1, minInsync: 1, quorumArgs: ['--standalone'] };

/**
 * A private single-node Kafka broker for tests that stop, kill or restart the broker without
 * disturbing the shared one. Same jars (fetched by infra/bin/infra-up) and configuration template.
 */
export class KafkaBroker {
  private child: ChildProcess | undefined;
  private readonly dataDir = mkdtempSync(join(tmpdir(), 'samvirke-kafka-'));
  private log = '';

  private constructor(
    readonly port: number,
    private readonly controllerPort: number,
    private readonly options: KafkaBrokerOptions = {},
    readonly integrationPort = 0,
    private readonly node: KafkaNodeSettings = ALONE,
  ) {}

  static async create(options: KafkaBrokerOptions = {}): Promise<KafkaBroker> {
    if (!existsSync(LIBS))
      throw new Error('Kafka jars are missing: run infra/bin/infra-up once (npm test does).');
    const integrationPort = options.integrationListener ? await freePort() : 0;
    const broker = new KafkaBroker(await freePort(), await freePort(), options, integrationPort);
    await broker.format();
    return broker;
  }

  /** One node of a KRaft quorum on the given ports (KafkaCluster), formatted, not started. */
  static async createNode(
    ports: { port: number; controllerPort: number },
    node: KafkaNodeSettings,
  ): Promise<KafkaBroker> {
    if (!existsSync(LIBS))
      throw new Error('Kafka jars are missing: run infra/bin/infra-up once (npm test does).');
    const broker = new KafkaBroker(ports.port, ports.controllerPort, {}, 0, node);
    await broker.format();
    return broker;
  }

  get brokers(): string[] {
    return [`127.0.0.1:${this.port}`];
  }

  /** The admin principal (the only super user) of this broker, which requires SASL/SCRAM like infra-up's. */
  get adminSecurity(): KafkaSecurity {
    return {
      sasl: {
        mechanism: 'scram-sha-512',
        username: KAFKA_ADMIN_USER,
        password: devKafkaPassword(KAFKA_ADMIN_USER),
      },
    };
  }

  /** The environment that points a process (e.g. the jest worker's own clients) at this broker as the admin. */
  get adminEnv(): Record<string, string> {
    return {
      KAFKA_BROKERS: this.brokers.join(','),
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: KAFKA_ADMIN_USER,
      KAFKA_SASL_PASSWORD: devKafkaPassword(KAFKA_ADMIN_USER),
    };
  }

  /** A raw client of this broker as the admin, or as `principal` with its development password. */
  client(principal?: KafkaPrincipalName, options: Partial<KafkaConfig> = {}): Kafka {
    const user = principal ? kafkaUserName(principal) : KAFKA_ADMIN_USER;
    return testKafka(this.brokers, {
      sasl: { mechanism: 'scram-sha-512', username: user, password: devKafkaPassword(user) },
      ...options,
    });
  }

  /** The SASL/OAUTHBEARER listener for integrations (when created with integrationListener). */
  get integrationBrokers(): string[] {
    return [`127.0.0.1:${this.integrationPort}`];
  }

  private get issuer(): string | undefined {
    const listener = this.options.integrationListener;
    return listener && `${listener.keycloakUrl.replace(/\/$/, '')}/realms/${listener.realm ?? 'samvirke'}`;
  }

  private get java(): string {
    const home = process.env['KAFKA_JAVA_HOME'] ?? process.env['JAVA_HOME'];
    return home ? join(home, 'bin/java') : 'java';
  }

  private jvm(): string[] {
    return [
      '-Xms128m',
      '-Xmx384m',
      `-Dkafka.logs.dir=${this.dataDir}`,
      `-Dlog4j2.configurationFile=${join(ROOT, 'infra/kafka/log4j2.properties')}`,
      ...(this.issuer
        ? [`-Dorg.apache.kafka.sasl.oauthbearer.allowed.urls=${this.issuer}/protocol/openid-connect/certs`]
        : []),
      '-cp',
      `${LIBS}/*`,
    ];
  }

  private async format(): Promise<void> {
    const template = readFileSync(join(ROOT, 'infra/kafka/server.properties.template'), 'utf8');
    const integration = this.issuer
      ? readFileSync(join(ROOT, 'infra/kafka/integration-listener.properties.template'), 'utf8')
          .replaceAll('@KAFKA_INTEGRATION_PORT@', String(this.integrationPort))
          .replaceAll('@KEYCLOAK_JWKS_URL@', `${this.issuer}/protocol/openid-connect/certs`)
          .replaceAll('@KEYCLOAK_ISSUER@', this.issuer)
      : '';
    const properties = (template + integration)
      .replaceAll('@KAFKA_PORT@', String(this.port))
      .replaceAll('@KAFKA_CONTROLLER_PORT@', String(this.controllerPort))
      .replaceAll('@KAFKA_QUORUM@', this.node.quorum ?? `127.0.0.1:${this.controllerPort}`)
      .replaceAll('@NODE_ID@', String(this.node.nodeId))
      .replaceAll('@REPLICATION@', String(this.node.replication))
      .replaceAll('@MIN_INSYNC@', String(this.node.minInsync))
      .replaceAll('@KAFKA_ADMIN_PASSWORD@', devKafkaPassword(KAFKA_ADMIN_USER))
      .replaceAll('@DATA_DIR@', join(this.dataDir, 'data'));
    // The SCRAM users infra-up creates: the admin and one per service principal.
    const users = [
      KAFKA_ADMIN_USER,
      ...Object.keys(KAFKA_PRINCIPALS).map((name) => kafkaUserName(name as KafkaPrincipalName)),
    ];
    const scram = users.flatMap((user) => [
      '--add-scram',
      `SCRAM-SHA-512=[name=${user},iterations=4096,password=${devKafkaPassword(user)}]`,
    ]);
    writeFileSync(join(this.dataDir, 'server.properties'), properties);
    const clusterId = this.node.clusterId ?? kafkaUuid();
    await run(this.java, [
      ...this.jvm(),
      'kafka.tools.StorageTool',
      'format',
      '-t',
      clusterId,
      '-c',
      join(this.dataDir, 'server.properties'),
      ...this.node.quorumArgs,
      ...scram,
    ]);
  }

  async start(): Promise<void> {
    this.launch();
    await this.ready();
  }

  /** Starts the broker's process without waiting for it (a quorum's nodes start together). */
  launch(): void {
    const child = spawn(this.java, [...this.jvm(), 'kafka.Kafka', join(this.dataDir, 'server.properties')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (chunk: Buffer): void => {
      this.log = (this.log + chunk.toString('utf8')).slice(-10_000);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    this.child = child;
  }

  /** Waits until the launched broker answers. */
  async ready(): Promise<void> {
    const child = this.child;
    if (!child) throw new Error('the broker was not launched');
    const admin = this.client(undefined, { retry: { retries: 0 } }).admin();
    try {
      await waitFor(
        `the test broker on port ${this.port} to answer`,
        async () => {
          if (child.exitCode !== null) throw new Error(`broker exited:\n${this.log}`);
          await admin.connect();
          const cluster = await admin.describeCluster();
          return cluster.brokers.length > 0;
        },
        // A loaded machine (load 30 on two cores) took 90–120 s from launch to answer.
        { timeoutMs: 240_000, intervalMs: 250 },
      );
    } finally {
      await admin.disconnect();
    }
  }

  /** Stops the broker cleanly (SIGTERM) or abruptly (SIGKILL), keeping its data for a restart. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
    this.child = undefined;
  }

  async destroy(): Promise<void> {
    await this.stop('SIGKILL');
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
