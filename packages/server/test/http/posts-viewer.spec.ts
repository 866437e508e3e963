import { expect } from 'chai';
import { API, expectError, type Member } from '../support/api.js';
import { BoardWorld } from '../support/board-world.js';
import { STORAGES, startOn } from '../support/storages.js';
import type { TestApp } from '../support/test-app.js';
import { SteppingClock } from '../support/test-clock.js';

for (const storage of STORAGES) {
  describe(`a post as each viewer sees it (${storage.name})`, function () {
    this.timeout(60_000);
    let app: TestApp;
    const clock = new SteppingClock();
    let world: BoardWorld;
    let alice: Member;
    let bob: Member;

    before(async function () {
      const started = await startOn(storage, { HOT_THRESHOLD: '1', REPORT_THRESHOLD: '3' }, { clock });
      if (!started) return this.skip();
      app = started;
      world = await BoardWorld.create(app);
      [alice, bob] = [await world.member(), await world.member()];
    });
    after(async () => {
      await app?.close();
    });

    const read = async (id: string, who: Member) =>
      (await app.http.get(`${API}/posts/${id}`).set(who.auth).expect(200)).body;

    it('tells each viewer what they did to it, and only what they did', async () => {
      const id = await world.post(alice);
      await world.like(bob, id);
      await app.http.post(`${API}/posts/${id}/scrap`).set(bob.auth).expect(200);
      await app.http
        .post(`${API}/posts/${id}/reports`)
        .set(bob.auth)
        .send({ reason: 'politics' })
        .expect(201);
      expect((await read(id, bob)).viewer).to.deep.equal({
        isAuthor: false,
        liked: true,
        scrapped: true,
        reported: true,
      });
      expect((await read(id, alice)).viewer).to.deep.equal({
        isAuthor: true,
        liked: false,
        scrapped: false,
        reported: false,
      });
      const carol = await world.member();
      const seen = await read(id, carol);
      expect(seen.viewer).to.deep.equal({ isAuthor: false, liked: false, scrapped: false, reported: false });
      expect(seen).to.include({ likeCount: 1, scrapCount: 1, isHot: true, commentCount: 0 });
      await app.http.delete(`${API}/posts/${id}/scrap`).set(bob.auth).expect(200);
      expect((await read(id, bob)).viewer).to.include({ scrapped: false, liked: true });
    });

    it('shows every reader the same comments, marking only their own, and hidden ones to admins only', async () => {
      const id = await world.post(alice);
      const [carol, dave, erin, frank] = [
        await world.member(),
        await world.member(),
        await world.member(),
        await world.member(),
      ];
      const bobs = [await world.comment(bob, id), await world.comment(bob, id, { isAnonymous: false })];
      const carols = [await world.comment(carol, id)];
      const reported = await world.comment(dave, id, { content: 'reported' });
      for (const reporter of [alice, erin, frank])
        await app.http
          .post(`${API}/comments/${reported}/reports`)
          .set(reporter.auth)
          .send({ reason: 'spam' })
          .expect(201);
      type Seen = { id: string; isMine: boolean };
      const mine = (body: { comments: Seen[] }) => body.comments.filter((c) => c.isMine).map((c) => c.id);
      const shared = (body: { comments: Seen[] }) => body.comments.map((c) => ({ ...c, isMine: null }));

      // Readers who wrote nothing first and last, so a tree shared between readers is exercised.
      const first = await read(id, erin);
      const forBob = await read(id, bob);
      const forCarol = await read(id, carol);
      const forDave = await read(id, dave);
      const forAdmin = await read(id, world.admin);
      const last = await read(id, frank);
      expect(mine(first)).to.deep.equal([]);
      expect(last.comments).to.deep.equal(first.comments);
      expect(mine(forBob)).to.deep.equal(bobs);
      expect(mine(forCarol)).to.deep.equal(carols);
      expect(mine(forDave)).to.deep.equal([]);
      for (const seen of [forBob, forCarol, forDave]) expect(shared(seen)).to.deep.equal(shared(first));
      expect(first.comments.map((c: Seen) => c.id)).to.deep.equal([...bobs, ...carols]);
      expect(forAdmin.comments.map((c: Seen) => c.id)).to.deep.equal([...bobs, ...carols, reported]);
    });

    it('edits title and content, moving updatedAt only, and shows the edit in lists', async () => {
      const id = await world.post(alice, { title: '원래 제목', content: '원래 내용', isAnonymous: false });
      const before = await read(id, bob);
      clock.advance(5); // the edit comes a moment later
      const edited = (
        await app.http
          .patch(`${API}/posts/${id}`)
          .set(alice.auth)
          .send({ title: '새 제목', content: '새 내용' })
          .expect(200)
      ).body;
      expect(edited).to.include({ id, title: '새 제목', content: '새 내용', createdAt: before.createdAt });
      expect(edited.author).to.deep.equal(before.author);
      expect(Date.parse(edited.updatedAt)).to.be.greaterThan(Date.parse(before.updatedAt));
      const page = (await app.http.get(`${API}/boards/${world.boardId}/posts`).set(bob.auth)).body.items;
      expect(page.find((p: { id: string }) => p.id === id)).to.include({
        title: '새 제목',
        contentPreview: '새 내용',
      });
      for (const body of [
        { title: '' },
        { content: 'x'.repeat(10_001) },
        { isQuestion: true },
        { isAnonymous: true },
      ]) {
        expectError(
          await app.http.patch(`${API}/posts/${id}`).set(alice.auth).send(body),
          400,
          'VALIDATION_FAILED',
        );
      }
      expect(await read(id, bob)).to.include({ title: '새 제목', isQuestion: false });
    });

    it('lets an admin delete but not edit someone else’s post', async () => {
      const id = await world.post(alice);
      expectError(
        await app.http.patch(`${API}/posts/${id}`).set(world.admin.auth).send({ title: 'admin' }),
        403,
        'NOT_AUTHOR',
      );
      await app.http.delete(`${API}/posts/${id}`).set(world.admin.auth).expect(204);
      expectError(await app.http.delete(`${API}/posts/${id}`).set(world.admin.auth), 404, 'POST_NOT_FOUND');
    });

    it('writes a post in a board of another school for an admin, anonymous to everyone', async () => {
      const other = await world.api.school();
      const boardId = await world.board('다른 학교', other.id);
      const res = await app.http
        .post(`${API}/boards/${boardId}/posts`)
        .set(world.admin.auth)
        .send({ title: 't', content: 'c' })
        .expect(201);
      expect(res.body.author).to.deep.equal({
        id: null,
        displayName: '익명',
        isAnonymous: true,
        isPostAuthor: true,
      });
      expect(res.body.board).to.deep.equal({ id: boardId, name: '다른 학교' });
      const member = await world.member(other);
      expect((await read(res.body.id as string, member)).viewer.isAuthor).to.equal(false);
    });
  });
}
