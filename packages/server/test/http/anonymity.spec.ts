import { expect } from 'chai';
import type { Response } from 'supertest';
import { API, type Member } from '../support/api.js';
import { BoardWorld } from '../support/board-world.js';
import { STORAGES } from '../support/storages.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Anonymity is sacred: an anonymous author's id, username, nickname and email appear in no body
 * that anyone else receives, on any board endpoint, success or error.
 */
for (const storage of STORAGES) {
  describe(`anonymity across every board endpoint (${storage.name})`, function () {
    this.timeout(60_000);
    let app: TestApp;
    let world: BoardWorld;
    let dispose: () => Promise<void>;

    before(async function () {
      const store = await storage.open();
      if (!store) return this.skip();
      dispose = store.dispose;
      app = await startTestApp(store.url, {
        HOT_THRESHOLD: '1',
        BEST_THRESHOLD: '1',
        REPORT_THRESHOLD: '50',
      });
      world = await BoardWorld.create(app);
    });
    after(async () => {
      await app?.close();
      await dispose?.();
    });

    it('never shows the author to the friend, a stranger of the school, or an admin', async () => {
      const author = await world.member();
      const authorEmail = (await app.http.get(`${API}/me`).set(author.auth)).body.email as string;
      const [friend, stranger] = [await world.member(), await world.member()];
      await app.http
        .post(`${API}/friends/requests`)
        .set(author.auth)
        .send({ username: friend.username })
        .expect(201);
      await app.http
        .post(`${API}/friends/requests`)
        .set(friend.auth)
        .send({ username: author.username })
        .expect(200);
      const readers: Member[] = [friend, stranger, world.admin];

      const postId = await world.post(author, {
        title: 'anonymous question',
        content: 'who am I',
        isQuestion: true,
      });
      const commentId = await world.comment(author, postId, { content: 'author speaks' });
      const friendComment = await world.comment(friend, postId, { content: 'friend answers' });
      const replyId = await world.comment(author, postId, {
        content: 'author replies',
        parentId: friendComment,
      });

      const bodies: { what: string; body: unknown }[] = [];
      const record = (what: string, res: Response) =>
        bodies.push({ what: `${what} → ${res.status}`, body: res.body });
      const q = encodeURIComponent('anonymous');

      for (const reader of readers) {
        const as = (what: string) =>
          `${reader === world.admin ? 'admin' : reader === friend ? 'friend' : 'stranger'} ${what}`;
        record(as('GET post'), await app.http.get(`${API}/posts/${postId}`).set(reader.auth));
        record(as('GET comments'), await app.http.get(`${API}/posts/${postId}/comments`).set(reader.auth));
        record(as('board page'), await app.http.get(`${API}/boards/${world.boardId}/posts`).set(reader.auth));
        record(
          as('board search'),
          await app.http.get(`${API}/boards/${world.boardId}/posts?q=${q}`).set(reader.auth),
        );
        record(
          as('school search'),
          await app.http.get(`${API}/schools/${world.school.id}/posts?q=${q}`).set(reader.auth),
        );
        record(as('like post'), await app.http.post(`${API}/posts/${postId}/like`).set(reader.auth));
        record(as('like again'), await app.http.post(`${API}/posts/${postId}/like`).set(reader.auth));
        record(as('HOT'), await app.http.get(`${API}/schools/${world.school.id}/hot`).set(reader.auth));
        record(as('BEST'), await app.http.get(`${API}/schools/${world.school.id}/best`).set(reader.auth));
        record(as('scrap'), await app.http.post(`${API}/posts/${postId}/scrap`).set(reader.auth));
        record(as('my scraps'), await app.http.get(`${API}/me/scraps`).set(reader.auth));
        record(as('my commented'), await app.http.get(`${API}/me/commented`).set(reader.auth));
        record(as('unscrap'), await app.http.delete(`${API}/posts/${postId}/scrap`).set(reader.auth));
        record(
          as('report post'),
          await app.http.post(`${API}/posts/${postId}/reports`).set(reader.auth).send({ reason: 'spam' }),
        );
        record(
          as('report again'),
          await app.http.post(`${API}/posts/${postId}/reports`).set(reader.auth).send({ reason: 'spam' }),
        );
        record(as('like comment'), await app.http.post(`${API}/comments/${commentId}/like`).set(reader.auth));
        record(as('like reply'), await app.http.post(`${API}/comments/${replyId}/like`).set(reader.auth));
        record(
          as('report comment'),
          await app.http
            .post(`${API}/comments/${commentId}/reports`)
            .set(reader.auth)
            .send({ reason: 'abuse' }),
        );
        record(
          as('edit author comment'),
          await app.http.patch(`${API}/comments/${commentId}`).set(reader.auth).send({ content: 'x' }),
        );
        record(
          as('edit author post'),
          await app.http.patch(`${API}/posts/${postId}`).set(reader.auth).send({ title: 'x' }),
        );
        record(
          as('reply'),
          await app.http
            .post(`${API}/posts/${postId}/comments`)
            .set(reader.auth)
            .send({ content: 'hi', parentId: commentId }),
        );
        record(
          as('bad parent'),
          await app.http
            .post(`${API}/posts/${postId}/comments`)
            .set(reader.auth)
            .send({ content: 'hi', parentId: replyId }),
        );
      }
      record(
        'author edits a locked question',
        await app.http.patch(`${API}/posts/${postId}`).set(author.auth).send({ title: 'x' }),
      );

      const secrets = [author.id, author.username, author.nickname, authorEmail];
      for (const { what, body } of bodies) {
        const text = JSON.stringify(body);
        for (const secret of secrets) expect(text, `${what} leaks ${secret}`).not.to.contain(secret);
      }
      expect(bodies.length).to.be.greaterThan(60);

      const own = (await app.http.get(`${API}/posts/${postId}`).set(author.auth)).body;
      expect(own.viewer.isAuthor).to.equal(true);
      expect(own.author).to.deep.equal({
        id: null,
        displayName: '익명',
        isAnonymous: true,
        isPostAuthor: true,
      });
      const mine = own.comments.find((c: { id: string }) => c.id === commentId);
      expect(mine).to.include({ isMine: true });
      expect(mine.author).to.deep.equal({
        id: null,
        displayName: '익명(글쓴이)',
        isAnonymous: true,
        isPostAuthor: true,
      });
      const seenByFriend = (await app.http.get(`${API}/posts/${postId}`).set(friend.auth)).body;
      expect(seenByFriend.viewer.isAuthor).to.equal(false);
      expect(seenByFriend.comments.find((c: { id: string }) => c.id === commentId).isMine).to.equal(false);
    });
  });
}
