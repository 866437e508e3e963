import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { createServer } from 'node:net';
import { once } from 'node:events';
import { mysqlTestDatabase } from '@campus/adapters/testing';
import { SERVER_ROOT, campusArgs, freePort, spawnServer } from '../support/spawn-server.js';

function campus(args: string[], env: Record<string, string>, input?: string) {
  return spawnSync(process.execPath, campusArgs(args), {
    cwd: SERVER_ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 120_000,
    ...(input === undefined ? {} : { input }),
  });
}

describe('the campus CLI', function () {
  this.timeout(180_000);
  const folder = mkdtempSync(join(tmpdir(), 'campus-cli-'));
  const env = {
    DATABASE_URL: `sqlite:${folder}/campus.sqlite`,
    JWT_SECRET: 'cli-test-secret-of-32-bytes-or-more',
    BCRYPT_ROUNDS: '4',
  };

  it('migrates saying what it applied, creates an admin, and seeds a living demo school once', async () => {
    const migrate = campus(['migrate'], env);
    expect(migrate.status, migrate.stderr).to.equal(0);
    expect(migrate.stdout).to.match(
      /^Applied \d+ migrations: 0001-identity, 0002-board, .*0008-password-reset, 0009-verification, 0010-moderation, 0011-blocking, 0012-messages, 0013-notifications, 0014-account-deletion, 0015-closed-conversations, 0016-message-report-cases, 0017-notifications-by-age, 0018-blocks-of-departed-authors, 0019-messages-to-departed-authors\. The database schema is now up to date\.\n$/,
    );
    const again = campus(['migrate'], env);
    expect(again.status, again.stderr).to.equal(0);
    expect(again.stdout).to.equal('The database schema is up to date: nothing to apply.\n');

    const admin = campus(['create-admin', '--username', 'root_admin'], {
      ...env,
      CAMPUS_ADMIN_PASSWORD: 'root-password-1',
    });
    expect(admin.status, admin.stderr).to.equal(0);
    expect(admin.stdout).to.contain('Admin root_admin created');

    const seed = campus(['seed', '--demo'], env);
    expect(seed.status, seed.stderr + seed.stdout).to.equal(0);
    expect(seed.stdout).to.contain('log in as kim_minjun');
    const reseed = campus(['seed', '--demo'], env);
    expect(reseed.status).to.equal(0);
    expect(reseed.stdout).to.contain('already seeded');

    // An existing member is promoted and keeps the password they had: the one given is not used.
    const promote = campus(['create-admin', '--username', 'lee_seoyeon'], {
      ...env,
      CAMPUS_ADMIN_PASSWORD: 'not-her-password-1',
    });
    expect(promote.status, promote.stderr).to.equal(0);
    expect(promote.stdout).to.contain('the account existed and was promoted to admin');
    expect(promote.stdout).to.contain('Its password was kept; the password given was not used');
    // The password may come on standard input instead.
    const piped = campus(['create-admin', '--username', 'piped_admin'], env, 'piped-password-1\n');
    expect(piped.status, piped.stderr).to.equal(0);
    expect(piped.stdout).to.contain('Admin piped_admin created');

    const server = await spawnServer(env);
    try {
      const logIn = (username: string, password: string) =>
        fetch(`${server.url}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ username, password }),
        });
      expect((await logIn('lee_seoyeon', 'campus-demo-1234')).status).to.equal(200);
      expect((await logIn('lee_seoyeon', 'not-her-password-1')).status).to.equal(401);
      expect((await logIn('piped_admin', 'piped-password-1')).status).to.equal(200);
      const login = await logIn('kim_minjun', 'campus-demo-1234');
      const { accessToken, user } = (await login.json()) as {
        accessToken: string;
        user: { school: { id: string } };
      };
      const auth = { Authorization: `Bearer ${accessToken}` };
      const hot = (await (
        await fetch(`${server.url}/api/v1/schools/${user.school.id}/hot`, { headers: auth })
      ).json()) as { items: unknown[] };
      expect(hot.items.length).to.be.greaterThan(0);
      const timetables = (await (
        await fetch(`${server.url}/api/v1/me/timetables`, { headers: auth })
      ).json()) as { courses: unknown[] }[];
      expect(timetables[0]!.courses).to.have.length(2);
    } finally {
      await server.stop();
    }
  });

  it('prune deletes the notifications older than 90 days, keeps the others, and says how many', async () => {
    const own = { ...env, DATABASE_URL: `sqlite:${folder}/prune.sqlite` };
    const seed = campus(['seed', '--demo'], own);
    expect(seed.status, seed.stderr + seed.stdout).to.equal(0);
    const { Sequelize, QueryTypes } = await import('sequelize');
    const db = new Sequelize(own.DATABASE_URL, { logging: false });
    try {
      const count = async (where = '1 = 1') =>
        Number(
          (
            await db.query<{ n: number }>(`SELECT COUNT(*) AS n FROM notifications WHERE ${where}`, {
              type: QueryTypes.SELECT,
            })
          )[0]!.n,
        );
      const all = await count();
      expect(all, 'the demo has notifications').to.be.above(2);
      // Two made 91 days ago, one 89 days ago (in the format the column holds).
      const ago = (days: number) => {
        const iso = new Date(Date.now() - days * 86_400_000).toISOString();
        return `${iso.slice(0, 10)} ${iso.slice(11, 23)} +00:00`;
      };
      const ids = (
        await db.query<{ id: string }>('SELECT id FROM notifications ORDER BY id LIMIT 3', {
          type: QueryTypes.SELECT,
        })
      ).map((row) => row.id);
      for (const [i, days] of [91, 91, 89].entries())
        await db.query('UPDATE notifications SET created_at = :at WHERE id = :id', {
          replacements: { at: ago(days), id: ids[i] },
        });
      const prune = campus(['prune'], own);
      expect(prune.status, prune.stderr).to.equal(0);
      expect(prune.stdout).to.match(/^Pruned 2 notifications made before \S+Z \(older than 90 days\)\.\n$/);
      expect(await count()).to.equal(all - 2);
      expect(await count(`id = '${ids[2]}'`)).to.equal(1);
      const again = campus(['prune'], own);
      expect(again.stdout).to.match(/^Pruned 0 notifications/);
    } finally {
      await db.close();
    }
  });

  it('refuses unknown commands and missing arguments with a non-zero exit', () => {
    expect(campus(['frobnicate'], env).status).to.equal(2);
    expect(campus(['create-admin'], { ...env, ADMIN_USERNAME: '', ADMIN_PASSWORD: '' }).status).to.equal(2);
    expect(campus(['seed'], env).status).to.equal(2);
    expect(campus(['serve', '--port', '1'], env).status).to.equal(2);
  });

  it('create-admin refuses a password on the command line, and asks for one it was not given', () => {
    for (const args of [['--password', 'secret-on-argv-1'], ['--password=secret-on-argv-1']]) {
      const refused = campus(['create-admin', '--username', 'argv_admin', ...args], env);
      expect(refused.status).to.equal(2);
      expect(refused.stderr).to.contain('does not take --password');
      expect(refused.stderr).to.contain('CAMPUS_ADMIN_PASSWORD');
      expect(refused.stderr).not.to.contain('secret-on-argv-1');
    }
    const none = campus(['create-admin', '--username', 'argv_admin'], { ...env, ADMIN_PASSWORD: '' }, '');
    expect(none.status).to.equal(2);
    expect(none.stderr).to.contain('needs a password');
  });
});

/** The failure is said in one paragraph, with no stack, and the exit code is 1. */
function expectParagraph(run: ReturnType<typeof campus>, ...phrases: string[]) {
  expect(run.status, run.stdout + run.stderr).to.equal(1);
  expect(run.stderr).not.to.match(/\n\s+at /);
  for (const phrase of phrases) expect(run.stderr).to.contain(phrase);
}

describe('a campus that cannot start', function () {
  this.timeout(120_000);
  const base = { JWT_SECRET: 'cli-test-secret-of-32-bytes-or-more', HOST: '127.0.0.1' };

  it('says the port is taken, and how to choose another', async () => {
    const taken = createServer();
    taken.listen(0, '127.0.0.1');
    await once(taken, 'listening');
    const { port } = taken.address() as { port: number };
    try {
      const run = campus(['serve'], { ...base, DATABASE_URL: 'memory', PORT: String(port) });
      expectParagraph(run, `Port ${port} is already in use`, `PORT=${port + 1} npm start`);
    } finally {
      taken.close();
    }
  });

  it('says MySQL cannot be reached', async () => {
    const port = await freePort();
    const run = campus(['serve'], { ...base, DATABASE_URL: `mysql://root@127.0.0.1:${port}/campus` });
    expectParagraph(run, `Cannot reach MySQL at 127.0.0.1:${port}: connection refused`);
  });

  it('says a MySQL database does not exist, and the exact CREATE DATABASE', async function () {
    const db = await mysqlTestDatabase();
    if (!db) this.skip();
    await db.drop();
    const missing = new URL(db.url);
    missing.pathname = '/campus_never_created_here';
    const run = campus(['migrate'], { ...base, DATABASE_URL: missing.href });
    expectParagraph(
      run,
      'has no database named campus_never_created_here',
      'CREATE DATABASE campus_never_created_here CHARACTER SET utf8mb4 COLLATE utf8mb4_bin',
    );
  });

  it('says which setting is wrong, with the value given and what to use', () => {
    expectParagraph(
      campus(['serve'], { ...base, DATABASE_URL: 'postgres://db/campus' }),
      'DATABASE_URL="postgres://db/campus": use memory, sqlite:<path>',
    );
    expectParagraph(
      campus(['serve'], { ...base, DATABASE_URL: 'memory', REDIS_URL: 'localhost:6379' }),
      'REDIS_URL="localhost:6379": use redis://host:6379',
    );
    expectParagraph(
      campus(['migrate'], { ...base, DATABASE_URL: 'memory', BCRYPT_ROUNDS: 'many' }),
      'BCRYPT_ROUNDS="many": use a whole number from 4 to 15',
    );
  });
});

describe('what a start says', function () {
  this.timeout(120_000);
  const env = {
    DATABASE_URL: 'memory',
    JWT_SECRET: 'cli-test-secret-of-32-bytes-or-more',
    BCRYPT_ROUNDS: '4',
  };

  it('for a person: where it listens, the docs, the storage and cache, and with no school the one command for the demo', async () => {
    const server = await spawnServer({ ...env, LOG_FORMAT: 'pretty' });
    try {
      await until(() => server.output().includes('No school exists yet'));
      const out = server.output();
      expect(out).to.contain(`campus is listening on ${server.url}\n`);
      expect(out).to.contain(`API docs  ${server.url}/docs`);
      expect(out).to.contain("storage   this process's memory");
      expect(out).to.contain("cache     this process's memory");
      expect(out).to.contain('metrics   off');
      expect(out).to.contain('`npm run demo`');
      expect(out).to.contain('log in as kim_minjun, password campus-demo-1234');
      expect(out).not.to.contain('{"level"');
    } finally {
      await server.stop();
    }
  });

  it('for a log collector: the same facts in the JSON record, the next step as a warning', async () => {
    const server = await spawnServer({ ...env, LOG_FORMAT: 'json' });
    try {
      await until(() => server.output().includes('No school exists yet'));
      const records = server
        .output()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      const listening = records.find((r) => r.msg === 'campus is listening')!;
      expect(listening).to.include({ url: server.url, docs: `${server.url}/docs`, schools: 0 });
      expect(listening.storage).to.contain('memory');
      const hint = records.find((r) => String(r.msg).startsWith('No school exists yet'))!;
      expect(hint.level).to.equal(40);
      expect(hint.msg).to.contain('npm run demo');
    } finally {
      await server.stop();
    }
  });

  it('serve --demo fills the demo community when there is no school, and says whom to log in as', async () => {
    // With the write limits the server starts with by default: seeding is no member's writes.
    const limits = { POST_INTERVAL: '10s', COMMENT_INTERVAL: '3s', WRITE_BURST: '30' };
    const server = await spawnServer({ ...env, ...limits, LOG_FORMAT: 'pretty' }, ['serve', '--demo']);
    try {
      await until(() => server.output().includes('log in as'));
      expect(server.output()).to.contain(
        'log in as kim_minjun (or any demo member) with password campus-demo-1234',
      );
      expect(server.output()).not.to.contain('No school exists yet');
      const login = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'kim_minjun', password: 'campus-demo-1234' }),
      });
      expect(login.status).to.equal(200);
    } finally {
      await server.stop();
    }
  });
});

/** The summary follows the first /health answer by a moment: waits for it, bounded. */
async function until(done: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
