// One Jest run for the whole monorepo, split into the three tiers of CONVENTIONS.md.
// Nest 12 ships ESM only, so Jest runs in its native ESM mode (npm run jest adds --experimental-vm-modules).
const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^@samvirke/(.*)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  rootDir: import.meta.dirname,
};

// Integration and end-to-end tiers run against real PostgreSQL, Kafka and Keycloak (libs/testing).
const realServers = {
  globalSetup: '<rootDir>/tools/test/jest-global-setup.mjs',
  globalTeardown: '<rootDir>/tools/test/jest-global-teardown.mjs',
  testTimeout: 60_000,
};

export default {
  testTimeout: 60_000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.ts'] },
    { ...shared, ...realServers, displayName: 'int', testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts'] },
    { ...shared, ...realServers, displayName: 'e2e', testMatch: ['<rootDir>/{apps,tools}/**/*.e2e-spec.ts'] },
  ],
};
