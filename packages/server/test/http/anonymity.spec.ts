import { expect } from 'chai';
import type { Response } from 'supertest';
import { API, type Member } from '../support/api.js';
import { BoardWorld } from '../support/board-world.js';
import { STORAGES, startOn } from '../support/storages.js';
import type { TestApp } from '../support/test-app.js';

/** Whether `secret` appears in `text` on its own: `nick7` is not found inside `nick70`. */
function contains(text: string, secret: string): boolean {
  const escaped = secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![0-9A-Za-z_])${escaped}(?![0-9A-Za-z_])`).test(text);
}

/**
 * Anonymity is sacred: an anonymous author's id, username, nickname and email appear in no body
 * that anyone else receives, on any board endpoint, success or error.
 */
for (const storage of STORAGES) {
  describe(`anonymity across every board endpoint (${storage.name})`, function () {
    this.timeout(60_000);
    let app: TestApp;
    let world: BoardWorld;

    before(async function () {
      const started = await startOn(storage, {
        HOT_THRESHOLD: '1',
        BEST_THRESHOLD: '1',
        REPORT_THRESHOLD: '50',
      });
      if (!started) return this.skip();
      app = started;
      world = await BoardWorld.create(app);
    });
    after(async () => {
      await app?.close();
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
        for (const secret of secrets)
          expect(contains(text, secret), `${what} leaks ${secret}`).to.equal(false);
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

    it('leaves no trace on the remaining endpoints, in headers, placeholders, or through search', async () => {
      const author = await world.member();
      const authorEmail = (await app.http.get(`${API}/me`).set(author.auth)).body.email as string;
      // A real friend: the friends endpoints exist, and a friend is the likeliest to recognise the author.
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
      const readers = { friend, stranger, admin: world.admin };
      const postId = await world.post(author, { title: 'plain question', isQuestion: true });
      const top = await world.comment(author, postId, { content: 'mine' });
      await world.comment(stranger, postId, { content: 'reply to the author', parentId: top });
      const placeholder = await world.post(author, { title: 'second' });
      const parent = await world.comment(author, placeholder, { content: 'soon gone' });
      await world.comment(friend, placeholder, { content: 'still here', parentId: parent });
      await app.http.delete(`${API}/comments/${parent}`).set(author.auth).expect(204);

      const secrets = [author.id, author.username, author.nickname, authorEmail];
      const scan = (what: string, res: Response) => {
        const text = JSON.stringify({ headers: res.headers, body: res.body });
        for (const secret of secrets)
          expect(contains(text, secret), `${what} → ${res.status} leaks ${secret}`).to.equal(false);
      };
      const idsOf = (res: Response) => (res.body.items as { id: string }[]).map((p) => p.id);

      for (const [name, reader] of Object.entries(readers)) {
        const get = async (path: string) => {
          const res = await app.http.get(`${API}${path}`).set(reader.auth).expect(200);
          scan(`${name} GET ${path}`, res);
          return res;
        };
        await get(`/schools/${world.school.id}/boards`);
        expect(idsOf(await get(`/boards/${world.boardId}/posts?isQuestion=true`))).to.include(postId);
        for (const path of ['/me/posts', '/me/commented', '/me/scraps', `/posts/${postId}/comments`])
          await get(path);
        // Search reads titles and contents only: naming the author finds none of their anonymous posts.
        for (const q of [author.nickname, author.username, authorEmail, author.id]) {
          const school = await get(
            `/schools/${world.school.id}/posts?q=${encodeURIComponent(q.slice(0, 50))}`,
          );
          const board = await get(`/boards/${world.boardId}/posts?q=${encodeURIComponent(q.slice(0, 50))}`);
          expect([...idsOf(school), ...idsOf(board)], `search for ${q}`).to.deep.equal([]);
        }
        const shown = await get(`/posts/${placeholder}`);
        expect(shown.body.comments[0]).to.include({
          isDeleted: true,
          content: null,
          author: null,
          isMine: false,
        });
        const refused = [
          await app.http.patch(`${API}/posts/${postId}`).set(reader.auth).send({ content: 'x' }),
          await app.http.patch(`${API}/comments/${top}`).set(reader.auth).send({ content: 'x' }),
        ];
        for (const res of refused) {
          scan(`${name} edit`, res);
          expect(res.status).to.equal(403);
        }
        if (reader !== world.admin) {
          for (const res of [
            await app.http.delete(`${API}/posts/${postId}`).set(reader.auth),
            await app.http.delete(`${API}/comments/${top}`).set(reader.auth),
          ]) {
            scan(`${name} delete`, res);
            expect(res.status).to.equal(403);
          }
        }
        scan(
          `${name} comment`,
          await app.http
            .post(`${API}/posts/${postId}/comments`)
            .set(reader.auth)
            .send({ content: 'hi' })
            .expect(201),
        );
      }
      // An admin's deletions answer 204 and leave nothing behind that names the author.
      scan(
        'admin deletes comment',
        await app.http.delete(`${API}/comments/${top}`).set(world.admin.auth).expect(204),
      );
      scan(
        'admin deletes post',
        await app.http.delete(`${API}/posts/${postId}`).set(world.admin.auth).expect(204),
      );
      scan('friend reads deleted', await app.http.get(`${API}/posts/${postId}`).set(friend.auth).expect(404));

      const own = (await app.http.get(`${API}/me/posts`).set(author.auth)).body.items as {
        author: unknown;
      }[];
      expect(own.map((p) => p.author)).to.deep.equal([
        { id: null, displayName: '익명', isAnonymous: true, isPostAuthor: true },
      ]);
      // A control: the same scan does see the author once they sign a post.
      const signed = await world.post(author, { title: 'signed', isAnonymous: false });
      const seen = JSON.stringify((await app.http.get(`${API}/posts/${signed}`).set(stranger.auth)).body);
      expect([author.id, author.nickname].map((secret) => contains(seen, secret))).to.deep.equal([
        true,
        true,
      ]);
    });
  });
}
