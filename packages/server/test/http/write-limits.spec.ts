import { expect } from 'chai';
import { API, ApiClient, expectError, type Member } from '../support/api.js';
import { limitsWorld, tooFast } from '../support/limits-world.js';
import { STORAGES, startOn } from '../support/storages.js';
import type { TestApp } from '../support/test-app.js';
import { SteppingClock } from '../support/test-clock.js';

for (const storage of STORAGES) {
  describe(`Write limits over HTTP (${storage.name})`, function () {
    this.timeout(30_000);
    let app: TestApp | null = null;
    let clock: SteppingClock;
    let w: Awaited<ReturnType<typeof limitsWorld>>;

    async function start(env: Record<string, string>) {
      clock = new SteppingClock();
      app = await startOn(storage, env, { clock });
      if (!app) return false;
      w = await limitsWorld(app);
      return true;
    }
    afterEach(async () => {
      await app?.close();
      app = null;
    });

    const post = (who: Member, title: string) =>
      app!.http.post(`${API}/boards/${w.boardId}/posts`).set(who.auth).send({ title, content: '.' });
    const comment = (who: Member, postId: string, body: Record<string, unknown> = {}) =>
      app!.http
        .post(`${API}/posts/${postId}/comments`)
        .set(who.auth)
        .send({ content: 'c', ...body });
    const befriend = (who: Member, username: string) =>
      app!.http.post(`${API}/friends/requests`).set(who.auth).send({ username });

    it('given a post, when the member posts again within POST_INTERVAL, then 429 TOO_FAST with Retry-After, and no post', async function () {
      if (!(await start({ POST_INTERVAL: '10s' }))) return this.skip();
      await post(w.kim, 'first').expect(201);
      clock.advance(2_500);
      tooFast(await post(w.kim, 'second'), 8);
      clock.advance(7_400);
      tooFast(await post(w.kim, 'second'), 1);
      await post(w.lee, 'someone else').expect(201);
      const mine = await app!.http.get(`${API}/me/posts`).set(w.kim.auth).expect(200);
      expect(mine.body.items.map((p: { title: string }) => p.title)).to.deep.equal(['first']);
      clock.advance(100);
      await post(w.kim, 'second').expect(201);
    });

    it('given a post refused as invalid, then the member may post at once', async function () {
      if (!(await start({ POST_INTERVAL: '10s' }))) return this.skip();
      expectError(await post(w.kim, ''), 400, 'VALIDATION_FAILED');
      await post(w.kim, 'valid').expect(201);
    });

    it('given a comment, then a reply within COMMENT_INTERVAL gets 429, and one after it goes through', async function () {
      if (!(await start({ COMMENT_INTERVAL: '3s' }))) return this.skip();
      const p = await post(w.lee, 'topic').expect(201);
      const first = await comment(w.kim, p.body.id).expect(201);
      clock.advance(1_000);
      tooFast(await comment(w.kim, p.body.id, { parentId: first.body.id }), 2);
      const thread = await app!.http.get(`${API}/posts/${p.body.id}/comments`).set(w.kim.auth).expect(200);
      expect(thread.body).to.have.length(1);
      clock.advance(2_000);
      await comment(w.kim, p.body.id, { parentId: first.body.id }).expect(201);
    });

    it('given WRITE_BURST other writes in a minute, then friend requests, reports and reviews get 429 until it ends', async function () {
      if (!(await start({ WRITE_BURST: '3' }))) return this.skip();
      const p = await post(w.lee, 'topic').expect(201);
      const c = await comment(w.lee, p.body.id).expect(201);
      await befriend(w.kim, w.lee.username).expect(201);
      clock.advance(20_000);
      await app!.http
        .post(`${API}/posts/${p.body.id}/reports`)
        .set(w.kim.auth)
        .send({ reason: 'spam' })
        .expect(201);
      await app!.http
        .post(`${API}/comments/${c.body.id}/reports`)
        .set(w.kim.auth)
        .send({ reason: 'spam' })
        .expect(201);
      const review = () =>
        app!.http
          .post(`${API}/courses/${w.courseId}/reviews`)
          .set(w.kim.auth)
          .send({ rating: 5, content: 'good' });
      tooFast(await review(), 40);
      tooFast(await befriend(w.kim, w.park.username), 40);
      // Posts are not in the budget, and other members have their own.
      await post(w.kim, 'still mine').expect(201);
      await befriend(w.park, w.lee.username).expect(201);
      clock.advance(40_000);
      await review().expect(201);
    });

    it('given an Idempotency-Key replay, then it is answered as before and takes nothing from the limits', async function () {
      if (!(await start({ POST_INTERVAL: '10s', WRITE_BURST: '2' }))) return this.skip();
      const keyed = (key: string) => post(w.kim, 'once').set('Idempotency-Key', key);
      const first = await keyed('post-1').expect(201);
      const again = await keyed('post-1').expect(201);
      expect(again.headers['idempotent-replayed']).to.equal('true');
      expect(again.body).to.deep.equal(first.body);
      const request = () => befriend(w.kim, w.lee.username).set('Idempotency-Key', 'friend-1');
      await request().expect(201);
      for (let i = 0; i < 3; i++) {
        const replay = await request().expect(201);
        expect(replay.headers['idempotent-replayed']).to.equal('true');
      }
      await befriend(w.kim, w.park.username).expect(201);
      const admin = await new ApiClient(app!).admin();
      tooFast(await befriend(w.kim, admin.username), 60);
    });
  });
}
