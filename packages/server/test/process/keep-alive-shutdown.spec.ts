import { mkdtempSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { redisTestPrefix, redisTestUrl } from '@campus/adapters/testing';
import { KeepAliveLoad, send, type Answer } from '../support/keep-alive-load.js';
import { spawnServer, type RunningServer } from '../support/spawn-server.js';

const ADMIN = { username: 'admin', password: 'admin-password-1' };
const CLIENTS = 6;

function baseEnv(rounds: string): Record<string, string> {
  return {
    JWT_SECRET: 'shutdown-secret-of-at-least-32-bytes!',
    BCRYPT_ROUNDS: rounds, // a login then takes long enough to be in flight
    ADMIN_USERNAME: ADMIN.username,
    ADMIN_PASSWORD: ADMIN.password,
  };
}

/** Logins (slow: bcrypt) started now, each on a keep-alive connection of its own. */
function slowLogins(url: string, count: number) {
  return Array.from({ length: count }, () =>
    send(new Agent({ keepAlive: true }), `${url}/api/v1/auth/login`, 'POST', ADMIN),
  );
}

/** Resolves with the exit code, or null when the process has not exited within `ms`. */
function exitWithin(server: RunningServer, ms: number): Promise<number | null | 'running'> {
  const late = new Promise<'running'>((r) => setTimeout(() => r('running'), ms).unref());
  return Promise.race([server.exit, late]);
}

/**
 * Slow logins go in flight, then keep-alive clients hammer /health, then SIGTERM. Returns what the
 * clients saw, the exit code, how long the exit took and when the server began shutting down.
 */
async function terminateUnderLoad(server: RunningServer) {
  const logins = Promise.all(slowLogins(server.url, 4));
  logins.catch(() => undefined); // awaited below, after the exit
  await new Promise((r) => setTimeout(r, 200)); // read by the server before the load starts
  const load = new KeepAliveLoad(`${server.url}/health`, CLIENTS);
  load.start();
  await load.warmedUp(100);
  const sigterm = Date.now();
  server.child.kill('SIGTERM');
  const code = await exitWithin(server, 10_000);
  const tookMs = Date.now() - sigterm;
  if (code === 'running') server.child.kill('SIGKILL');
  const clientsStopped = await load.finished(1_000);
  const output = server.output();
  return { code, tookMs, logins: await logins, load, clientsStopped, output, closing: closingAt(output) };
}

/** When the (last) server process logged that it began shutting down, on this machine's clock. */
function closingAt(output: string): number {
  const times = output
    .split('\n')
    .filter((line) => line.includes('"msg":"shutting down"'))
    .map((line) => (JSON.parse(line) as { time: number }).time);
  return Math.max(...times);
}

function expectAGracefulExit(outcome: Awaited<ReturnType<typeof terminateUnderLoad>>) {
  const { code, tookMs, logins, load, clientsStopped, output, closing } = outcome;
  expect(code, output.slice(-3000)).to.equal(0);
  expect(tookMs).to.be.below(10_000);
  // Every request in flight at SIGTERM got its answer, which closed its connection.
  for (const login of logins) {
    expect(login.status).to.equal(200);
    expect((JSON.parse(login.body) as { accessToken?: string }).accessToken).to.be.a('string');
    expect(login.closes, 'an answer sent after SIGTERM carries Connection: close').to.equal(true);
  }
  // Once the server was closing, a kept-alive connection got at most one more answer, which
  // closed it (answers written just before may reach this busy process a little later); before
  // the fix, they were answered for as long as the process lived.
  expect(closing).to.be.a('number').and.not.equal(-Infinity);
  const after = load.answers.filter((a) => a.at > closing + 250);
  for (const answer of after)
    expect(answer.closes, 'answers after SIGTERM say Connection: close').to.equal(true);
  const perSocket = new Map<number, Answer[]>();
  for (const answer of after) perSocket.set(answer.socket, [...(perSocket.get(answer.socket) ?? []), answer]);
  for (const answers of perSocket.values()) expect(answers).to.have.length(1);
  // Every client found its connection closed and no new one accepted, without being stopped.
  expect(clientsStopped).to.equal(true);
  expect(load.failures).to.have.length(CLIENTS);
}

describe('SIGTERM under keep-alive load', function () {
  this.timeout(90_000);

  it('given one process, when SIGTERM comes under keep-alive load, then it answers what is in flight, closes every connection and exits 0 within 10 s', async () => {
    const server = await spawnServer({ ...baseEnv('12'), DATABASE_URL: 'memory', LOG_LEVEL: 'info' });
    expectAGracefulExit(await terminateUnderLoad(server));
  });

  describe('with two workers', () => {
    let redis: string | null;
    const env = () => ({
      ...baseEnv('12'),
      DATABASE_URL: `sqlite:${mkdtempSync(join(tmpdir(), 'campus-workers-'))}/campus.sqlite`,
      REDIS_URL: redis!,
      REDIS_KEY_PREFIX: redisTestPrefix(),
      LOG_LEVEL: 'info',
    });

    before(async function () {
      redis = await redisTestUrl(this);
    });

    it('given two workers, when SIGTERM comes under keep-alive load, then both finish what is in flight and the primary exits 0 within 10 s', async () => {
      const server = await spawnServer(env(), ['serve', '--workers', '2']);
      expectAGracefulExit(await terminateUnderLoad(server));
    });

    it('given two workers, when one dies during the shutdown, then the primary exits non-zero', async () => {
      const server = await spawnServer({ ...env(), BCRYPT_ROUNDS: '13' }, ['serve', '--workers', '2']);
      const pids = await workerPids(server, 2);
      const logins = Promise.allSettled(slowLogins(server.url, 4));
      await new Promise((r) => setTimeout(r, 150));
      server.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 50));
      process.kill(pids[0]!, 'SIGKILL');
      const code = await exitWithin(server, 10_000);
      await logins;
      expect(code, server.output().slice(-3000)).to.be.a('number').and.not.equal(0);
    });
  });
});

/** The pids of the workers that logged they listen, once `count` have. */
async function workerPids(server: RunningServer, count: number): Promise<number[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const pids = server
      .output()
      .split('\n')
      .filter((line) => line.includes('"campus is listening"'))
      .map((line) => (JSON.parse(line) as { pid: number }).pid);
    if (pids.length >= count) return pids;
    if (Date.now() > deadline) throw new Error(`only ${pids.length} workers listened:\n${server.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
