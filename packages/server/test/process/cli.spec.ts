import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { SERVER_ROOT, campusArgs, spawnServer } from '../support/spawn-server.js';

function campus(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, campusArgs(args), {
    cwd: SERVER_ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 120_000,
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

  it('migrates, creates an admin, and seeds a living demo school once', async () => {
    const migrate = campus(['migrate'], env);
    expect(migrate.status, migrate.stderr).to.equal(0);
    expect(migrate.stdout).to.contain('up to date');

    const admin = campus(['create-admin', '--username', 'root_admin', '--password', 'root-password-1'], env);
    expect(admin.status, admin.stderr).to.equal(0);
    expect(admin.stdout).to.contain('created');

    const seed = campus(['seed', '--demo'], env);
    expect(seed.status, seed.stderr + seed.stdout).to.equal(0);
    expect(seed.stdout).to.contain('kim_minjun');
    const again = campus(['seed', '--demo'], env);
    expect(again.status).to.equal(0);
    expect(again.stdout).to.contain('already seeded');

    const server = await spawnServer(env);
    try {
      const login = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'kim_minjun', password: 'campus-demo-1234' }),
      });
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

  it('refuses unknown commands and missing arguments with a non-zero exit', () => {
    expect(campus(['frobnicate'], env).status).to.equal(2);
    expect(campus(['create-admin'], { ...env, ADMIN_USERNAME: '', ADMIN_PASSWORD: '' }).status).to.equal(2);
    expect(campus(['seed'], env).status).to.equal(2);
  });
});
