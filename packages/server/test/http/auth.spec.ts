import { expect } from 'chai';
import jwt from 'jsonwebtoken';
import { API, ApiClient, expectError, type Member } from '../support/api.js';
import { STORAGES, startOn } from '../support/storages.js';
import type { TestApp } from '../support/test-app.js';

const SECRET = 'test-secret-that-is-long-enough-for-hs256!';

for (const storage of STORAGES) {
  describe(`auth and account over HTTP (${storage.name})`, function () {
    let app: TestApp;
    let api: ApiClient;
    let school: { id: string; departmentId: string };

    before(async function () {
      // No reuse grace: a token presented again is reuse at once (the grace has its own suite).
      const started = await startOn(storage, { LOGIN_MAX_FAILURES: '3', REFRESH_REUSE_GRACE: '0s' });
      if (!started) return this.skip();
      app = started;
      api = new ApiClient(app);
      school = await api.school();
    });
    after(async () => {
      await app?.close();
    });

    describe('POST /auth/signup', () => {
      it('creates the account and answers 201 with Me and two tokens', async () => {
        const res = await app.http.post(`${API}/auth/signup`).send({
          username: 'new_user',
          password: 'correct horse battery',
          email: 'New.User@Example.com',
          nickname: '새내기',
          schoolId: school.id,
          departmentId: school.departmentId,
        });
        expect(res.status).to.equal(201);
        expect(res.body.user).to.have.all.keys(
          'id',
          'username',
          'email',
          'nickname',
          'role',
          'school',
          'department',
          'joinedAt',
          'verified',
          'restrictedUntil',
        );
        expect(res.body.user).to.include({
          username: 'new_user',
          email: 'new.user@example.com',
          nickname: '새내기',
          role: 'user',
          verified: false,
          restrictedUntil: null,
        });
        expect(res.body.user.school).to.deep.equal({ id: school.id, name: res.body.user.school.name });
        expect(new Date(res.body.user.joinedAt).toISOString()).to.equal(res.body.user.joinedAt);
        expect(res.body.accessToken).to.be.a('string');
        expect(res.body.refreshToken).to.be.a('string').and.not.equal(res.body.accessToken);
        expect(JSON.stringify(res.body)).not.to.match(/password|hash/i);
      });

      it('refuses a taken username, email or nickname with 409 and its own code', async () => {
        const taken = await api.signUp(school);
        const me = (await app.http.get(`${API}/me`).set(taken.auth).expect(200)).body;
        expectError(
          await app.http.post(`${API}/auth/signup`).send(body({ username: taken.username })),
          409,
          'USERNAME_TAKEN',
        );
        expectError(
          await app.http.post(`${API}/auth/signup`).send(body({ email: me.email.toUpperCase() })),
          409,
          'EMAIL_TAKEN',
        );
        expectError(
          await app.http.post(`${API}/auth/signup`).send(body({ nickname: taken.nickname })),
          409,
          'NICKNAME_TAKEN',
        );
      });

      it('gives exactly one 201 when eight signups race for one username', async () => {
        const results = await Promise.all(
          Array.from({ length: 8 }, (_, i) =>
            app.http
              .post(`${API}/auth/signup`)
              .send(body({ username: 'racer_one', email: `racer${i}@example.com`, nickname: `racer${i}` })),
          ),
        );
        const statuses = results.map((r) => r.status).sort();
        expect(statuses).to.deep.equal([201, 409, 409, 409, 409, 409, 409, 409]);
        for (const r of results.filter((r) => r.status === 409))
          expect(r.body.error.code).to.equal('USERNAME_TAKEN');
      });

      it('answers 404 for an unknown school or a department of another school', async () => {
        const other = await api.school();
        expectError(
          await app.http.post(`${API}/auth/signup`).send(body({ schoolId: 'nope' })),
          404,
          'SCHOOL_NOT_FOUND',
        );
        expectError(
          await app.http.post(`${API}/auth/signup`).send(body({ departmentId: other.departmentId })),
          404,
          'DEPARTMENT_NOT_FOUND',
        );
      });

      const invalid: [string, Record<string, unknown>, string][] = [
        ['a short username', { username: 'abc' }, 'username'],
        ['an uppercase username', { username: 'Abcdef' }, 'username'],
        ['a short password', { password: 'short' }, 'password'],
        ['a password over 72 bytes', { password: '가'.repeat(25) }, 'password'],
        ['a bad email', { email: 'not-an-email' }, 'email'],
        ['a one-letter nickname', { nickname: 'x' }, 'nickname'],
        ['a number for a string', { username: 12345 }, 'username'],
        ['a field the endpoint does not accept', { role: 'admin' }, 'role'],
      ];
      invalid.forEach(([what, patch, path], i) => {
        it(`answers 400 VALIDATION_FAILED for ${what}, and writes nothing`, async () => {
          const username = `valid_name_${i}`;
          const attempt = body({ username, email: `valid${i}@example.com`, nickname: `valid${i}`, ...patch });
          const res = await app.http.post(`${API}/auth/signup`).send(attempt);
          expectError(res, 400, 'VALIDATION_FAILED');
          expect(res.body.error.details.map((d: { path: string }) => d.path).join(' ')).to.contain(path);
          const login = await app.http
            .post(`${API}/auth/login`)
            .send({ username, password: 'correct horse battery' });
          expectError(login, 401, 'INVALID_CREDENTIALS');
        });
      });

      it('answers 400 when a required field is missing', async () => {
        const { nickname: _omitted, ...rest } = body({});
        const res = await app.http.post(`${API}/auth/signup`).send(rest);
        expectError(res, 400, 'VALIDATION_FAILED');
        expect(res.body.error.details[0].path).to.equal('nickname');
      });
    });

    describe('POST /auth/login', () => {
      it('logs in with the right password', async () => {
        const member = await api.signUp(school);
        const res = await app.http
          .post(`${API}/auth/login`)
          .send({ username: member.username, password: 'correct horse battery' });
        expect(res.status).to.equal(200);
        expect(res.body.user.id).to.equal(member.id);
        await app.http
          .get(`${API}/me`)
          .set({ Authorization: `Bearer ${res.body.accessToken}` })
          .expect(200);
      });

      it('answers the same 401 for an unknown user and a wrong password', async () => {
        const member = await api.signUp(school);
        const wrong = await app.http
          .post(`${API}/auth/login`)
          .send({ username: member.username, password: 'wrong password!' });
        const unknown = await app.http
          .post(`${API}/auth/login`)
          .send({ username: 'nobody_here', password: 'wrong password!' });
        expectError(wrong, 401, 'INVALID_CREDENTIALS');
        expect(unknown.status).to.equal(401);
        expect(unknown.body).to.deep.equal(wrong.body);
      });

      it('answers 429 with Retry-After once the failures reach the limit, even for the right password', async () => {
        const member = await api.signUp(school);
        for (let i = 0; i < 3; i++) {
          expectError(
            await app.http
              .post(`${API}/auth/login`)
              .send({ username: member.username, password: 'nope nope' }),
            401,
            'INVALID_CREDENTIALS',
          );
        }
        const res = await app.http
          .post(`${API}/auth/login`)
          .send({ username: member.username, password: 'correct horse battery' });
        expectError(res, 429, 'TOO_MANY_ATTEMPTS');
        expect(Number(res.headers['retry-after'])).to.be.within(1, 15 * 60);
      });
    });

    describe('POST /auth/refresh', () => {
      it('rotates: the new pair works and the old refresh token is used up', async () => {
        const member = await api.signUp(school);
        const res = await app.http
          .post(`${API}/auth/refresh`)
          .send({ refreshToken: member.refreshToken })
          .expect(200);
        expect(res.body).to.have.all.keys('accessToken', 'refreshToken');
        expect(res.body.refreshToken).not.to.equal(member.refreshToken);
        await app.http
          .get(`${API}/me`)
          .set({ Authorization: `Bearer ${res.body.accessToken}` })
          .expect(200);
        await app.http.post(`${API}/auth/refresh`).send({ refreshToken: res.body.refreshToken }).expect(200);
      });

      it('treats a used-up token as reuse and revokes the whole session', async () => {
        const member = await api.signUp(school);
        const next = (
          await app.http.post(`${API}/auth/refresh`).send({ refreshToken: member.refreshToken }).expect(200)
        ).body;
        expectError(
          await app.http.post(`${API}/auth/refresh`).send({ refreshToken: member.refreshToken }),
          401,
          'REFRESH_TOKEN_REUSED',
        );
        expectError(
          await app.http.post(`${API}/auth/refresh`).send({ refreshToken: next.refreshToken }),
          401,
          'INVALID_REFRESH_TOKEN',
        );
        expectError(
          await app.http.get(`${API}/me`).set({ Authorization: `Bearer ${next.accessToken}` }),
          401,
          'SESSION_REVOKED',
        );
      });

      it('gives one success when two refreshes race with one token', async () => {
        const member = await api.signUp(school);
        const results = await Promise.all(
          [1, 2].map(() => app.http.post(`${API}/auth/refresh`).send({ refreshToken: member.refreshToken })),
        );
        expect(results.map((r) => r.status).sort()).to.deep.equal([200, 401]);
      });

      it('refuses an unknown token and an access token', async () => {
        const member = await api.signUp(school);
        expectError(
          await app.http.post(`${API}/auth/refresh`).send({ refreshToken: 'made-up' }),
          401,
          'INVALID_REFRESH_TOKEN',
        );
        expectError(
          await app.http.post(`${API}/auth/refresh`).send({ refreshToken: member.accessToken }),
          401,
          'INVALID_REFRESH_TOKEN',
        );
      });
    });

    describe('POST /auth/logout', () => {
      it('ends the session: its access and refresh tokens stop working at once', async () => {
        const member = await api.signUp(school);
        await app.http
          .post(`${API}/auth/logout`)
          .set(member.auth)
          .send({ refreshToken: member.refreshToken })
          .expect(204);
        expectError(await app.http.get(`${API}/me`).set(member.auth), 401, 'SESSION_REVOKED');
        expectError(
          await app.http.post(`${API}/auth/refresh`).send({ refreshToken: member.refreshToken }),
          401,
          'INVALID_REFRESH_TOKEN',
        );
      });

      it('needs an access token, and refuses another user’s refresh token', async () => {
        const [a, b] = [await api.signUp(school), await api.signUp(school)];
        expectError(
          await app.http.post(`${API}/auth/logout`).send({ refreshToken: a.refreshToken }),
          401,
          'UNAUTHENTICATED',
        );
        expectError(
          await app.http.post(`${API}/auth/logout`).set(a.auth).send({ refreshToken: b.refreshToken }),
          401,
          'INVALID_REFRESH_TOKEN',
        );
        await app.http.get(`${API}/me`).set(b.auth).expect(200);
      });
    });

    describe('access tokens', () => {
      let member: Member;
      before(async () => {
        member = await api.signUp(school);
      });
      const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
      const sid = () => (jwt.decode(member.accessToken) as { sid: string }).sid;

      it('answers 401 UNAUTHENTICATED without a token, or with garbage', async () => {
        expectError(await app.http.get(`${API}/me`), 401, 'UNAUTHENTICATED');
        expectError(await app.http.get(`${API}/me`).set(bearer('garbage')), 401, 'UNAUTHENTICATED');
        expectError(
          await app.http.get(`${API}/me`).set({ Authorization: member.accessToken }),
          401,
          'UNAUTHENTICATED',
        );
      });

      it('answers 401 TOKEN_EXPIRED for an expired token', async () => {
        const expired = jwt.sign(
          { sub: member.id, sid: sid(), iss: 'campus', exp: Math.floor(Date.now() / 1000) - 10 },
          SECRET,
        );
        expectError(await app.http.get(`${API}/me`).set(bearer(expired)), 401, 'TOKEN_EXPIRED');
      });

      it('refuses alg none, another key, and tokens without exp, sub or sid', async () => {
        const now = Math.floor(Date.now() / 1000);
        const none = jwt.sign({ sub: member.id, sid: sid(), iss: 'campus', exp: now + 60 }, '', {
          algorithm: 'none',
        });
        const otherKey = jwt.sign(
          { sub: member.id, sid: sid(), iss: 'campus', exp: now + 60 },
          'another-secret-another-secret-another',
        );
        const noExp = jwt.sign({ sub: member.id, sid: sid(), iss: 'campus' }, SECRET);
        const noSub = jwt.sign({ sid: sid(), iss: 'campus', exp: now + 60 }, SECRET);
        const noSid = jwt.sign({ sub: member.id, iss: 'campus', exp: now + 60 }, SECRET);
        const unknownSid = jwt.sign(
          { sub: member.id, sid: 'no-such-session', iss: 'campus', exp: now + 60 },
          SECRET,
        );
        for (const token of [none, otherKey, noExp, noSub, noSid, unknownSid]) {
          expectError(await app.http.get(`${API}/me`).set(bearer(token)), 401, 'UNAUTHENTICATED');
        }
      });
    });

    describe('account', () => {
      it('GET /me shows my account; PATCH /me changes my nickname; a taken one is 409', async () => {
        const [a, b] = [await api.signUp(school), await api.signUp(school)];
        const me = await app.http.get(`${API}/me`).set(a.auth).expect(200);
        expect(me.body).to.include({ id: a.id, username: a.username, role: 'user' });
        const changed = await app.http
          .patch(`${API}/me`)
          .set(a.auth)
          .send({ nickname: '바뀐닉' })
          .expect(200);
        expect(changed.body.nickname).to.equal('바뀐닉');
        expectError(
          await app.http.patch(`${API}/me`).set(a.auth).send({ nickname: b.nickname }),
          409,
          'NICKNAME_TAKEN',
        );
        expectError(
          await app.http.patch(`${API}/me`).set(a.auth).send({ role: 'admin' }),
          400,
          'VALIDATION_FAILED',
        );
        expect((await app.http.get(`${API}/me`).set(a.auth)).body.role).to.equal('user');
      });

      it('POST /me/password ends every other session and keeps this one', async () => {
        const a = await api.signUp(school);
        const other = (
          await app.http
            .post(`${API}/auth/login`)
            .send({ username: a.username, password: 'correct horse battery' })
        ).body;
        expectError(
          await app.http
            .post(`${API}/me/password`)
            .set(a.auth)
            .send({ currentPassword: 'wrong one!', newPassword: 'a brand new secret' }),
          401,
          'INVALID_CREDENTIALS',
        );
        await app.http
          .post(`${API}/me/password`)
          .set(a.auth)
          .send({ currentPassword: 'correct horse battery', newPassword: 'a brand new secret' })
          .expect(204);
        await app.http.get(`${API}/me`).set(a.auth).expect(200);
        expectError(
          await app.http.get(`${API}/me`).set({ Authorization: `Bearer ${other.accessToken}` }),
          401,
          'SESSION_REVOKED',
        );
        await app.http
          .post(`${API}/auth/login`)
          .send({ username: a.username, password: 'a brand new secret' })
          .expect(200);
      });

      it('GET /users/:username shows the public profile, 404 for nobody', async () => {
        const a = await api.signUp(school);
        const res = await app.http.get(`${API}/users/${a.username}`).set(a.auth).expect(200);
        expect(res.body).to.have.all.keys('id', 'username', 'nickname', 'joinedAt');
        expectError(await app.http.get(`${API}/users/nobody_at_all`).set(a.auth), 404, 'USER_NOT_FOUND');
      });
    });

    function body(overrides: Record<string, unknown>) {
      return {
        username: 'someone_new',
        password: 'correct horse battery',
        email: 'someone@example.com',
        nickname: 'someone',
        schoolId: school.id,
        departmentId: school.departmentId,
        ...overrides,
      };
    }
  });
}
