import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { redisTestPrefix, redisTestUrl } from '@campus/adapters/testing';
import { freePort, spawnCampus, spawnServer, type CampusProcess } from '../support/spawn-server.js';

const SECRET = 'workers-secret-of-at-least-32-bytes!!';

function freshSqlite(): string {
  return `sqlite:${mkdtempSync(join(tmpdir(), 'campus-workers-'))}/campus.sqlite`;
}

/** The JSON log lines of a process whose `msg` is `msg`. */
function logged(campus: { output: () => string }, msg: string): Record<string, unknown>[] {
  return campus
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{') && line.includes(`"msg":"${msg}"`))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Waits (bounded) until `ready()` holds; throws with the process's output if it does not. */
async function until(campus: CampusProcess, ready: () => boolean | Promise<boolean>, withinMs: number) {
  const deadline = Date.now() + withinMs;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`not within ${withinMs} ms:\n${campus.output().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The exit code, or 'running' when the process has not exited within `ms`. */
async function exitWithin(campus: CampusProcess, ms: number): Promise<number | null | 'running'> {
  const late = new Promise<'running'>((r) => setTimeout(() => r('running'), ms).unref());
  const code = await Promise.race([campus.exit, late]);
  if (code === 'running') campus.child.kill('SIGKILL');
  return code;
}

describe('campus serve --workers', function () {
  this.timeout(120_000);

  it('given no REDIS_URL, when asked for two workers, then it refuses to start and says why', async () => {
    const campus = await spawnCampus({ DATABASE_URL: freshSqlite(), JWT_SECRET: SECRET }, [
      'serve',
      '--workers',
      '2',
    ]);
    expect(await exitWithin(campus, 15_000))
      .to.be.a('number')
      .and.not.equal(0);
    expect(campus.output()).to.match(/--workers 2 needs REDIS_URL/);
  });

  it('given a database of its own in each process (memory), when asked for two workers, then it refuses to start', async () => {
    const redis = (await redisTestUrl()) ?? 'redis://127.0.0.1:1';
    const campus = await spawnCampus({ DATABASE_URL: 'memory', JWT_SECRET: SECRET, REDIS_URL: redis }, [
      'serve',
      '--workers',
      '2',
    ]);
    expect(await exitWithin(campus, 15_000))
      .to.be.a('number')
      .and.not.equal(0);
    expect(campus.output()).to.match(/needs a database the workers share/);
  });

  it('given an unreachable database, when started with workers, then the whole process exits non-zero within its start timeout', async () => {
    const started = Date.now();
    const campus = await spawnCampus(
      {
        DATABASE_URL: `mysql://root@127.0.0.1:${await freePort()}/campus`,
        JWT_SECRET: SECRET,
        REDIS_URL: 'redis://127.0.0.1:6379',
        WORKER_START_TIMEOUT: '3s',
        WORKER_RESTART_DELAY: '200ms',
      },
      ['serve', '--workers', '2'],
    );
    expect(await exitWithin(campus, 15_000), campus.output()).to.equal(1);
    expect(Date.now() - started).to.be.below(15_000);
    expect(logged(campus, 'database not answering; trying again').length).to.be.at.least(2);
    expect(logged(campus, 'no worker started in time; giving up')).to.have.length(1);
  });

  describe('with Redis', () => {
    let redis: string;
    before(async function () {
      redis = (await redisTestUrl(this))!;
    });
    const env = (extra: Record<string, string> = {}) => ({
      DATABASE_URL: freshSqlite(),
      JWT_SECRET: SECRET,
      BCRYPT_ROUNDS: '4',
      REDIS_URL: redis,
      REDIS_KEY_PREFIX: redisTestPrefix(),
      ADMIN_USERNAME: 'admin',
      ADMIN_PASSWORD: 'admin-password-1',
      ...extra,
    });

    it('given a fresh SQLite file, when three workers start (three times over), then the primary migrates once before forking and every worker starts', async () => {
      for (let run = 0; run < 3; run++) {
        const server = await spawnServer(env(), ['serve', '--workers', '3']);
        try {
          await until(server, () => logged(server, 'campus is listening').length === 3, 30_000);
          const prepared = logged(server, 'database prepared for the workers');
          expect(prepared).to.have.length(1);
          const listening = logged(server, 'campus is listening');
          for (const line of listening) expect(line.time).to.be.at.least(prepared[0]!.time as number);
          expect(logged(server, 'worker exited; starting another')).to.deep.equal([]);
          const login = await fetch(`${server.url}/api/v1/auth/login`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ username: 'admin', password: 'admin-password-1' }),
          });
          expect(login.status).to.equal(200);
        } finally {
          expect(await server.stop()).to.equal(0);
        }
      }
    });

    it('given workers still starting, when SIGTERM comes, then the primary exits 0 at once', async () => {
      const campus = await spawnCampus(env(), ['serve', '--workers', '2']);
      await until(campus, () => logged(campus, 'database prepared for the workers').length === 1, 30_000);
      campus.child.kill('SIGTERM');
      expect(await exitWithin(campus, 10_000), campus.output().slice(-3000)).to.equal(0);
      expect(logged(campus, 'campus is listening')).to.deep.equal([]);
    });

    describe('when the port is taken', () => {
      let taken: Server;
      let port: number;
      beforeEach(async () => {
        port = await freePort();
        taken = createServer();
        await new Promise<void>((resolve) => taken.listen(port, '127.0.0.1', resolve));
      });
      afterEach(
        () => new Promise<void>((resolve) => (taken.listening ? taken.close(() => resolve()) : resolve())),
      );

      it('given workers that cannot listen, then each is replaced with a growing delay, and they serve once they can', async () => {
        const campus = await spawnCampus(
          env({ PORT: String(port), WORKER_START_TIMEOUT: '60s', WORKER_RESTART_DELAY: '100ms' }),
          ['serve', '--workers', '2'],
        );
        try {
          await until(campus, () => logged(campus, 'worker exited; starting another').length >= 3, 40_000);
          const delays = logged(campus, 'worker exited; starting another').map(
            (line) => line.restartInMs as number,
          );
          expect(delays.slice(0, 3)).to.deep.equal([100, 200, 400]);
          for (const line of logged(campus, 'worker exited; starting another')) expect(line.code).to.equal(1);
          await new Promise<void>((resolve) => taken.close(() => resolve()));
          await until(campus, () => logged(campus, 'campus is listening').length === 2, 40_000);
          expect((await fetch(`${campus.url}/health`)).status).to.equal(200);
        } finally {
          campus.child.kill('SIGTERM');
        }
        expect(await exitWithin(campus, 10_000), campus.output().slice(-3000)).to.equal(0);
      });

      it('given workers that never can listen, then the whole process exits non-zero within its start timeout', async () => {
        const started = Date.now();
        const campus = await spawnCampus(
          env({ PORT: String(port), WORKER_START_TIMEOUT: '4s', WORKER_RESTART_DELAY: '100ms' }),
          ['serve', '--workers', '2'],
        );
        expect(await exitWithin(campus, 20_000), campus.output().slice(-3000)).to.equal(1);
        expect(Date.now() - started).to.be.below(20_000);
        expect(logged(campus, 'no worker started in time; giving up')).to.have.length(1);
      });
    });
  });
});
