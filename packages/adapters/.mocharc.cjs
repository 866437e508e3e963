// Tests run on the TypeScript sources of every package (the `campus-source` export condition).
// Skipping is allowed only outside CI (a service that is not running); in CI it fails the run.
const { join } = require('node:path');

// This package's own MySQL databases (`<TEST_MYSQL_URL's>_adapters`, `…_adapters_2`, …): `npm test` runs the
// packages' suites at the same time.
process.env.TEST_MYSQL_SUFFIX ??= '_adapters';

// Mocha adds the files named on the command line to `spec` instead of replacing it: without this,
// `npx mocha test/x.spec.ts` would run the whole package.
const named = process.argv.slice(2).some((arg) => !arg.startsWith('-') && /^test\/|\.ts$/.test(arg));

module.exports = {
  extension: ['ts'],
  spec: named ? [] : ['test/**/*.spec.ts'],
  'node-option': ['import=tsx', 'conditions=campus-source'],
  recursive: true,
  // A whole run spreads its files over two worker processes: most of its time is spent waiting
  // (servers starting, deadlines running out), not computing.
  parallel: !named,
  jobs: 2,
  timeout: 20000,
  'forbid-only': true,
  'forbid-pending': process.env.CI === 'true',
  // Spec output, and a one-line summary of suites skipped for a missing service.
  reporter: join(__dirname, '../../scripts/mocha-reporter.cjs'),
  // A run leaves no Redis keys behind.
  require: ['test/support/root-hooks.ts'],
};
