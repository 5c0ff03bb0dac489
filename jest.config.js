// Three tiers, told apart by file suffix (see docs/testing.md):
//   *.unit.spec.ts  pure code, no engine, milliseconds;
//   *.int.spec.ts   one adapter or service against the real engines (infra/local/engines.sh);
//   *.e2e.spec.ts   the platform's services running as processes, over HTTP and Kafka;
//   *.fault.spec.ts a platform on private engines that the test stops and restarts under load.
const { readFileSync } = require('node:fs');
const swcConfig = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swcConfig.$schema;
swcConfig.sourceMaps = 'inline';

// @athar/* resolve through npm workspace links; the tsconfig paths map the same names for jest too,
// so a lib added before the next `npm install` still resolves.
const { compilerOptions } = JSON.parse(readFileSync(`${__dirname}/tsconfig.base.json`, 'utf8'));
const moduleNameMapper = Object.fromEntries(Object.entries(compilerOptions.paths).map(([name, [target]]) => [`^${name}$`, `<rootDir>/${target}`]));

const shared = {
  moduleNameMapper,
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', swcConfig] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/.engines/', '/dist/'],
  modulePathIgnorePatterns: ['<rootDir>/.engines/', '<rootDir>/dist/'],
  watchPathIgnorePatterns: ['<rootDir>/.engines/'],
};

module.exports = {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools}/**/*.unit.spec.ts'] },
    { ...shared, displayName: 'int', testMatch: ['<rootDir>/{apps,libs,tools}/**/*.int.spec.ts'], slowTestThreshold: 30 },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/{apps,libs,tools}/**/*.e2e.spec.ts'],
      slowTestThreshold: 120,
      // One platform (five service processes) for all e2e files: started before, deleted after.
      globalSetup: '<rootDir>/apps/platform-e2e/global-setup.ts',
      globalTeardown: '<rootDir>/apps/platform-e2e/global-teardown.ts',
      // Every response is checked against its service's OpenAPI document (docs/adr/0031).
      setupFilesAfterEnv: ['<rootDir>/apps/platform-e2e/contract-setup.ts'],
    },
    // Fault drills (*.fault.spec.ts): each starts its own platform on private engines and breaks them, so
    // it runs in a jest process of its own, after the e2e tier, without the e2e tier's shared platform.
    { ...shared, displayName: 'fault', testMatch: ['<rootDir>/{apps,libs,tools}/**/*.fault.spec.ts'], slowTestThreshold: 180 },
    // The console in a real browser (Debian's Chromium driven by playwright-core, docs/adr/0036): its own
    // platform and console server, started once for all browser files.
    {
      ...shared,
      displayName: 'browser',
      testMatch: ['<rootDir>/apps/console-e2e/**/*.browser.spec.ts'],
      slowTestThreshold: 120,
      globalSetup: '<rootDir>/apps/console-e2e/global-setup.ts',
      globalTeardown: '<rootDir>/apps/console-e2e/global-teardown.ts',
    },
    // The event-store contract suite against EventStoreDB; selected only when EVENTSTORE_CONNECTION_STRING is set.
    { ...shared, displayName: 'esdb', testMatch: ['<rootDir>/libs/**/*.esdb.spec.ts'] },
  ],
};
