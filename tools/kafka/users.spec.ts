import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  KAFKA_ADMIN_USER,
  KAFKA_PRINCIPALS,
  kafkaUserName,
  type KafkaPrincipalName,
} from '@samvirke/contracts';
import { devKafkaPassword } from '@samvirke/messaging';
import { repoRoot } from '../deploy/model.js';

/** infra/bin/_common.sh creates the SCRAM users; they must be the declared principals and the admin. */
describe('the Kafka users infra-up creates', () => {
  const common = readFileSync(join(repoRoot(), 'infra/bin/_common.sh'), 'utf8');

  it('are one per declared principal (libs/contracts KAFKA_PRINCIPALS)', () => {
    const listed = /^KAFKA_SERVICE_USERS=\(([^)]*)\)/m.exec(common)?.[1]?.trim().split(/\s+/);
    const declared = (Object.keys(KAFKA_PRINCIPALS) as KafkaPrincipalName[]).map(kafkaUserName);
    expect(listed?.sort()).toEqual(declared.sort());
  });

  it('name the same admin and development passwords as libs/messaging', () => {
    expect(common).toContain(`KAFKA_ADMIN_USER=${KAFKA_ADMIN_USER}\n`);
    expect(common).toContain(`KAFKA_ADMIN_PASSWORD:=${devKafkaPassword(KAFKA_ADMIN_USER)}}`);
    expect(common).toContain(`kafka_dev_password() { printf '%s-dev-secret' "$1"; }`);
    expect(devKafkaPassword('x')).toBe('x-dev-secret');
  });
});
