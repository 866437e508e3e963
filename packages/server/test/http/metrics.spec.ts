import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mysqlTestDatabase } from '@campus/adapters/testing';
import { expect } from 'chai';
import { API, ApiClient, expectError } from '../support/api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The value of one sample of the Prometheus text, or undefined when it is not there. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || !line.startsWith(name)) continue;
    const match = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = (match[2] ?? '').split(',');
    if (wanted.every((pair) => have.includes(pair))) return Number(match[3]);
  }
  return undefined;
}

describe('GET /metrics', () => {
  describe('without METRICS=on', () => {
    let app: TestApp;
    before(async () => (app = await startTestApp('memory')));
    after(() => app.close());

    it('is not there: 404 NOT_FOUND, as any unknown route', async () => {
      expectError(await app.http.get('/metrics'), 404, 'NOT_FOUND');
    });
  });

  describe('with METRICS=on', () => {
    let app: TestApp;
    before(async () => (app = await startTestApp('memory', { METRICS: 'on' })));
    after(() => app.close());

    it('counts and times requests by route pattern and status, never by the path asked', async () => {
      const api = new ApiClient(app);
      const admin = await api.admin();
      const school = await api.school();
      const course = await app.http
        .post(`${API}/schools/${school.id}/courses`)
        .set(admin.auth)
        .send({ semester: '2026-1', code: 'M1', name: 'Metrics', professor: 'P', credits: 3, times: [] })
        .expect(201);
      await app.http
        .get(`${API}/courses/${course.body.id as string}`)
        .set(admin.auth)
        .expect(200);
      await app.http
        .get(`${API}/courses/${course.body.id as string}`)
        .set(admin.auth)
        .expect(200);
      await app.http.get('/no/such/path/12345').expect(404);

      const res = await app.http.get('/metrics').expect(200);
      expect(res.headers['content-type']).to.match(/^text\/plain; version=0\.0\.4/);
      const text = res.text;
      const route = { method: 'GET', route: '/courses/:courseId', status: '200' };
      expect(sample(text, 'campus_http_requests_total', route)).to.equal(2);
      expect(sample(text, 'campus_http_request_duration_seconds_count', route)).to.equal(2);
      expect(sample(text, 'campus_http_request_duration_seconds_bucket', { ...route, le: '+Inf' })).to.equal(
        2,
      );
      expect(
        sample(text, 'campus_http_requests_total', { method: 'GET', route: 'unmatched', status: '404' }),
      ).to.equal(1);
      expect(text).not.to.contain(course.body.id as string);
      expect(text).not.to.contain('12345');
      // The course's view: read from the database once, then from the cache.
      expect(sample(text, 'campus_cache_lookups_total', { view: 'course', result: 'miss' })).to.be.at.least(
        1,
      );
      expect(sample(text, 'campus_cache_lookups_total', { view: 'course', result: 'hit' })).to.be.at.least(1);
      expect(sample(text, 'campus_redis_configured')).to.equal(0);
      expect(sample(text, 'campus_redis_up')).to.equal(0);
      // The in-memory storage has no pool to report.
      expect(sample(text, 'campus_db_pool_waiting')).to.equal(undefined);
    });

    it('is answered without a token, and counted like any route', async () => {
      await app.http.get('/metrics').expect(200);
      const text = (await app.http.get('/metrics').expect(200)).text;
      expect(
        sample(text, 'campus_http_requests_total', { method: 'GET', route: '/metrics', status: '200' }),
      ).to.be.at.least(2);
    });
  });

  describe('with METRICS=on and METRICS_PORT', () => {
    let app: TestApp;
    let metrics: Server;
    before(async () => {
      app = await startTestApp('memory', { METRICS: 'on', METRICS_PORT: '0' });
      metrics = app.server.listenMetrics(0, '127.0.0.1')!;
      await new Promise((resolve) => metrics.once('listening', resolve));
    });
    after(() => app.close());

    it('serves them on that port alone, never on the public one', async () => {
      expectError(await app.http.get('/metrics'), 404, 'NOT_FOUND');
      const { port } = metrics.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(res.status).to.equal(200);
      expect(await res.text()).to.contain('campus_http_requests_total');
      expect((await fetch(`http://127.0.0.1:${port}/api/v1/schools`)).status).to.equal(404);
    });

    it('closes that listener with the server', async () => {
      const other = await startTestApp('memory', { METRICS: 'on', METRICS_PORT: '0' });
      const listener = other.server.listenMetrics(0, '127.0.0.1')!;
      await new Promise((resolve) => listener.once('listening', resolve));
      await other.close();
      expect(listener.listening).to.equal(false);
    });
  });

  describe('on MySQL', () => {
    it('reports the connection pool and the waits for a connection', async function () {
      const db = await mysqlTestDatabase();
      if (!db) this.skip();
      const app = await startTestApp(db.url, { METRICS: 'on' });
      try {
        const acquired = async () => {
          const text = (await app.http.get('/metrics').expect(200)).text;
          for (const pool of ['reads', 'units']) {
            expect(sample(text, 'campus_db_pool_connections', { pool, state: 'max' }), pool).to.equal(10);
            expect(sample(text, 'campus_db_pool_connections', { pool, state: 'busy' }), pool).to.equal(0);
            expect(sample(text, 'campus_db_pool_waiting', { pool }), pool).to.equal(0);
          }
          const count = (pool: string) =>
            sample(text, 'campus_db_pool_acquire_seconds_count', { pool }) ?? NaN;
          return { reads: count('reads'), units: count('units') };
        };
        const before = await acquired();
        await app.http.get(`${API}/schools`).expect(200);
        // The list of schools is read outside a unit of work: on the pool of reads alone.
        expect(await acquired()).to.deep.equal({ reads: before.reads + 1, units: before.units });
      } finally {
        await app.close();
        await db.drop();
      }
    });
  });
});
