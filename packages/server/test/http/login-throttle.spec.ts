import { FixedClock } from '@campus/adapters/system';
import { expect } from 'chai';
import { API, ApiClient, expectError, type Member } from '../support/api.js';
import { STORAGES, startOn } from '../support/storages.js';
import { ADMIN, type TestApp } from '../support/test-app.js';

const RIGHT = 'correct horse battery';
let address = 0;
/** A client address of its own for each test: the per-client counter is shared by the whole app. */
const nextClient = () => ({ 'X-Forwarded-For': `198.51.100.${++address}` });

for (const storage of STORAGES) {
  describe(`login throttling and session lifetimes over HTTP (${storage.name})`, function () {
    let app: TestApp;
    let api: ApiClient;
    let school: { id: string; departmentId: string };
    const clock = new FixedClock(new Date());

    before(async function () {
      const env = {
        LOGIN_MAX_FAILURES: '3',
        TRUST_PROXY: 'on',
        SESSION_MAX_AGE: '1h',
        REFRESH_REUSE_GRACE: '10s',
      };
      const started = await startOn(storage, env, { clock });
      if (!started) return this.skip();
      app = started;
      api = new ApiClient(app);
      school = await api.school();
    });
    after(async () => {
      await app?.close();
    });

    const login = (body: Record<string, string>, client = nextClient()) =>
      app.http.post(`${API}/auth/login`).set(client).send(body);

    describe('POST /auth/login', () => {
      it('answers a device token with every login, and takes it back on the next', async () => {
        const member = await api.signUp(school);
        const res = await login({ username: member.username, password: RIGHT });
        expect(res.status).to.equal(200);
        expect(res.body).to.have.all.keys('user', 'accessToken', 'refreshToken', 'deviceToken');
        expect(res.body.deviceToken).to.be.a('string').and.not.include(member.id);
        const again = await login({
          username: member.username,
          password: RIGHT,
          deviceToken: res.body.deviceToken,
        });
        expect(again.status).to.equal(200);
        const junk = await login({ username: member.username, password: RIGHT, deviceToken: 'junk' });
        expect(junk.status).to.equal(200);
      });

      it('never logs in a padded spelling, and counts it against the canonical username', async () => {
        const member = await api.signUp(school);
        const client = nextClient();
        for (const username of [
          `${member.username} `,
          `${member.username.toUpperCase()}  `,
          member.username,
        ]) {
          const res = await login(
            { username, password: username === member.username ? 'wrong!' : RIGHT },
            client,
          );
          expectError(res, 401, 'INVALID_CREDENTIALS');
        }
        expectError(
          await login({ username: member.username, password: RIGHT }, client),
          429,
          'TOO_MANY_ATTEMPTS',
        );
      });

      it('locks out unknown devices, never a device the user logged in from before', async () => {
        const member = await api.signUp(school);
        const { deviceToken } = (await login({ username: member.username, password: RIGHT })).body;
        for (let i = 0; i < 3; i++) await login({ username: member.username, password: 'guess!' });
        const stranger = await login({ username: member.username, password: RIGHT });
        expectError(stranger, 429, 'TOO_MANY_ATTEMPTS');
        expect(Number(stranger.headers['retry-after'])).to.be.within(1, 15 * 60);
        const known = await login({ username: member.username, password: RIGHT, deviceToken });
        expect(known.status, JSON.stringify(known.body)).to.equal(200);
      });

      it('refuses a password over 72 bytes with the same 401 as a wrong one', async () => {
        const password = '가'.repeat(24); // exactly 72 bytes: everything bcrypt reads
        const member = await api.signUp(school, { password });
        const long = await login({ username: member.username, password: `${password}suffix` });
        const wrong = await login({ username: member.username, password: 'wrong password' });
        expectError(long, 401, 'INVALID_CREDENTIALS');
        expect(long.body).to.deep.equal(wrong.body);
        expect((await login({ username: member.username, password })).status).to.equal(200);
      });

      it('answers 429 to a client that failed over 100 usernames, and only to it', async () => {
        const client = nextClient();
        const statuses: number[] = [];
        for (let i = 0; i < 100; i++)
          statuses.push(
            (await login({ username: `ghost_${address}_${i}`, password: 'nope nope' }, client)).status,
          );
        expect(statuses.slice(0, 50)).to.deep.equal(Array(50).fill(401));
        expect(statuses.slice(50)).to.deep.equal(Array(50).fill(429));
        const member = await api.signUp(school);
        expect((await login({ username: member.username, password: RIGHT }, client)).status).to.equal(429);
        expect((await login({ username: member.username, password: RIGHT })).status).to.equal(200);
      });
    });

    describe('POST /me/password', () => {
      const change = (
        member: Member,
        currentPassword: string,
        newPassword = 'a new password!',
        client = nextClient(),
      ) =>
        app.http
          .post(`${API}/me/password`)
          .set(member.auth)
          .set(client)
          .send({ currentPassword, newPassword });

      it('counts wrong current passwords as failed logins, then answers 429', async () => {
        const member = await api.signUp(school);
        await login({ username: member.username, password: 'guess!' });
        expectError(await change(member, 'guess!!'), 401, 'INVALID_CREDENTIALS');
        expectError(await change(member, 'guess!!!'), 401, 'INVALID_CREDENTIALS');
        const res = await change(member, RIGHT);
        expectError(res, 429, 'TOO_MANY_ATTEMPTS');
        expect(Number(res.headers['retry-after'])).to.be.above(0);
        expectError(await login({ username: member.username, password: RIGHT }), 429, 'TOO_MANY_ATTEMPTS');
      });

      it('answers 401 to a current password over 72 bytes and 400 to a new one', async () => {
        const password = '가'.repeat(24);
        const member = await api.signUp(school, { password });
        expectError(await change(member, `${password}x`), 401, 'INVALID_CREDENTIALS');
        const res = await change(member, password, '나'.repeat(25));
        expectError(res, 400, 'VALIDATION_FAILED');
        expect(res.body.error.details[0].path).to.equal('newPassword');
        expect((await login({ username: member.username, password })).status).to.equal(200);
      });
    });

    describe('sessions', () => {
      it('ends a session at login + SESSION_MAX_AGE however often it is refreshed', async () => {
        const member = await api.signUp(school);
        let pair = { accessToken: member.accessToken, refreshToken: member.refreshToken };
        for (let i = 0; i < 5; i++) {
          clock.advance(11 * 60_000);
          pair = (
            await app.http.post(`${API}/auth/refresh`).send({ refreshToken: pair.refreshToken }).expect(200)
          ).body;
        }
        clock.advance(6 * 60_000); // 61 minutes after login; the access token is 6 minutes old
        expectError(
          await app.http.get(`${API}/me`).set({ Authorization: `Bearer ${pair.accessToken}` }),
          401,
          'SESSION_EXPIRED',
        );
        expectError(
          await app.http.post(`${API}/auth/refresh`).send({ refreshToken: pair.refreshToken }),
          401,
          'SESSION_EXPIRED',
        );
      });

      it('gives both of two racing refreshes a pair, and keeps the session alive', async () => {
        const member = await api.signUp(school);
        const results = await Promise.all(
          [1, 2].map(() => app.http.post(`${API}/auth/refresh`).send({ refreshToken: member.refreshToken })),
        );
        expect(results.map((r) => r.status)).to.deep.equal([200, 200]);
        for (const { body } of results) {
          await app.http
            .get(`${API}/me`)
            .set({ Authorization: `Bearer ${body.accessToken}` })
            .expect(200);
          await app.http.post(`${API}/auth/refresh`).send({ refreshToken: body.refreshToken }).expect(200);
        }
      });

      it('answers a token presented again within the grace with a pair, and after it with reuse that revokes the session', async () => {
        const member = await api.signUp(school);
        const refresh = () =>
          app.http.post(`${API}/auth/refresh`).send({ refreshToken: member.refreshToken });
        const next = (await refresh().expect(200)).body;
        clock.advance(10_000);
        const replay = (await refresh().expect(200)).body;
        clock.advance(1);
        expectError(await refresh(), 401, 'REFRESH_TOKEN_REUSED');
        for (const pair of [next, replay])
          expectError(
            await app.http.get(`${API}/me`).set({ Authorization: `Bearer ${pair.accessToken}` }),
            401,
            'SESSION_REVOKED',
          );
      });
    });
  });

  describe(`a burst of parallel logins (${storage.name})`, function () {
    let app: TestApp;

    before(async function () {
      // A bcrypt cost that makes each check take a while: the burst must overlap its own checks.
      const started = await startOn(storage, { LOGIN_MAX_FAILURES: '3', BCRYPT_ROUNDS: '8' });
      if (!started) return this.skip();
      app = started;
    });
    after(async () => {
      await app?.close();
    });

    it('evaluates at most the limit of wrong passwords when 40 attempts (39 wrong, 1 right) race', async () => {
      const api = new ApiClient(app);
      const member = await api.signUp(await api.school());
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          app.http
            .post(`${API}/auth/login`)
            .send({ username: member.username, password: i === 17 ? RIGHT : `wrong ${i}` }),
        ),
      );
      const statuses = results.map((r) => r.status);
      // A 401 is one wrong password checked; a 429 is an attempt refused before its check.
      expect(statuses.filter((s) => s === 401).length).to.be.at.most(3);
      expect(statuses.filter((s) => s !== 401 && s !== 429 && s !== 200)).to.deep.equal([]);
      for (const r of results.filter((r) => r.status === 429))
        expect(Number(r.headers['retry-after'])).to.be.above(0);
    });
  });
}

describe('client address and TRUST_PROXY', function () {
  const ghost = (app: TestApp, i: number) =>
    app.http
      .post(`${API}/auth/login`)
      .set({ 'X-Forwarded-For': `203.0.113.${i}` })
      .send({ username: `ghost_${i}`, password: 'nope nope' });

  it('given TRUST_PROXY off, when X-Forwarded-For changes, then the socket is still one client', async () => {
    const app = (await startOn(STORAGES[0]!, { LOGIN_MAX_PER_CLIENT: '3' }))!;
    try {
      for (let i = 0; i < 3; i++) expectError(await ghost(app, i), 401, 'INVALID_CREDENTIALS');
      expectError(await ghost(app, 99), 429, 'TOO_MANY_ATTEMPTS');
      // A full client is refused before any password is checked, the right one too.
      expectError(await app.http.post(`${API}/auth/login`).send(ADMIN), 429, 'TOO_MANY_ATTEMPTS');
    } finally {
      await app.close();
    }
  });

  it('given TRUST_PROXY on, when X-Forwarded-For changes, then each address counts apart', async () => {
    const app = (await startOn(STORAGES[0]!, { LOGIN_MAX_PER_CLIENT: '3', TRUST_PROXY: 'on' }))!;
    try {
      for (let i = 0; i < 6; i++) expectError(await ghost(app, i), 401, 'INVALID_CREDENTIALS');
    } finally {
      await app.close();
    }
  });
});
