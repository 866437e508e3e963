import { expect } from 'chai';
import { spawnServer } from '../support/spawn-server.js';

describe('the server process', function () {
  this.timeout(60_000);

  it('on SIGTERM finishes the in-flight request, stops accepting, and exits 0', async () => {
    const server = await spawnServer({
      DATABASE_URL: 'memory',
      JWT_SECRET: 'x'.repeat(32),
      BCRYPT_ROUNDS: '13', // a login then takes long enough to be in flight
      ADMIN_USERNAME: 'admin',
      ADMIN_PASSWORD: 'admin-password-1',
    });
    const inFlight = fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'admin-password-1' }),
    });
    await new Promise((r) => setTimeout(r, 100));
    server.child.kill('SIGTERM');
    const response = await inFlight;
    expect(response.status).to.equal(200);
    expect(((await response.json()) as { accessToken?: string }).accessToken).to.be.a('string');
    expect(await server.exit).to.equal(0);
    let refused = false;
    try {
      await fetch(`${server.url}/health`);
    } catch {
      refused = true;
    }
    expect(refused, 'new connections are refused after shutdown').to.equal(true);
  });

  it('logs one JSON line per request with id, method, route, status and duration, and no secrets', async () => {
    const server = await spawnServer({
      DATABASE_URL: 'memory',
      JWT_SECRET: 'x'.repeat(32),
      BCRYPT_ROUNDS: '4',
    });
    try {
      await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'log-check-1' },
        body: JSON.stringify({ username: 'someone', password: 'secret-password-123' }),
      });
    } finally {
      await server.stop();
    }
    const lines = server
      .output()
      .split('\n')
      .filter((line) => line.includes('"log-check-1"'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).to.have.length(1);
    expect(lines[0]).to.include({
      requestId: 'log-check-1',
      method: 'POST',
      route: 'POST /auth/login',
      status: 401,
    });
    expect(lines[0]!.durationMs).to.be.a('number');
    expect(server.output()).not.to.contain('secret-password-123');
  });

  it('refuses to start in production without a JWT secret', async () => {
    let failure = '';
    try {
      await spawnServer({ NODE_ENV: 'production', DATABASE_URL: 'memory', JWT_SECRET: '' });
    } catch (error) {
      failure = String(error);
    }
    expect(failure).to.match(/JWT_SECRET/);
  });
});
