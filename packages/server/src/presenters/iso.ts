/**
 * A time as the API writes it: ISO 8601 in UTC, to the millisecond. Nothing is remembered here:
 * the views shared between requests are written out once whole (see `jsonOnce`), and a memo per
 * Date cost more than it saved for the Dates read fresh for each request.
 */
export function iso(date: Date): string {
  return date.toISOString();
}
