import kafkajs from 'kafkajs';
import { PUBLIC_ORGANISATIONS_TOPIC, PUBLIC_TOPIC_PREFIX, publicProgrammeTopic } from '@samvirke/contracts';
import {
  integrationAcls,
  integrationGroupPrefix,
  retentionCutoff,
  staleTopicAcls,
} from './housekeeping.rules.js';

const { AclOperationTypes, AclResourceTypes, ResourcePatternTypes, AclPermissionTypes } = kafkajs;

describe('an integration client on Kafka', () => {
  const A = '0b7c1c4e-6a3f-4d7e-9a43-2f1c9e0d5a11';
  const B = '5d2e8f10-3b4c-4e5f-8a6b-7c8d9e0f1a22';
  const describeTopic = (name: string) => [
    [AclResourceTypes.TOPIC, name, ResourcePatternTypes.LITERAL, AclOperationTypes.READ],
    [AclResourceTypes.TOPIC, name, ResourcePatternTypes.LITERAL, AclOperationTypes.DESCRIBE],
  ];
  const group = (operation: number) => [
    AclResourceTypes.GROUP,
    'samvirke-integration-demo.',
    ResourcePatternTypes.PREFIXED,
    operation,
  ];

  it('reads the organisations topic, the topic of each programme granted, and its own consumer groups only', () => {
    const acls = integrationAcls('samvirke-integration-demo', 'suite.', [A]);
    expect(
      acls.map((acl) => [acl.resourceType, acl.resourceName, acl.resourcePatternType, acl.operation]),
    ).toEqual([
      ...describeTopic(`suite.${PUBLIC_ORGANISATIONS_TOPIC}`),
      ...describeTopic(`suite.${publicProgrammeTopic(A)}`),
      group(AclOperationTypes.READ),
      group(AclOperationTypes.DESCRIBE),
    ]);
    expect(acls.some((acl) => acl.resourceName.includes(B))).toBe(false);
    for (const acl of acls) {
      expect(acl).toMatchObject({
        principal: 'User:samvirke-integration-demo',
        host: '*',
        permissionType: AclPermissionTypes.ALLOW,
      });
    }
  });

  it('gets no programme topic without a grant, and no prefix over the public topics', () => {
    const acls = integrationAcls('samvirke-integration-demo');
    expect(
      acls.filter((acl) => acl.resourceType === AclResourceTypes.TOPIC).map((acl) => acl.resourceName),
    ).toEqual([PUBLIC_ORGANISATIONS_TOPIC, PUBLIC_ORGANISATIONS_TOPIC]);
  });

  it('deletes a revoked programme and an older prefix over every public topic, and nothing of other deployments', () => {
    const before = [
      ...integrationAcls('samvirke-integration-demo', 'suite.', [A, B]),
      {
        ...integrationAcls('samvirke-integration-demo', 'suite.')[0],
        resourceName: `suite.${PUBLIC_TOPIC_PREFIX}`,
        resourcePatternType: ResourcePatternTypes.PREFIXED,
      },
      ...integrationAcls('samvirke-integration-demo', 'other.', [B]),
    ];
    const stale = staleTopicAcls(
      before,
      integrationAcls('samvirke-integration-demo', 'suite.', [A]),
      'suite.',
    );
    expect(stale.map((acl) => [acl.resourceName, acl.resourcePatternType, acl.operation])).toEqual([
      [`suite.${publicProgrammeTopic(B)}`, ResourcePatternTypes.LITERAL, AclOperationTypes.READ],
      [`suite.${publicProgrammeTopic(B)}`, ResourcePatternTypes.LITERAL, AclOperationTypes.DESCRIBE],
      [`suite.${PUBLIC_TOPIC_PREFIX}`, ResourcePatternTypes.PREFIXED, AclOperationTypes.READ],
    ]);
  });

  it('refuses a programme id that could not name its own topic', () => {
    expect(() => integrationAcls('samvirke-integration-demo', '', ['a.b'])).toThrow(
      /cannot name a Kafka topic/,
    );
  });

  it('uses consumer groups named after its client id and a dot', () => {
    expect(integrationGroupPrefix('samvirke-integration-other')).toBe('samvirke-integration-other.');
  });

  it("refuses a client id with a dot, whose group prefix could cover another client's groups", () => {
    // `acme.` would be a prefix of `acme.erp.`: acme could join acme.erp's groups.
    expect(() => integrationGroupPrefix('acme.erp')).toThrow(/no dot/);
    expect(() => integrationAcls('acme.erp')).toThrow(/no dot/);
    expect(() => integrationGroupPrefix('')).toThrow();
  });

  it("never gives one client's group prefix over another's groups", () => {
    const clients = ['acme', 'acme-erp', 'acme_erp', 'acmeerp', 'a', 'samvirke-integration-demo'];
    for (const one of clients)
      for (const other of clients)
        if (one !== other)
          expect(`${integrationGroupPrefix(other)}reader`.startsWith(integrationGroupPrefix(one))).toBe(
            false,
          );
  });
});

describe('retention', () => {
  it('removes what was recorded more than the retention days before now', () => {
    expect(retentionCutoff(new Date('2026-03-31T12:00:00Z'), 30).toISOString()).toBe(
      '2026-03-01T12:00:00.000Z',
    );
    expect(retentionCutoff(new Date('2026-03-31T12:00:00Z'), 0.5).toISOString()).toBe(
      '2026-03-31T00:00:00.000Z',
    );
  });
});
