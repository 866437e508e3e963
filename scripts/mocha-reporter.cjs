// Mocha's spec reporter, plus one line at the end of a run outside CI naming the suites that
// skipped because a service (MySQL, Redis, Chromium) was missing. In CI a missing service fails the
// run instead (see ServiceMissing in @campus/adapters/testing), so there is nothing to summarise.
const Spec = require('mocha/lib/reporters/spec');

const SKIPPED_SERVICES = Symbol.for('campus.test.skipped-services');

/** The outermost suite's title: what a reader knows a suite by (also in parallel mode). */
function topSuite(test) {
  return test.titlePath()[0];
}

class CampusReporter extends Spec {
  constructor(runner, options) {
    super(runner, options);
    const suites = new Set();
    let tests = 0;
    runner.on('pending', (test) => {
      tests += 1;
      suites.add(topSuite(test));
    });
    runner.once('end', () => {
      if (process.env.CI === 'true' || tests === 0) return;
      const services = [...(globalThis[SKIPPED_SERVICES] ?? [])];
      const why = services.length > 0 ? `missing: ${services.join(', ')}` : 'see the warnings above';
      console.log(
        `SKIPPED: ${suites.size} suite${suites.size === 1 ? '' : 's'} (${tests} test${tests === 1 ? '' : 's'}), ${why}. Set CI=true to make this a failure.`,
      );
    });
  }
}

module.exports = CampusReporter;
