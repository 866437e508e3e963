/**
 * The services whose suites skipped in this process, for the one-line summary the test reporter
 * prints at the end of a run. Kept on `globalThis` because the reporter is loaded by mocha, not
 * through this module.
 */
const KEY = Symbol.for('campus.test.skipped-services');

function services(): Set<string> {
  const holder = globalThis as { [KEY]?: Set<string> };
  return (holder[KEY] ??= new Set<string>());
}

export function noteSkipped(service: string): void {
  services().add(service);
}
