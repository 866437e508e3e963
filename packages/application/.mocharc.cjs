// Tests run on the TypeScript sources of every package (the `campus-source` export condition).
// Skipping is allowed only outside CI (a service that is not running); in CI it fails the run.
const { join } = require('node:path');

module.exports = {
  extension: ['ts'],
  spec: ['test/**/*.spec.ts'],
  'node-option': ['import=tsx', 'conditions=campus-source'],
  recursive: true,
  timeout: 20000,
  'forbid-only': true,
  'forbid-pending': process.env.CI === 'true',
  // Spec output, and a one-line summary of suites skipped for a missing service.
  reporter: join(__dirname, '../../scripts/mocha-reporter.cjs'),
};
