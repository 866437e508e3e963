const written = new WeakMap<Date, string>();

/**
 * `date.toISOString()`, remembered per Date object. Views served from the cache share their
 * Date objects across requests, and a post detail writes about a hundred of them: formatting was
 * the largest cost of presenting one. Dates are never mutated after they are read.
 */
export function iso(date: Date): string {
  let text = written.get(date);
  if (text === undefined) {
    text = date.toISOString();
    written.set(date, text);
  }
  return text;
}
