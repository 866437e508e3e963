import { createServer, type Server } from 'node:http';
import type { Middleware } from 'koa';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { AppState } from '../http/app-state.js';
import type { ConnectionPool } from '../composition/tokens.js';

/** Seconds: from a cached read to a request that waits for a slow database. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const WAIT_BUCKETS = [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/**
 * This process's Prometheus metrics (one registry per process; with `--workers`, each worker has
 * its own). Requests are labelled by route pattern (`/posts/:id`), never by the path asked, so
 * that ids cannot multiply the series.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'campus_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'campus_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly cache = new Counter({
    name: 'campus_cache_lookups_total',
    help: 'Cached views looked up, by kind of view and result (hit or miss).',
    labelNames: ['view', 'result'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Counts and times every request; outermost but for the in-flight count, so it sees the final status. */
  readonly middleware: Middleware<AppState> = async (ctx, next) => {
    const started = process.hrtime.bigint();
    try {
      await next();
    } finally {
      // `GET /posts/:id` → `/posts/:id`; what no route answered is one series, whatever its path.
      const route = ctx.state.route?.replace(/^\S+ /, '') ?? 'unmatched';
      const labels = { method: ctx.method, route, status: String(ctx.status) };
      this.requests.inc(labels);
      this.latency.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
    }
  };

  /** For the cache layer: one lookup of a view of this kind. */
  readonly observeCache = (view: string, hit: boolean): void => {
    this.cache.inc({ view, result: hit ? 'hit' : 'miss' });
  };

  /**
   * The database pools' connections and waits, by pool (`reads`: reads outside a unit of work;
   * `units`: units of work and the writes outside one), read when scraped.
   */
  watchPools(pools: Readonly<Record<string, ConnectionPool>>): void {
    const registers = [this.registry];
    const entries = Object.entries(pools);
    new Gauge({
      name: 'campus_db_pool_connections',
      help: 'Database connections by pool: lent out now (busy), and the most the pool opens (max).',
      labelNames: ['pool', 'state'] as const,
      registers,
      collect() {
        for (const [name, pool] of entries) {
          const { busy, max } = pool.stats();
          this.set({ pool: name, state: 'busy' }, busy);
          this.set({ pool: name, state: 'max' }, max);
        }
      },
    });
    new Gauge({
      name: 'campus_db_pool_waiting',
      help: 'Statements waiting for a database connection, by pool.',
      labelNames: ['pool'] as const,
      registers,
      collect() {
        for (const [name, pool] of entries) this.set({ pool: name }, pool.stats().waiting);
      },
    });
    const waits = new Histogram({
      name: 'campus_db_pool_acquire_seconds',
      help: 'Time a statement or unit of work waited for a database connection, by pool.',
      labelNames: ['pool'] as const,
      buckets: WAIT_BUCKETS,
      registers,
    });
    for (const [name, pool] of entries) pool.onAcquired((seconds) => waits.observe({ pool: name }, seconds));
  }

  /** Redis as `/ready` sees it: configured or not, and up (1) or down (0). */
  watchRedis(ready: (() => Promise<'up' | 'down'>) | undefined): void {
    new Gauge({
      name: 'campus_redis_configured',
      help: '1 when REDIS_URL is set (cache, sessions and rate limits shared through Redis), else 0.',
      registers: [this.registry],
      collect() {
        this.set(ready ? 1 : 0);
      },
    });
    new Gauge({
      name: 'campus_redis_up',
      help: '1 while Redis answers, 0 while it does not or is not configured.',
      registers: [this.registry],
      async collect() {
        this.set(ready && (await ready()) === 'up' ? 1 : 0);
      },
    });
  }

  /** How many notification streams this process holds open. */
  watchStreams(open: () => number): void {
    new Gauge({
      name: 'campus_notification_streams',
      help: 'Notification streams (GET /notifications/stream) open on this process.',
      registers: [this.registry],
      collect() {
        this.set(open());
      },
    });
  }

  /** `GET /metrics` on the public app (METRICS=on without METRICS_PORT). */
  readonly route: Middleware<AppState> = async (ctx) => {
    ctx.state.route = 'GET /metrics';
    ctx.body = await this.registry.metrics();
    ctx.type = this.registry.contentType;
  };

  /** A listener of its own for `GET /metrics` (METRICS_PORT): nothing else is served there. */
  server(): Server {
    return createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      if (path !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found: metrics are at GET /metrics.\n');
        return;
      }
      this.registry.metrics().then(
        (text) => res.writeHead(200, { 'Content-Type': this.registry.contentType }).end(text),
        () => res.writeHead(500, { 'Content-Type': 'text/plain' }).end('metrics failed\n'),
      );
    });
  }
}
