const DAY_MS = 86_400_000;
/** The times `toISOString` writes as `YYYY-MM-DDTHH:mm:ss.sssZ`: years 0000 to 9999. */
const FIRST_MS = Date.parse('0000-01-01T00:00:00.000Z');
const END_MS = Date.parse('+010000-01-01T00:00:00.000Z');
const TWO = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
const THREE = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'));
/** `YYYY-MM-DDT` by day since the epoch: the days a response's times fall on are few. */
const days = new Map<number, string>();
const DAYS_KEPT = 4096;

/**
 * A time as the API and the caches write it: ISO 8601 in UTC, to the millisecond, exactly as
 * `toISOString`. A post detail writes two per comment, and `toISOString` was a large share of
 * presenting a long thread (docs/performance.md). Here the date part comes from `toISOString` once
 * per day and is remembered, and the time of day is put together from two- and three-digit
 * strings, far cheaper. Times outside years
 * 0–9999 (which `toISOString` writes with a sign and six digits) and invalid ones go to
 * `toISOString` itself.
 */
export function isoTime(date: Date): string {
  const ms = date.getTime();
  if (!(ms >= FIRST_MS && ms < END_MS)) return date.toISOString();
  const day = Math.floor(ms / DAY_MS);
  let prefix = days.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
    if (days.size >= DAYS_KEPT) days.clear();
    days.set(day, prefix);
  }
  let rest = ms - day * DAY_MS;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  return `${prefix}${TWO[hours]}:${TWO[minutes]}:${TWO[seconds]}.${THREE[rest - seconds * 1000]}Z`;
}
