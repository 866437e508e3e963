import { expect } from 'chai';
import { API, expectError, type Member } from '../support/api.js';
import { BoardWorld } from '../support/board-world.js';
import { STORAGES, startOn } from '../support/storages.js';
import type { TestApp } from '../support/test-app.js';

for (const storage of STORAGES) {
  describe(`boards and posts over HTTP (${storage.name})`, function () {
    let app: TestApp;
    let world: BoardWorld;
    let alice: Member;
    let bob: Member;
    let outsider: Member;

    before(async function () {
      const started = await startOn(storage, {
        HOT_THRESHOLD: '2',
        BEST_THRESHOLD: '3',
        REPORT_THRESHOLD: '2',
      });
      if (!started) return this.skip();
      app = started;
      world = await BoardWorld.create(app);
      [alice, bob] = [await world.member(), await world.member()];
      outsider = await world.member(await world.api.school());
    });
    after(async () => {
      await app?.close();
    });

    describe('boards', () => {
      it('lists the boards of my school; 409 for a duplicate; 403 for non-admins and other schools', async () => {
        const boards = await app.http
          .get(`${API}/schools/${world.school.id}/boards`)
          .set(alice.auth)
          .expect(200);
        expect(boards.body).to.deep.include({
          id: world.boardId,
          name: '자유게시판',
          description: '자유게시판 설명',
        });
        expectError(
          await app.http
            .post(`${API}/schools/${world.school.id}/boards`)
            .set(world.admin.auth)
            .send({ name: '자유게시판' }),
          409,
          'BOARD_EXISTS',
        );
        expectError(
          await app.http.post(`${API}/schools/${world.school.id}/boards`).set(alice.auth).send({ name: 'x' }),
          403,
          'FORBIDDEN',
        );
        expectError(
          await app.http.get(`${API}/schools/${world.school.id}/boards`).set(outsider.auth),
          403,
          'NOT_SCHOOL_MEMBER',
        );
      });
    });

    describe('posts', () => {
      it('creates an anonymous post by default and shows it whole to its author', async () => {
        const res = await app.http
          .post(`${API}/boards/${world.boardId}/posts`)
          .set(alice.auth)
          .send({ title: '첫 글', content: '안녕하세요' })
          .expect(201);
        expect(res.body).to.have.all.keys(
          'id',
          'boardId',
          'board',
          'title',
          'content',
          'author',
          'isQuestion',
          'likeCount',
          'commentCount',
          'scrapCount',
          'isHot',
          'createdAt',
          'updatedAt',
          'viewer',
          'comments',
        );
        expect(res.body.author).to.deep.equal({
          id: null,
          displayName: '익명',
          isAnonymous: true,
          isPostAuthor: true,
        });
        expect(res.body.viewer).to.deep.equal({
          isAuthor: true,
          liked: false,
          scrapped: false,
          reported: false,
        });
        expect(res.body).to.include({
          likeCount: 0,
          commentCount: 0,
          scrapCount: 0,
          isHot: false,
          isQuestion: false,
        });
        const seen = await app.http.get(`${API}/posts/${res.body.id}`).set(bob.auth).expect(200);
        expect(seen.body.viewer.isAuthor).to.equal(false);
        expect(seen.body.board).to.deep.equal({ id: world.boardId, name: '자유게시판' });
      });

      it('shows the nickname of a named author', async () => {
        const id = await world.post(alice, { isAnonymous: false });
        const res = await app.http.get(`${API}/posts/${id}`).set(bob.auth).expect(200);
        expect(res.body.author).to.deep.equal({
          id: alice.id,
          displayName: alice.nickname,
          isAnonymous: false,
          isPostAuthor: true,
        });
      });

      it('validates strictly and writes nothing', async () => {
        const page = async () =>
          (await app.http.get(`${API}/boards/${world.boardId}/posts?limit=50`).set(alice.auth)).body.items
            .length;
        const before = await page();
        for (const body of [
          { title: '', content: 'x' },
          { title: 'x'.repeat(101), content: 'x' },
          { title: 't', content: 'x'.repeat(10_001) },
          { title: 't', content: 'c', authorId: bob.id },
          { title: 't', content: 'c', likeCount: 99 },
          { title: 't', content: 'c', isAnonymous: 'yes' },
        ]) {
          expectError(
            await app.http.post(`${API}/boards/${world.boardId}/posts`).set(alice.auth).send(body),
            400,
            'VALIDATION_FAILED',
          );
        }
        expect(await page()).to.equal(before);
      });

      it('answers 404 for an unknown board or post, and 403 to members of other schools', async () => {
        expectError(await app.http.get(`${API}/boards/nope/posts`).set(alice.auth), 404, 'BOARD_NOT_FOUND');
        expectError(await app.http.get(`${API}/posts/nope`).set(alice.auth), 404, 'POST_NOT_FOUND');
        const id = await world.post(alice);
        expectError(await app.http.get(`${API}/posts/${id}`).set(outsider.auth), 403, 'NOT_SCHOOL_MEMBER');
        expectError(
          await app.http.get(`${API}/boards/${world.boardId}/posts`).set(outsider.auth),
          403,
          'NOT_SCHOOL_MEMBER',
        );
        expectError(
          await app.http
            .post(`${API}/boards/${world.boardId}/posts`)
            .set(outsider.auth)
            .send({ title: 't', content: 'c' }),
          403,
          'NOT_SCHOOL_MEMBER',
        );
        await app.http.get(`${API}/posts/${id}`).set(world.admin.auth).expect(200);
      });

      it('lets only the author edit, and the author or an admin delete; a deleted post is gone', async () => {
        const id = await world.post(alice);
        expectError(
          await app.http.patch(`${API}/posts/${id}`).set(bob.auth).send({ title: '내 글' }),
          403,
          'NOT_AUTHOR',
        );
        expectError(
          await app.http.patch(`${API}/posts/${id}`).set(alice.auth).send({}),
          400,
          'VALIDATION_FAILED',
        );
        const edited = await app.http
          .patch(`${API}/posts/${id}`)
          .set(alice.auth)
          .send({ title: '고친 제목' })
          .expect(200);
        expect(edited.body).to.include({ title: '고친 제목', content: '내용입니다' });
        expectError(await app.http.delete(`${API}/posts/${id}`).set(bob.auth), 403, 'NOT_AUTHOR');
        await app.http.delete(`${API}/posts/${id}`).set(alice.auth).expect(204);
        expectError(await app.http.get(`${API}/posts/${id}`).set(alice.auth), 404, 'POST_NOT_FOUND');
        const other = await world.post(bob);
        await app.http.delete(`${API}/posts/${other}`).set(world.admin.auth).expect(204);
        const items = (await app.http.get(`${API}/boards/${world.boardId}/posts?limit=50`).set(alice.auth))
          .body.items;
        expect(items.map((p: { id: string }) => p.id)).not.to.include.members([id, other]);
      });

      it('locks a question once someone else comments', async () => {
        const id = await world.post(alice, { isQuestion: true });
        await world.comment(alice, id);
        await app.http.patch(`${API}/posts/${id}`).set(alice.auth).send({ content: '보충' }).expect(200);
        await world.comment(bob, id);
        expectError(
          await app.http.patch(`${API}/posts/${id}`).set(alice.auth).send({ content: '다시' }),
          409,
          'QUESTION_LOCKED',
        );
        expectError(await app.http.delete(`${API}/posts/${id}`).set(alice.auth), 409, 'QUESTION_LOCKED');
      });
    });

    describe('pages and search', () => {
      it('pages newest first with cursors, without gaps or duplicates', async () => {
        const boardId = await world.board('페이지게시판');
        const ids: string[] = [];
        for (let i = 0; i < 7; i++) ids.push(await world.post(alice, { title: `글 ${i}` }, boardId));
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const res: { body: { items: { id: string }[]; nextCursor: string | null } } = await app.http
            .get(`${API}/boards/${boardId}/posts`)
            .query({ limit: 3, ...(cursor ? { cursor } : {}) })
            .set(bob.auth)
            .expect(200);
          expect(res.body.items.length).to.be.at.most(3);
          seen.push(...res.body.items.map((p: { id: string }) => p.id));
          cursor = res.body.nextCursor;
        } while (cursor);
        expect(seen).to.deep.equal([...ids].reverse());
        const first = (await app.http.get(`${API}/boards/${boardId}/posts?limit=3`).set(bob.auth)).body
          .items[0];
        expect(first).to.have.all.keys(
          'id',
          'boardId',
          'title',
          'contentPreview',
          'author',
          'isQuestion',
          'likeCount',
          'commentCount',
          'scrapCount',
          'isHot',
          'createdAt',
        );
      });

      it('refuses a bad cursor or limit with 400', async () => {
        for (const query of [
          'limit=0',
          'limit=51',
          'limit=abc',
          'cursor=garbage',
          'q=a',
          'isQuestion=maybe',
          'unknown=1',
        ]) {
          expectError(
            await app.http.get(`${API}/boards/${world.boardId}/posts?${query}`).set(alice.auth),
            400,
            'VALIDATION_FAILED',
          );
        }
      });

      it('searches title and content case-insensitively, taking % and _ literally', async () => {
        const boardId = await world.board('검색게시판');
        const hit = await world.post(alice, { title: 'About TypeScript', content: 'x' }, boardId);
        const percent = await world.post(alice, { title: '할인 50% 쿠폰', content: 'y' }, boardId);
        await world.post(alice, { title: '할인 500 쿠폰', content: 'z' }, boardId);
        const byQ = async (q: string) =>
          (
            await app.http.get(`${API}/boards/${boardId}/posts`).query({ q }).set(bob.auth).expect(200)
          ).body.items.map((p: { id: string }) => p.id);
        expect(await byQ('typescript')).to.deep.equal([hit]);
        expect(await byQ('50%')).to.deep.equal([percent]);
        expect(await byQ('5_')).to.deep.equal([]);
        const school = await app.http
          .get(`${API}/schools/${world.school.id}/posts`)
          .query({ q: 'TYPESCRIPT' })
          .set(bob.auth)
          .expect(200);
        expect(school.body.items.map((p: { id: string }) => p.id)).to.include(hit);
        expectError(
          await app.http.get(`${API}/schools/${world.school.id}/posts`).set(bob.auth),
          400,
          'VALIDATION_FAILED',
        );
      });

      it('filters questions', async () => {
        const boardId = await world.board('질문게시판');
        const question = await world.post(alice, { isQuestion: true }, boardId);
        await world.post(alice, {}, boardId);
        const res = await app.http
          .get(`${API}/boards/${boardId}/posts?isQuestion=true`)
          .set(bob.auth)
          .expect(200);
        expect(res.body.items.map((p: { id: string }) => p.id)).to.deep.equal([question]);
      });
    });

    describe('likes, scraps, HOT and BEST', () => {
      it('counts a like once, never one’s own, and makes the post HOT at the threshold', async () => {
        const id = await world.post(alice);
        expectError(await app.http.post(`${API}/posts/${id}/like`).set(alice.auth), 403, 'CANNOT_LIKE_OWN');
        expect((await app.http.post(`${API}/posts/${id}/like`).set(bob.auth).expect(200)).body).to.deep.equal(
          { likeCount: 1 },
        );
        expectError(await app.http.post(`${API}/posts/${id}/like`).set(bob.auth), 409, 'ALREADY_LIKED');
        const carol = await world.member();
        await world.like(carol, id);
        const post = await app.http.get(`${API}/posts/${id}`).set(bob.auth).expect(200);
        expect(post.body).to.include({ likeCount: 2, isHot: true });
        expect(post.body.viewer.liked).to.equal(true);
        const hot = await app.http.get(`${API}/schools/${world.school.id}/hot`).set(bob.auth).expect(200);
        expect(hot.body.items[0].id).to.equal(id);
      });

      it('counts eight concurrent likes by one user once', async () => {
        const id = await world.post(alice);
        const results = await Promise.all(
          Array.from({ length: 8 }, () => app.http.post(`${API}/posts/${id}/like`).set(bob.auth)),
        );
        expect(results.filter((r) => r.status === 200)).to.have.length(1);
        expect(results.filter((r) => r.status === 409)).to.have.length(7);
        expect((await app.http.get(`${API}/posts/${id}`).set(bob.auth)).body.likeCount).to.equal(1);
      });

      it('puts a post on BEST of its season at the threshold, most liked first', async () => {
        const id = await world.post(alice);
        for (let i = 0; i < 3; i++) await world.like(await world.member(), id);
        const best = await app.http.get(`${API}/schools/${world.school.id}/best`).set(bob.auth).expect(200);
        expect(best.body.items.map((p: { id: string }) => p.id)).to.include(id);
        const past = await app.http
          .get(`${API}/schools/${world.school.id}/best?season=2001-1`)
          .set(bob.auth)
          .expect(200);
        expect(past.body.items).to.deep.equal([]);
        expectError(
          await app.http.get(`${API}/schools/${world.school.id}/best?season=2026-3`).set(bob.auth),
          400,
          'VALIDATION_FAILED',
        );
      });

      it('scraps idempotently, never one’s own, and lists my scraps', async () => {
        const id = await world.post(alice);
        expectError(await app.http.post(`${API}/posts/${id}/scrap`).set(alice.auth), 403, 'CANNOT_SCRAP_OWN');
        expect(
          (await app.http.post(`${API}/posts/${id}/scrap`).set(bob.auth).expect(200)).body,
        ).to.deep.equal({ scrapCount: 1 });
        expect(
          (await app.http.post(`${API}/posts/${id}/scrap`).set(bob.auth).expect(200)).body,
        ).to.deep.equal({ scrapCount: 1 });
        const mine = await app.http.get(`${API}/me/scraps`).set(bob.auth).expect(200);
        expect(mine.body.items.map((p: { id: string }) => p.id)).to.include(id);
        expect(
          (await app.http.delete(`${API}/posts/${id}/scrap`).set(bob.auth).expect(200)).body,
        ).to.deep.equal({ scrapCount: 0 });
        expect(
          (await app.http.delete(`${API}/posts/${id}/scrap`).set(bob.auth).expect(200)).body,
        ).to.deep.equal({ scrapCount: 0 });
      });
    });

    describe('reports', () => {
      it('takes one report per user, never one’s own, and hides the post at the threshold except from admins', async () => {
        const id = await world.post(alice);
        expectError(
          await app.http.post(`${API}/posts/${id}/reports`).set(alice.auth).send({ reason: 'spam' }),
          403,
          'CANNOT_REPORT_OWN',
        );
        expectError(
          await app.http.post(`${API}/posts/${id}/reports`).set(bob.auth).send({ reason: 'rude' }),
          400,
          'VALIDATION_FAILED',
        );
        expect(
          (
            await app.http
              .post(`${API}/posts/${id}/reports`)
              .set(bob.auth)
              .send({ reason: 'spam' })
              .expect(201)
          ).body,
        ).to.deep.equal({ reported: true });
        expectError(
          await app.http.post(`${API}/posts/${id}/reports`).set(bob.auth).send({ reason: 'abuse' }),
          409,
          'ALREADY_REPORTED',
        );
        await app.http
          .post(`${API}/posts/${id}/reports`)
          .set((await world.member()).auth)
          .send({ reason: 'fraud' })
          .expect(201);
        expectError(await app.http.get(`${API}/posts/${id}`).set(bob.auth), 404, 'POST_NOT_FOUND');
        await app.http.get(`${API}/posts/${id}`).set(world.admin.auth).expect(200);
      });

      it('hides a comment at the threshold', async () => {
        const id = await world.post(alice);
        const comment = await world.comment(bob, id);
        await app.http
          .post(`${API}/comments/${comment}/reports`)
          .set(alice.auth)
          .send({ reason: 'abuse' })
          .expect(201);
        expectError(
          await app.http.post(`${API}/comments/${comment}/reports`).set(bob.auth).send({ reason: 'abuse' }),
          403,
          'CANNOT_REPORT_OWN',
        );
        await app.http
          .post(`${API}/comments/${comment}/reports`)
          .set((await world.member()).auth)
          .send({ reason: 'spam' })
          .expect(201);
        const post = await app.http.get(`${API}/posts/${id}`).set(alice.auth).expect(200);
        expect(post.body.comments).to.deep.equal([]);
        expect(post.body.commentCount).to.equal(0);
      });
    });

    describe('comments', () => {
      it('numbers anonymous commenters in order of first comment, keeps numbers after deletion, marks the author', async () => {
        const id = await world.post(alice);
        const carol = await world.member();
        const b1 = await world.comment(bob, id, { content: 'b1' });
        await world.comment(carol, id, { content: 'c1' });
        await world.comment(alice, id, { content: 'a1' });
        await app.http.delete(`${API}/comments/${b1}`).set(bob.auth).expect(204);
        await world.comment(bob, id, { content: 'b2' });
        const dave = await world.member();
        await world.comment(dave, id, { content: 'd1', isAnonymous: false });
        const comments = (await app.http.get(`${API}/posts/${id}/comments`).set(carol.auth).expect(200)).body;
        const names = comments.map(
          (c: { content: string; author: { displayName: string } }) => `${c.content}:${c.author.displayName}`,
        );
        expect(names).to.deep.equal(['c1:익명2', 'a1:익명(글쓴이)', 'b2:익명1', `d1:${dave.nickname}`]);
        const byAuthor = comments.find((c: { content: string }) => c.content === 'a1');
        expect(byAuthor.author).to.deep.equal({
          id: null,
          displayName: '익명(글쓴이)',
          isAnonymous: true,
          isPostAuthor: true,
        });
        expect(comments.find((c: { content: string }) => c.content === 'd1').author.isPostAuthor).to.equal(
          false,
        );
        expect(comments.map((c: { isMine: boolean }) => c.isMine)).to.deep.equal([true, false, false, false]);
      });

      it('replies one level deep; a deleted parent with live replies stays as a placeholder', async () => {
        const id = await world.post(alice);
        const parent = await world.comment(bob, id);
        const reply = await world.comment(alice, id, { parentId: parent, content: '답글' });
        expectError(
          await app.http
            .post(`${API}/posts/${id}/comments`)
            .set(bob.auth)
            .send({ content: 'x', parentId: reply }),
          400,
          'INVALID_PARENT',
        );
        const otherPost = await world.post(bob);
        expectError(
          await app.http
            .post(`${API}/posts/${otherPost}/comments`)
            .set(bob.auth)
            .send({ content: 'x', parentId: parent }),
          400,
          'INVALID_PARENT',
        );
        await app.http.delete(`${API}/comments/${parent}`).set(bob.auth).expect(204);
        const post = (await app.http.get(`${API}/posts/${id}`).set(alice.auth).expect(200)).body;
        expect(post.commentCount).to.equal(1);
        expect(post.comments).to.have.length(1);
        expect(post.comments[0]).to.include({ id: parent, isDeleted: true, content: null, author: null });
        expect(post.comments[0].replies.map((r: { id: string }) => r.id)).to.deep.equal([reply]);
        expect(post.comments[0].replies[0]).not.to.have.property('replies');
        await app.http.delete(`${API}/comments/${reply}`).set(alice.auth).expect(204);
        expect((await app.http.get(`${API}/posts/${id}`).set(alice.auth)).body.comments).to.deep.equal([]);
      });

      it('lets only the author edit a comment; likes once, never one’s own', async () => {
        const id = await world.post(alice);
        const comment = await world.comment(bob, id);
        expectError(
          await app.http.patch(`${API}/comments/${comment}`).set(alice.auth).send({ content: '수정' }),
          403,
          'NOT_AUTHOR',
        );
        const edited = await app.http
          .patch(`${API}/comments/${comment}`)
          .set(bob.auth)
          .send({ content: '수정' })
          .expect(200);
        expect(edited.body.content).to.equal('수정');
        expectError(
          await app.http.post(`${API}/comments/${comment}/like`).set(bob.auth),
          403,
          'CANNOT_LIKE_OWN',
        );
        expect(
          (await app.http.post(`${API}/comments/${comment}/like`).set(alice.auth).expect(200)).body,
        ).to.deep.equal({ likeCount: 1 });
        expectError(
          await app.http.post(`${API}/comments/${comment}/like`).set(alice.auth),
          409,
          'ALREADY_LIKED',
        );
        expectError(
          await app.http.patch(`${API}/comments/nope`).set(bob.auth).send({ content: 'x' }),
          404,
          'COMMENT_NOT_FOUND',
        );
        expectError(
          await app.http
            .post(`${API}/posts/${id}/comments`)
            .set(bob.auth)
            .send({ content: 'x'.repeat(301) }),
          400,
          'VALIDATION_FAILED',
        );
      });

      it('lists my posts and the posts I commented on', async () => {
        const carol = await world.member();
        const mine = await world.post(carol);
        const theirs = await world.post(alice);
        await world.comment(carol, theirs);
        expect(
          (await app.http.get(`${API}/me/posts`).set(carol.auth).expect(200)).body.items.map(
            (p: { id: string }) => p.id,
          ),
        ).to.deep.equal([mine]);
        expect(
          (await app.http.get(`${API}/me/commented`).set(carol.auth).expect(200)).body.items.map(
            (p: { id: string }) => p.id,
          ),
        ).to.deep.equal([theirs]);
      });
    });
  });
}
