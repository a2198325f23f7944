import kafkajs from 'kafkajs';
import { PUBLIC_TOPIC_PREFIX } from '@samvirke/contracts';
import { integrationAcls, integrationGroupPrefix, retentionCutoff } from './housekeeping.rules.js';

const { AclOperationTypes, AclResourceTypes, ResourcePatternTypes, AclPermissionTypes } = kafkajs;

describe('an integration client on Kafka', () => {
  it('reads and describes the public topics and its own consumer groups, nothing else', () => {
    const acls = integrationAcls('samvirke-integration-demo', 'suite.');
    expect(acls.map((acl) => [acl.resourceType, acl.resourceName, acl.operation])).toEqual([
      [AclResourceTypes.TOPIC, `suite.${PUBLIC_TOPIC_PREFIX}`, AclOperationTypes.READ],
      [AclResourceTypes.TOPIC, `suite.${PUBLIC_TOPIC_PREFIX}`, AclOperationTypes.DESCRIBE],
      [AclResourceTypes.GROUP, 'samvirke-integration-demo.', AclOperationTypes.READ],
      [AclResourceTypes.GROUP, 'samvirke-integration-demo.', AclOperationTypes.DESCRIBE],
    ]);
    for (const acl of acls) {
      expect(acl).toMatchObject({
        principal: 'User:samvirke-integration-demo',
        host: '*',
        resourcePatternType: ResourcePatternTypes.PREFIXED,
        permissionType: AclPermissionTypes.ALLOW,
      });
    }
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
