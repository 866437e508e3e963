/** Told about a Redis fault; the adapters never throw it at a caller. */
export type RedisErrorReporter = (error: unknown) => void;

/** Kinds remembered at once; beyond this the oldest window is forgotten early (bounded memory). */
const MAX_KINDS = 64;

/**
 * Passes on at most one error of each kind (its name and code, e.g. `Error:ECONNREFUSED`) per
 * `intervalMs`. An outage fails every command, and a log line per command would bury the logs.
 * Windows end by an unref'd timer, so no clock is read and no timer keeps the process alive.
 */
export function throttleReports(report: RedisErrorReporter, intervalMs = 5_000): RedisErrorReporter {
  const muted = new Map<string, NodeJS.Timeout>();
  return (error) => {
    const kind = kindOf(error);
    if (muted.has(kind)) return;
    if (muted.size >= MAX_KINDS) {
      const [oldest, timer] = muted.entries().next().value ?? [];
      if (oldest !== undefined) muted.delete(oldest);
      clearTimeout(timer);
    }
    const timer = setTimeout(() => muted.delete(kind), intervalMs);
    timer.unref();
    muted.set(kind, timer);
    try {
      report(error);
    } catch {
      // A failing logger must not turn a cache fault into a request failure.
    }
  };
}

function kindOf(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? `${error.name}:${code}` : error.name;
}
