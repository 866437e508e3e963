import { expect } from 'chai';
import { API, expectError, type Member } from '../support/api.js';
import { BoardWorld } from '../support/board-world.js';
import { STORAGES, startOn } from '../support/storages.js';
import type { TestApp } from '../support/test-app.js';

for (const storage of STORAGES) {
  describe(`blocking over HTTP (${storage.name})`, function () {
    let app: TestApp;
    let w: BoardWorld;

    before(async function () {
      const started = await startOn(storage);
      if (!started) return this.skip();
      app = started;
      w = await BoardWorld.create(app);
    });
    after(async () => {
      await app?.close();
    });

    const titles = async (viewer: Member, boardId: string) =>
      (await app.http.get(`${API}/boards/${boardId}/posts`).set(viewer.auth).expect(200)).body.items.map(
        (p: { title: string }) => p.title,
      );
    const blockPost = (m: Member, postId: string) =>
      app.http.post(`${API}/posts/${postId}/block-author`).set(m.auth);
    const blockComment = (m: Member, commentId: string) =>
      app.http.post(`${API}/comments/${commentId}/block-author`).set(m.auth);
    const blockUser = (m: Member, username: string) =>
      app.http.post(`${API}/users/${username}/block`).set(m.auth);

    it('blocks an anonymous post: 201 { id, label 익명, createdAt }, that post gone from the blocker’s cached board page at once, the author’s other posts kept', async () => {
      const boardId = await w.board('차단1');
      const [author, blocker] = [await w.member(), await w.member()];
      const target = await w.post(author, { title: 'anon target' }, boardId);
      await w.post(author, { title: 'anon other' }, boardId);
      await w.post(author, { title: 'named', isAnonymous: false }, boardId);
      expect(await titles(blocker, boardId)).to.have.length(3);
      const res = await blockPost(blocker, target).expect(201);
      expect(res.body).to.have.all.keys('id', 'label', 'createdAt');
      expect(res.body.label).to.equal('익명');
      expect(await titles(blocker, boardId)).to.deep.equal(['named', 'anon other']);
      expect(await titles(author, boardId)).to.have.length(3);
      expectError(await app.http.get(`${API}/posts/${target}`).set(blocker.auth), 404, 'POST_NOT_FOUND');
      expectError(await blockPost(blocker, target), 409, 'ALREADY_BLOCKED');
    });

    it('blocks a member by username: their named posts and comments hidden, their anonymous ones kept, friend requests 403 BLOCKED both ways', async () => {
      const boardId = await w.board('차단2');
      const [member, blocker] = [await w.member(), await w.member()];
      await w.post(member, { title: 'named', isAnonymous: false }, boardId);
      await w.post(member, { title: 'anon' }, boardId);
      const thread = await w.post(blocker, { title: 'mine' }, boardId);
      const namedComment = await w.comment(member, thread, { isAnonymous: false });
      await w.comment(await w.member(), thread, { parentId: namedComment });
      const anonComment = await w.comment(member, thread);
      const res = await blockUser(blocker, member.username).expect(201);
      expect(res.body.label).to.equal(member.nickname);
      expect(await titles(blocker, boardId)).to.deep.equal(['mine', 'anon']);
      const comments = (await app.http.get(`${API}/posts/${thread}/comments`).set(blocker.auth).expect(200))
        .body;
      expect(comments[0]).to.deep.include({ id: namedComment, isBlocked: true, content: null, author: null });
      expect(comments[0].replies).to.have.length(1);
      expect(comments[1]).to.deep.include({ id: anonComment, isBlocked: false });
      const ask = (from: Member, to: Member) =>
        app.http.post(`${API}/friends/requests`).set(from.auth).send({ username: to.username });
      expectError(await ask(blocker, member), 403, 'BLOCKED');
      expectError(await ask(member, blocker), 403, 'BLOCKED');
    });

    it('blocks an anonymous commenter in one thread, labelled 익명N, and lists blocks by label only, never an id or username', async () => {
      const [author, commenter, blocker] = [await w.member(), await w.member(), await w.member()];
      const post = await w.post(author);
      const comment = await w.comment(commenter, post);
      const res = await blockComment(blocker, comment).expect(201);
      expect(res.body.label).to.equal('익명1');
      const listed = await app.http.get(`${API}/me/blocks`).set(blocker.auth).expect(200);
      expect(listed.body).to.deep.equal({ items: [res.body], nextCursor: null });
      const text = JSON.stringify(listed.body);
      expect(text).to.not.contain(commenter.id);
      expect(text).to.not.contain(commenter.username);
      const tree = (await app.http.get(`${API}/posts/${post}`).set(blocker.auth).expect(200)).body.comments;
      expect(tree).to.deep.equal([]);
    });

    it('answers 400 CANNOT_BLOCK_SELF, 404s for what is not there, and undoes a block with 204 (another member’s: 404 BLOCK_NOT_FOUND)', async () => {
      const me = await w.member();
      const mine = await w.post(me);
      expectError(await blockPost(me, mine), 400, 'CANNOT_BLOCK_SELF');
      expectError(await blockUser(me, me.username), 400, 'CANNOT_BLOCK_SELF');
      expectError(await blockUser(me, 'nobody_at_all'), 404, 'USER_NOT_FOUND');
      expectError(await blockPost(me, `${mine}x`), 404, 'POST_NOT_FOUND');
      expectError(await blockComment(me, mine), 404, 'COMMENT_NOT_FOUND');
      const other = await w.member();
      const block = (await blockPost(other, mine).expect(201)).body as { id: string };
      expectError(await app.http.delete(`${API}/me/blocks/${block.id}`).set(me.auth), 404, 'BLOCK_NOT_FOUND');
      expectError(
        await app.http.delete(`${API}/me/blocks/${block.id}%20`).set(other.auth),
        404,
        'BLOCK_NOT_FOUND',
      );
      await app.http.delete(`${API}/me/blocks/${block.id}`).set(other.auth).expect(204);
      expect((await app.http.get(`${API}/posts/${mine}`).set(other.auth).expect(200)).body.id).to.equal(mine);
    });

    it('hides every 익명 comment of the blocked commenter in the thread when the block races their new comments', async () => {
      const [author, commenter, blocker] = [await w.member(), await w.member(), await w.member()];
      const post = await w.post(author);
      const first = await w.comment(commenter, post);
      const send = () =>
        app.http.post(`${API}/posts/${post}/comments`).set(commenter.auth).send({ content: '또 댓글' });
      const answers = await Promise.all([send(), blockComment(blocker, first), send(), send()]);
      expect(answers.map((r) => r.status)).to.deep.equal([201, 201, 201, 201]);
      const theirs = [first, ...[0, 2, 3].map((i) => answers[i]!.body.id as string)];
      const seen = (await app.http.get(`${API}/posts/${post}/comments`).set(blocker.auth).expect(200)).body;
      expect(seen).to.deep.equal([]);
      const all = (await app.http.get(`${API}/posts/${post}/comments`).set(author.auth).expect(200)).body;
      expect(all.map((c: { id: string }) => c.id)).to.have.members(theirs);
    });

    it('replays a block sent again with the same Idempotency-Key, and pages /me/blocks', async () => {
      const blocker = await w.member();
      const [a, b] = [await w.member(), await w.member()];
      const first = await blockUser(blocker, a.username).set('Idempotency-Key', 'block-a').expect(201);
      const again = await blockUser(blocker, a.username).set('Idempotency-Key', 'block-a').expect(201);
      expect(again.headers['idempotent-replayed']).to.equal('true');
      expect(again.body).to.deep.equal(first.body);
      await blockUser(blocker, b.username).expect(201);
      const page = await app.http.get(`${API}/me/blocks?limit=1`).set(blocker.auth).expect(200);
      expect(page.body.items.map((x: { label: string }) => x.label)).to.deep.equal([b.nickname]);
      const next = await app.http
        .get(`${API}/me/blocks?limit=1&cursor=${page.body.nextCursor as string}`)
        .set(blocker.auth)
        .expect(200);
      expect(next.body).to.deep.equal({ items: [first.body], nextCursor: null });
      expectError(
        await app.http.get(`${API}/me/blocks?cursor=nope`).set(blocker.auth),
        400,
        'VALIDATION_FAILED',
      );
    });
  });
}
