import { expect } from 'chai';
import { API, expectError, type Member } from '../support/api.js';
import { BoardWorld } from '../support/board-world.js';
import { STORAGES, startOn } from '../support/storages.js';
import type { TestApp } from '../support/test-app.js';
import { SteppingClock } from '../support/test-clock.js';

interface CommentBody {
  id: string;
  content: string | null;
  author: { id: string | null; displayName: string; isAnonymous: boolean; isPostAuthor: boolean } | null;
  isDeleted: boolean;
  isMine: boolean;
  createdAt: string;
  updatedAt: string;
  replies?: CommentBody[];
}

for (const storage of STORAGES) {
  describe(`comments over HTTP (${storage.name})`, function () {
    this.timeout(60_000);
    let app: TestApp;
    const clock = new SteppingClock();
    let world: BoardWorld;
    let alice: Member;
    let bob: Member;
    let carol: Member;

    before(async function () {
      const started = await startOn(storage, { REPORT_THRESHOLD: '2' }, { clock });
      if (!started) return this.skip();
      app = started;
      world = await BoardWorld.create(app);
      [alice, bob, carol] = [await world.member(), await world.member(), await world.member()];
    });
    after(async () => {
      await app?.close();
    });

    async function tree(postId: string, who: Member): Promise<CommentBody[]> {
      const listed = (await app.http.get(`${API}/posts/${postId}/comments`).set(who.auth).expect(200)).body;
      const post = (await app.http.get(`${API}/posts/${postId}`).set(who.auth).expect(200)).body;
      expect(post.comments, 'the post and its comment list agree').to.deep.equal(listed);
      return listed as CommentBody[];
    }
    const names = (comments: CommentBody[]): string[] =>
      comments.flatMap((c) => [
        `${c.content}:${c.author?.displayName ?? '-'}`,
        ...names(c.replies ?? []).map((r) => `  ${r}`),
      ]);

    it('numbers anonymous commenters per post, replies included, from their first anonymous comment', async () => {
      const named = await world.post(alice, { isAnonymous: false });
      await world.comment(bob, named, { content: 'b named', isAnonymous: false });
      const c1 = await world.comment(carol, named, { content: 'c anon' });
      await world.comment(bob, named, { content: 'b anon', parentId: c1 });
      await world.comment(alice, named, { content: 'a anon' });
      await world.comment(alice, named, { content: 'a named', isAnonymous: false });
      const comments = await tree(named, carol);
      expect(names(comments)).to.deep.equal([
        `b named:${bob.nickname}`,
        'c anon:익명1',
        '  b anon:익명2',
        // Under a named post the author is numbered like anyone: 익명(글쓴이) would unmask them.
        'a anon:익명3',
        `a named:${alice.nickname}`,
      ]);
      expect(comments.map((c) => c.author?.isPostAuthor)).to.deep.equal([false, false, false, true]);

      const anonymous = await world.post(bob);
      await world.comment(alice, anonymous, { content: 'a anon' });
      await world.comment(bob, anonymous, { content: 'b anon' });
      await world.comment(bob, anonymous, { content: 'b named', isAnonymous: false });
      await world.comment(carol, anonymous, { content: 'c anon' });
      const second = await tree(anonymous, alice);
      expect(names(second)).to.deep.equal([
        'a anon:익명1',
        'b anon:익명(글쓴이)',
        `b named:${bob.nickname}`,
        'c anon:익명2',
      ]);
      expect(second.map((c) => c.author?.isPostAuthor)).to.deep.equal([false, true, false, false]);
      expect(second.map((c) => c.isMine)).to.deep.equal([true, false, false, false]);
    });

    it('lets only the comment’s author delete it, or an admin; never the post’s author', async () => {
      const postId = await world.post(alice);
      const [mine, theirs] = [await world.comment(bob, postId), await world.comment(carol, postId)];
      expectError(await app.http.delete(`${API}/comments/${mine}`).set(alice.auth), 403, 'NOT_AUTHOR');
      expectError(await app.http.delete(`${API}/comments/${mine}`).set(carol.auth), 403, 'NOT_AUTHOR');
      await app.http.delete(`${API}/comments/${mine}`).set(bob.auth).expect(204);
      await app.http.delete(`${API}/comments/${theirs}`).set(world.admin.auth).expect(204);
      expectError(await app.http.delete(`${API}/comments/${mine}`).set(bob.auth), 404, 'COMMENT_NOT_FOUND');
      expect(await tree(postId, alice)).to.deep.equal([]);
      const post = (await app.http.get(`${API}/posts/${postId}`).set(alice.auth)).body;
      expect(post.commentCount).to.equal(0);
    });

    it('edits content only, moving updatedAt, and refuses what the schema refuses', async () => {
      const postId = await world.post(alice);
      const id = await world.comment(bob, postId, { content: '처음' });
      const [before] = await tree(postId, bob);
      for (const body of [
        {},
        { content: '' },
        { content: 'x'.repeat(301) },
        { content: 'x', isAnonymous: false },
      ]) {
        expectError(
          await app.http.patch(`${API}/comments/${id}`).set(bob.auth).send(body),
          400,
          'VALIDATION_FAILED',
        );
      }
      clock.advance(5); // the edit comes a moment later
      const edited = (
        await app.http.patch(`${API}/comments/${id}`).set(bob.auth).send({ content: '고침' }).expect(200)
      ).body as CommentBody;
      expect(edited).to.include({ id, content: '고침', isMine: true, createdAt: before?.createdAt });
      expect(edited.author).to.deep.include({ id: null, displayName: '익명1' });
      expect(Date.parse(edited.updatedAt)).to.be.greaterThan(Date.parse(before?.updatedAt ?? ''));
      expect((await tree(postId, carol))[0]).to.include({ content: '고침', isMine: false });
    });

    it('refuses replies to a reply, a deleted comment, a hidden one, or another post’s comment', async () => {
      const postId = await world.post(alice);
      const live = await world.comment(bob, postId);
      const reply = await world.comment(carol, postId, { parentId: live });
      const deleted = await world.comment(bob, postId);
      await app.http.delete(`${API}/comments/${deleted}`).set(bob.auth).expect(204);
      const hidden = await world.comment(bob, postId);
      for (const reporter of [alice, carol]) {
        await app.http
          .post(`${API}/comments/${hidden}/reports`)
          .set(reporter.auth)
          .send({ reason: 'spam' })
          .expect(201);
      }
      const elsewhere = await world.comment(bob, await world.post(alice));
      for (const parentId of [reply, deleted, hidden, elsewhere, 'nope']) {
        const res = await app.http
          .post(`${API}/posts/${postId}/comments`)
          .set(carol.auth)
          .send({ content: 'x', parentId });
        expectError(res, 400, 'INVALID_PARENT');
      }
      const ok = await app.http
        .post(`${API}/posts/${postId}/comments`)
        .set(carol.auth)
        .send({ content: 'x', parentId: live });
      expect(ok.status).to.equal(201);
      expect(ok.body).to.include({ parentId: live, isMine: true });
      expect(ok.body).not.to.have.property('replies');
      expect((await tree(postId, bob)).map((c) => c.replies?.length)).to.deep.equal([2]);
    });

    it('takes one report per user on a comment and hides it at the threshold, except from admins', async () => {
      const postId = await world.post(alice);
      const parent = await world.comment(bob, postId, { content: 'reported' });
      const reply = await world.comment(carol, postId, { content: 'reply', parentId: parent });
      const report = (who: Member, reason = 'abuse') =>
        app.http.post(`${API}/comments/${parent}/reports`).set(who.auth).send({ reason });
      expectError(await report(alice, 'rude'), 400, 'VALIDATION_FAILED');
      expect((await report(alice)).body).to.deep.equal({ reported: true });
      expectError(await report(alice, 'spam'), 409, 'ALREADY_REPORTED');
      expectError(await report(bob), 403, 'CANNOT_REPORT_OWN');
      await report(carol).expect(201);

      const seen = await tree(postId, carol);
      expect(seen[0]).to.include({ id: parent, isDeleted: true, content: null, author: null, isMine: false });
      expect(seen[0]?.replies?.map((r) => r.id)).to.deep.equal([reply]);
      expect((await tree(postId, bob))[0]).to.include({ isDeleted: true, content: null, author: null });
      expect((await tree(postId, world.admin))[0]).to.include({ isDeleted: false, content: 'reported' });
      expectError(
        await app.http.patch(`${API}/comments/${parent}`).set(bob.auth).send({ content: 'x' }),
        404,
        'COMMENT_NOT_FOUND',
      );
      expectError(
        await app.http.post(`${API}/comments/${parent}/like`).set(alice.auth),
        404,
        'COMMENT_NOT_FOUND',
      );
    });

    it('keeps a question editable by its author until someone else comments; admins may still delete it', async () => {
      const postId = await world.post(alice, { isQuestion: true });
      const own = await world.comment(alice, postId);
      await app.http.patch(`${API}/posts/${postId}`).set(alice.auth).send({ title: '수정' }).expect(200);
      const answer = await world.comment(bob, postId);
      await app.http.delete(`${API}/comments/${answer}`).set(bob.auth).expect(204);
      // The lock stays once set: the answer was read, whatever became of it.
      expectError(
        await app.http.patch(`${API}/posts/${postId}`).set(alice.auth).send({ title: 'x' }),
        409,
        'QUESTION_LOCKED',
      );
      expectError(await app.http.delete(`${API}/posts/${postId}`).set(alice.auth), 409, 'QUESTION_LOCKED');
      await app.http
        .patch(`${API}/comments/${own}`)
        .set(alice.auth)
        .send({ content: '댓글 수정' })
        .expect(200);
      await app.http.delete(`${API}/posts/${postId}`).set(world.admin.auth).expect(204);
      expectError(await app.http.get(`${API}/posts/${postId}`).set(alice.auth), 404, 'POST_NOT_FOUND');
    });
  });
}
