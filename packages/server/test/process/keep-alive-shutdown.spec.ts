import { mkdtempSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { redisTestPrefix, redisTestUrl } from '@campus/adapters/testing';
import { KeepAliveLoad, send, type Answer } from '../support/keep-alive-load.js';
import { spawnServer, type RunningServer } from '../support/spawn-server.js';

const ADMIN = { username: 'admin', password: 'admin-password-1' };
const SLOW_CLIENTS = 3;
const FAST_CLIENTS = 6;

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
 * Keep-alive clients send login after login (slow: bcrypt, so their connections are busy when
 * SIGTERM comes, as a proxy's are under load) while others hammer /health; then SIGTERM.
 */
async function terminateUnderLoad(server: RunningServer) {
  const slow = new KeepAliveLoad(`${server.url}/api/v1/auth/login`, SLOW_CLIENTS, 'POST', ADMIN);
  const fast = new KeepAliveLoad(`${server.url}/health`, FAST_CLIENTS);
  slow.start();
  fast.start();
  await Promise.all([slow.warmedUp(SLOW_CLIENTS), fast.warmedUp(100)]);
  const sigterm = Date.now();
  server.child.kill('SIGTERM');
  const code = await exitWithin(server, 10_000);
  const tookMs = Date.now() - sigterm;
  if (code === 'running') server.child.kill('SIGKILL');
  const stopped = (await slow.finished(1_000)) && (await fast.finished(1_000));
  const output = server.output();
  return { code, tookMs, slow, fast, stopped, output, closing: closingAt(output) };
}

/** When the (last) server process logged that it began shutting down, on this machine's clock. */
function closingAt(output: string): number {
  const times = output
    .split('\n')
    .filter((line) => line.includes('"msg":"shutting down"'))
    .map((line) => (JSON.parse(line) as { time: number }).time);
  return Math.max(...times);
}

/** The answers that reached this process after the server was closing, by connection. */
function answersAfter(load: KeepAliveLoad, closing: number): Map<number, Answer[]> {
  // Answers written just before may reach this busy process a little later.
  const bySocket = new Map<number, Answer[]>();
  for (const answer of load.answers.filter((a) => a.at > closing + 250)) {
    bySocket.set(answer.socket, [...(bySocket.get(answer.socket) ?? []), answer]);
  }
  return bySocket;
}

function expectAGracefulExit(outcome: Awaited<ReturnType<typeof terminateUnderLoad>>) {
  const { code, tookMs, slow, fast, stopped, output, closing } = outcome;
  expect(code, output.slice(-3000)).to.equal(0);
  expect(tookMs).to.be.below(10_000);
  expect(closing).to.be.a('number').and.not.equal(-Infinity);
  // The logins in flight at SIGTERM were answered, and those answers closed their connections.
  const lateLogins = [...answersAfter(slow, closing).values()].flat();
  expect(lateLogins.length, 'logins in flight at SIGTERM').to.be.at.least(1);
  for (const login of lateLogins) {
    expect(login.status).to.equal(200);
    expect((JSON.parse(login.body) as { accessToken?: string }).accessToken).to.be.a('string');
  }
  // Once closing, a connection got at most one more answer, which said Connection: close; before
  // the fix, busy connections were answered for as long as the process lived.
  for (const load of [slow, fast]) {
    for (const answers of answersAfter(load, closing).values()) {
      expect(answers).to.have.length(1);
      expect(answers[0]!.closes, 'answers after SIGTERM say Connection: close').to.equal(true);
    }
  }
  // Every client found its connection closed and no new one accepted, without being stopped.
  expect(stopped).to.equal(true);
  expect(slow.failures).to.have.length(SLOW_CLIENTS);
  // No login was cut: each slow client's connection ended after an answer, and what failed was
  // the next one's new connection (an idle /health connection may be reset instead).
  for (const failure of slow.failures) expect(failure.message).to.match(/ECONNREFUSED/);
  expect(fast.failures).to.have.length(FAST_CLIENTS);
}

describe('SIGTERM under keep-alive load', function () {
  this.timeout(90_000);

  it('given one process, when SIGTERM comes under keep-alive load, then it answers what is in flight, closes every connection and exits 0 within 10 s', async () => {
    // Logins slow enough to be in flight at SIGTERM also when the machine is busy.
    const server = await spawnServer({ ...baseEnv('13'), DATABASE_URL: 'memory', LOG_LEVEL: 'info' });
    expectAGracefulExit(await terminateUnderLoad(server));
  });

  it('given a request that outlasts SHUTDOWN_TIMEOUT, when SIGTERM comes, then it is cut, logged, and the exit code is 1', async () => {
    const server = await spawnServer({
      ...baseEnv('15'),
      DATABASE_URL: 'memory',
      SHUTDOWN_TIMEOUT: '300ms',
      LOG_LEVEL: 'info',
    });
    // Logins of a second or more each (bcrypt's highest cost), sent early enough to have arrived on
    // a busy machine too, and still running when the 300 ms allowed after SIGTERM have passed.
    const logins = Promise.allSettled(slowLogins(server.url, 2));
    await new Promise((r) => setTimeout(r, 300));
    server.child.kill('SIGTERM');
    // Node's exit waits for the hashes running on its thread pool: seconds each on a busy machine.
    const code = await exitWithin(server, 20_000);
    const settled = await logins;
    expect(code, `${JSON.stringify(settled).slice(0, 500)}\n${server.output().slice(-2000)}`).to.equal(1);
    const cut = server
      .output()
      .split('\n')
      .filter((line) => line.includes('shutdown took too long'))
      .map((line) => JSON.parse(line) as { running: string[] });
    expect(cut).to.have.length(1);
    expect(cut[0]!.running.join(' ')).to.match(/POST \/api\/v1\/auth\/login \(\d+ ms\)/);
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
