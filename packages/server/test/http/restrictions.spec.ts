import { expect } from 'chai';
import type { Response, Test } from 'supertest';
import { API, ApiClient, expectError, type Member } from '../support/api.js';
import { limitsWorld } from '../support/limits-world.js';
import { STORAGES, startOn } from '../support/storages.js';
import type { TestApp } from '../support/test-app.js';
import { SteppingClock } from '../support/test-clock.js';

const DAY = 24 * 60 * 60_000;

/** A 403 RESTRICTED naming when the restriction ends. */
function restricted(res: Response, until: string): void {
  expectError(res, 403, 'RESTRICTED');
  expect(res.body.error.details).to.deep.equal([{ path: 'until', message: until }]);
}

for (const storage of STORAGES) {
  describe(`Restrictions over HTTP (${storage.name})`, function () {
    this.timeout(30_000);
    let app: TestApp | null = null;
    let clock: SteppingClock;
    let admin: Member;
    let w: Awaited<ReturnType<typeof limitsWorld>>;

    async function start(env: Record<string, string> = {}) {
      clock = new SteppingClock();
      app = await startOn(storage, env, { clock });
      if (!app) return false;
      w = await limitsWorld(app);
      admin = await new ApiClient(app).admin();
      return true;
    }
    afterEach(async () => {
      await app?.close();
      app = null;
    });

    const restrict = (who: Member, userId: string, body: unknown = { days: 7, reason: '반복된 욕설' }) =>
      app!.http
        .post(`${API}/admin/users/${userId}/restrictions`)
        .set(who.auth)
        .send(body as object);
    const lift = (who: Member, userId: string) =>
      app!.http.delete(`${API}/admin/users/${userId}/restrictions`).set(who.auth);

    /** Every write a restriction holds back, by `who`, on things of lee's. */
    async function gatedWrites(who: Member) {
      const post = await app!.http
        .post(`${API}/boards/${w.boardId}/posts`)
        .set(w.lee.auth)
        .send({ title: 'lee', content: '.' })
        .expect(201);
      const comment = await app!.http
        .post(`${API}/posts/${post.body.id}/comments`)
        .set(w.lee.auth)
        .send({ content: 'c' })
        .expect(201);
      const as = (req: Test) => req.set(who.auth);
      return {
        post: () => as(app!.http.post(`${API}/boards/${w.boardId}/posts`)).send({ title: 't', content: 'c' }),
        comment: () => as(app!.http.post(`${API}/posts/${post.body.id}/comments`)).send({ content: 'c' }),
        likePost: () => as(app!.http.post(`${API}/posts/${post.body.id}/like`)),
        likeComment: () => as(app!.http.post(`${API}/comments/${comment.body.id}/like`)),
        reportPost: () =>
          as(app!.http.post(`${API}/posts/${post.body.id}/reports`)).send({ reason: 'abuse' }),
        reportComment: () =>
          as(app!.http.post(`${API}/comments/${comment.body.id}/reports`)).send({ reason: 'abuse' }),
        review: () =>
          as(app!.http.post(`${API}/courses/${w.courseId}/reviews`)).send({ rating: 4, content: '좋아요' }),
        befriend: () => as(app!.http.post(`${API}/friends/requests`)).send({ username: w.park.username }),
      };
    }

    it('given a restriction, then every write answers 403 RESTRICTED with its end, and reading still works', async function () {
      if (!(await start())) return this.skip();
      const writes = await gatedWrites(w.kim);
      const res = await restrict(admin, w.kim.id).expect(201);
      const until = new Date(clock.now().getTime() + 7 * DAY).toISOString();
      expect(res.body).to.deep.equal({ userId: w.kim.id, until: res.body.until, reason: '반복된 욕설' });
      expect(Math.abs(Date.parse(res.body.until as string) - Date.parse(until))).to.be.below(5_000);
      for (const [name, write] of Object.entries(writes)) {
        const answer = await write();
        expect(answer.status, name).to.equal(403);
        restricted(answer, res.body.until as string);
      }
      const me = await app!.http.get(`${API}/me`).set(w.kim.auth).expect(200);
      expect(me.body.restrictedUntil).to.equal(res.body.until);
      await app!.http.get(`${API}/boards/${w.boardId}/posts`).set(w.kim.auth).expect(200);
      const mine = await app!.http.get(`${API}/me/posts`).set(w.kim.auth).expect(200);
      expect(mine.body.items).to.deep.equal([]);
    });

    it('given a restriction lifted, then the member writes again at once', async function () {
      if (!(await start())) return this.skip();
      const writes = await gatedWrites(w.kim);
      await restrict(admin, w.kim.id).expect(201);
      await lift(admin, w.kim.id).expect(204);
      await writes.post().expect(201);
      await writes.likePost().expect(200);
      const me = await app!.http.get(`${API}/me`).set(w.kim.auth).expect(200);
      expect(me.body.restrictedUntil).to.equal(null);
      await lift(admin, w.kim.id).expect(204);
    });

    it('given a restriction of one day, then the member writes again once the day is over', async function () {
      // Tokens that outlive the day, so the answer is about the restriction, not the token.
      if (!(await start({ ACCESS_TOKEN_TTL: '3d' }))) return this.skip();
      const writes = await gatedWrites(w.kim);
      await restrict(admin, w.kim.id, { days: 1, reason: '도배' }).expect(201);
      clock.advance(DAY - 60_000);
      expectError(await writes.comment(), 403, 'RESTRICTED');
      clock.advance(60_000);
      await writes.comment().expect(201);
    });

    it('holds back no one else, and never an admin', async function () {
      if (!(await start())) return this.skip();
      await restrict(admin, w.kim.id).expect(201);
      const leeWrites = await gatedWrites(w.park);
      await leeWrites.post().expect(201);
      await restrict(admin, admin.id).expect(201);
      const adminWrites = await gatedWrites(admin);
      await adminWrites.post().expect(201);
    });

    it('answers 403 FORBIDDEN to members, 404 USER_NOT_FOUND for no such user, and 400 for bad terms', async function () {
      if (!(await start())) return this.skip();
      expectError(await restrict(w.lee, w.kim.id), 403, 'FORBIDDEN');
      expectError(await lift(w.lee, w.kim.id), 403, 'FORBIDDEN');
      expectError(await restrict(admin, `${w.kim.id}0`), 404, 'USER_NOT_FOUND');
      expectError(await lift(admin, '0190b000-0000-7000-8000-000000000000'), 404, 'USER_NOT_FOUND');
      for (const body of [
        { days: 0, reason: 'r' },
        { days: 3651, reason: 'r' },
        { days: 1.5, reason: 'r' },
        { days: 1, reason: '   ' },
        { days: 1 },
        { days: 1, reason: 'r', until: '2030-01-01T00:00:00.000Z' },
      ])
        expectError(await restrict(admin, w.kim.id, body), 400, 'VALIDATION_FAILED');
      const me = await app!.http.get(`${API}/me`).set(w.kim.auth).expect(200);
      expect(me.body.restrictedUntil).to.equal(null);
    });

    it('replays a restriction sent again with the same Idempotency-Key', async function () {
      if (!(await start())) return this.skip();
      const send = () =>
        app!.http
          .post(`${API}/admin/users/${w.kim.id}/restrictions`)
          .set(admin.auth)
          .set('Idempotency-Key', 'restrict-kim-1')
          .send({ days: 3, reason: '도배' });
      const first = await send().expect(201);
      clock.advance(60_000);
      const again = await send().expect(201);
      expect(again.headers['idempotent-replayed']).to.equal('true');
      expect(again.body).to.deep.equal(first.body);
    });
  });
}
