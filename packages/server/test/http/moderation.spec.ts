import { expect } from 'chai';
import { API, expectError, type Member } from '../support/api.js';
import { BoardWorld } from '../support/board-world.js';
import { STORAGES, startOn } from '../support/storages.js';
import type { TestApp } from '../support/test-app.js';
import { SteppingClock } from '../support/test-clock.js';

const MISSING = '0190a000-0000-7000-8000-00000000dead';

for (const storage of STORAGES) {
  describe(`moderation over HTTP (${storage.name})`, function () {
    this.timeout(30_000);
    let app: TestApp;
    let world: BoardWorld;
    let alice: Member;
    let bob: Member;
    let carol: Member;

    before(async function () {
      const started = await startOn(storage, { REPORT_THRESHOLD: '2' });
      if (!started) return this.skip();
      app = started;
      world = await BoardWorld.create(app);
      [alice, bob, carol] = [await world.member(), await world.member(), await world.member()];
    });
    after(async () => {
      await app?.close();
    });

    const report = (who: Member, kind: 'posts' | 'comments', id: string, reason = 'spam') =>
      app.http.post(`${API}/${kind}/${id}/reports`).set(who.auth).send({ reason }).expect(201);
    const queue = async (query = '') =>
      (await app.http.get(`${API}/admin/reports${query}`).set(world.admin.auth).expect(200)).body as {
        items: { target: { type: string; id: string }; hidden: boolean; reportCount: number }[];
        nextCursor: string | null;
      };
    const caseOf = async (id: string, query = '') =>
      (await queue(query)).items.find((i) => i.target.id === id);

    it('given a member, when they ask for the queue, restore, dismiss or the audit trail, then 403 FORBIDDEN', async () => {
      const id = await world.post(alice);
      const comment = await world.comment(bob, id);
      expectError(await app.http.get(`${API}/admin/reports`).set(alice.auth), 403, 'FORBIDDEN');
      expectError(await app.http.get(`${API}/admin/audit`).set(alice.auth), 403, 'FORBIDDEN');
      for (const path of [`posts/${id}`, `comments/${comment}`]) {
        for (const action of ['restore', 'dismiss-reports']) {
          expectError(await app.http.post(`${API}/admin/${path}/${action}`).set(bob.auth), 403, 'FORBIDDEN');
        }
      }
      expectError(await app.http.get(`${API}/admin/reports`), 401, 'UNAUTHENTICATED');
    });

    it('given a post reported to the threshold, then the queue shows it hidden with its counts, reasons and author, most reported first', async () => {
      const id = await world.post(alice, { content: '광고 글입니다', isAnonymous: true });
      const once = await world.post(bob);
      await report(bob, 'posts', id, 'advertising');
      await report(carol, 'posts', id, 'spam');
      await report(carol, 'posts', once, 'abuse');
      const item = (await queue()).items.find((i) => i.target.id === id) as unknown as Record<
        string,
        unknown
      >;
      expect(item).to.deep.include({
        target: { type: 'post', id, postId: id, boardId: world.boardId, excerpt: '광고 글입니다' },
        hidden: true,
        reportCount: 2,
        reasons: { off_topic: 0, abuse: 0, obscene: 0, advertising: 1, fraud: 0, spam: 1, politics: 0 },
        author: { id: alice.id, username: alice.username },
        resolution: null,
        resolvedAt: null,
      });
      expect(Date.parse(item.firstReportedAt as string)).to.be.at.most(
        Date.parse(item.lastReportedAt as string),
      );
      const counts = (await queue()).items.map((i) => i.reportCount);
      expect(counts).to.deep.equal([...counts].sort((a, b) => b - a));
      expect((await caseOf(once))?.hidden).to.equal(false);
    });

    it('given more cases than a page, then pages follow each other by cursor without repeats, and schoolId keeps to one school', async () => {
      for (let i = 0; i < 3; i++) await report(carol, 'posts', await world.post(alice));
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await queue(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.items.length).to.be.at.most(2);
        seen.push(...page.items.map((i) => i.target.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(new Set(seen).size).to.equal(seen.length);
      expect(seen.length).to.equal((await queue('?limit=50')).items.length);
      const other = await world.api.school();
      expect((await queue(`?schoolId=${other.id}`)).items).to.deep.equal([]);
      expect((await queue(`?schoolId=${world.school.id}`)).items.length).to.equal(seen.length);
      expectError(
        await app.http.get(`${API}/admin/reports?status=closed`).set(world.admin.auth),
        400,
        'VALIDATION_FAILED',
      );
    });

    it('given reported content, then admins see moderation on the post and its comments, and members never do', async () => {
      const id = await world.post(alice);
      const comment = await world.comment(bob, id);
      const quiet = await world.comment(carol, id);
      await report(carol, 'posts', id);
      await report(alice, 'comments', comment);
      await report(carol, 'comments', comment);
      const seen = (await app.http.get(`${API}/posts/${id}`).set(world.admin.auth).expect(200)).body;
      expect(seen.moderation).to.deep.equal({ hidden: false, reportCount: 1 });
      const byId = new Map(seen.comments.map((c: { id: string }) => [c.id, c]));
      expect(byId.get(comment)).to.deep.include({ moderation: { hidden: true, reportCount: 2 } });
      expect(byId.get(quiet)).to.deep.include({ moderation: { hidden: false, reportCount: 0 } });
      const listed = (await app.http.get(`${API}/posts/${id}/comments`).set(world.admin.auth).expect(200))
        .body;
      expect(listed.map((c: { moderation: unknown }) => c.moderation)).to.deep.equal([
        { hidden: true, reportCount: 2 },
        { hidden: false, reportCount: 0 },
      ]);
      for (const member of [alice, bob, carol]) {
        const post = await app.http.get(`${API}/posts/${id}`).set(member.auth).expect(200);
        const comments = await app.http.get(`${API}/posts/${id}/comments`).set(member.auth).expect(200);
        const page = await app.http.get(`${API}/boards/${world.boardId}/posts`).set(member.auth).expect(200);
        for (const body of [post.text, comments.text, page.text]) {
          expect(body).to.not.include('moderation');
          expect(body).to.not.include('reportCount');
        }
      }
    });

    it('given a hidden post, when an admin restores it, then everyone sees it again, its reports are resolved and no longer count, and it is audited', async () => {
      const id = await world.post(alice);
      await report(bob, 'posts', id);
      await report(carol, 'posts', id);
      expectError(await app.http.get(`${API}/posts/${id}`).set(bob.auth), 404, 'POST_NOT_FOUND');
      const restored = await app.http
        .post(`${API}/admin/posts/${id}/restore`)
        .set(world.admin.auth)
        .expect(200);
      expect(restored.body).to.deep.equal({
        target: { type: 'post', id },
        hidden: false,
        resolvedReports: 2,
      });
      await app.http.get(`${API}/posts/${id}`).set(bob.auth).expect(200);
      const page = await app.http.get(`${API}/boards/${world.boardId}/posts`).set(bob.auth).expect(200);
      expect(page.body.items.map((p: { id: string }) => p.id)).to.include(id);
      expect(await caseOf(id)).to.equal(undefined);
      expect(await caseOf(id, '?status=resolved')).to.deep.include({ resolution: 'restored', hidden: false });
      const admin = (await app.http.get(`${API}/posts/${id}`).set(world.admin.auth).expect(200)).body;
      expect(admin.moderation).to.deep.equal({ hidden: false, reportCount: 0 });

      await report(world.admin, 'posts', id); // one new report: below the threshold again
      await app.http.get(`${API}/posts/${id}`).set(bob.auth).expect(200);
      expect(await caseOf(id)).to.deep.include({ reportCount: 1, hidden: false });

      const audit = (await app.http.get(`${API}/admin/audit`).set(world.admin.auth).expect(200)).body;
      expect(audit.items[0]).to.deep.include({
        actorId: world.admin.id,
        action: 'post.restore',
        target: { type: 'post', id },
        detail: { wasHidden: true, resolvedReports: 2 },
      });
    });

    it('given a hidden comment, when an admin dismisses its reports, then it stays hidden and its reports are resolved; restoring it brings it back into commentCount', async () => {
      const id = await world.post(alice);
      const comment = await world.comment(bob, id);
      await report(alice, 'comments', comment);
      await report(carol, 'comments', comment);
      const dismissed = await app.http
        .post(`${API}/admin/comments/${comment}/dismiss-reports`)
        .set(world.admin.auth)
        .expect(200);
      expect(dismissed.body).to.deep.equal({
        target: { type: 'comment', id: comment },
        hidden: true,
        resolvedReports: 2,
      });
      const post = (await app.http.get(`${API}/posts/${id}`).set(alice.auth).expect(200)).body;
      expect(post.comments).to.deep.equal([]);
      expect(await caseOf(comment)).to.equal(undefined);
      expect(await caseOf(comment, '?status=resolved')).to.deep.include({
        resolution: 'dismissed',
        hidden: true,
      });
      const admin = (await app.http.get(`${API}/posts/${id}`).set(world.admin.auth).expect(200)).body;
      expect(admin.comments[0].moderation).to.deep.equal({ hidden: true, reportCount: 0 });

      await app.http.post(`${API}/admin/comments/${comment}/restore`).set(world.admin.auth).expect(200);
      const shown = (await app.http.get(`${API}/posts/${id}`).set(alice.auth).expect(200)).body;
      expect(shown.comments.map((c: { id: string }) => c.id)).to.deep.equal([comment]);
      expect(shown.commentCount).to.equal(1);
      const actions = (await app.http.get(`${API}/admin/audit?limit=2`).set(world.admin.auth).expect(200))
        .body;
      expect(actions.items.map((e: { action: string }) => e.action)).to.deep.equal([
        'comment.restore',
        'comment.dismiss-reports',
      ]);
    });

    it('given a post that is not hidden, when an admin dismisses its reports, then it is unchanged and its case resolved', async () => {
      const id = await world.post(alice);
      await report(bob, 'posts', id);
      const res = await app.http
        .post(`${API}/admin/posts/${id}/dismiss-reports`)
        .set(world.admin.auth)
        .expect(200);
      expect(res.body).to.deep.equal({ target: { type: 'post', id }, hidden: false, resolvedReports: 1 });
      await report(carol, 'posts', id); // the dismissed report no longer counts: one is below 2
      await app.http.get(`${API}/posts/${id}`).set(bob.auth).expect(200);
    });

    it('given reported content whose author deleted the account, then the case stays in the queue with no author shown, and can still be resolved', async () => {
      const dan = await world.member();
      const id = await world.post(dan, { content: '떠난 사람의 글', isAnonymous: true });
      await report(bob, 'posts', id);
      await app.http
        .delete(`${API}/me`)
        .set(dan.auth)
        .send({ password: 'correct horse battery' })
        .expect(204);
      const item = (await caseOf(id)) as unknown as { author: unknown; target: { excerpt: string } };
      expect(item, 'the case of a departed author').to.not.equal(undefined);
      expect(item.author).to.deep.equal({ id: null, username: null });
      expect(item.target.excerpt).to.equal('떠난 사람의 글');
      await app.http.post(`${API}/admin/posts/${id}/dismiss-reports`).set(world.admin.auth).expect(200);
      expect(await caseOf(id)).to.equal(undefined);
    });

    it('given unknown or deleted targets, then 404 with the resource’s code', async () => {
      const id = await world.post(alice);
      const comment = await world.comment(bob, id);
      await app.http.delete(`${API}/comments/${comment}`).set(bob.auth).expect(204);
      const gone = await world.post(alice);
      await app.http.delete(`${API}/posts/${gone}`).set(alice.auth).expect(204);
      for (const action of ['restore', 'dismiss-reports']) {
        for (const target of [MISSING, gone, `${id}%20`]) {
          expectError(
            await app.http.post(`${API}/admin/posts/${target}/${action}`).set(world.admin.auth),
            404,
            'POST_NOT_FOUND',
          );
        }
        for (const target of [MISSING, comment]) {
          expectError(
            await app.http.post(`${API}/admin/comments/${target}/${action}`).set(world.admin.auth),
            404,
            'COMMENT_NOT_FOUND',
          );
        }
      }
    });

    it('given a reported message, then admins see it in the queue with no post or board, hiding nothing, filed under its sender’s school, and may dismiss its reports', async () => {
      const sent = (
        await app.http
          .post(`${API}/messages`)
          .set(alice.auth)
          .send({ toUsername: bob.username, content: '쪽지 광고입니다' })
          .expect(201)
      ).body as { conversation: { id: string }; message: { id: string } };
      const messageId = sent.message.id;
      await app.http
        .post(`${API}/messages/${messageId}/reports`)
        .set(bob.auth)
        .send({ reason: 'advertising' })
        .expect(201);
      expectError(
        await app.http.post(`${API}/messages/${messageId}/reports`).set(bob.auth).send({ reason: 'spam' }),
        409,
        'ALREADY_REPORTED',
      );
      const item = (await caseOf(messageId)) as unknown as Record<string, unknown>;
      expect(item).to.deep.include({
        target: { type: 'message', id: messageId, postId: null, boardId: null, excerpt: '쪽지 광고입니다' },
        hidden: false,
        reportCount: 1,
        reasons: { off_topic: 0, abuse: 0, obscene: 0, advertising: 1, fraud: 0, spam: 0, politics: 0 },
        author: { id: alice.id, username: alice.username },
        resolution: null,
      });
      expect(await caseOf(messageId, `?schoolId=${world.school.id}`)).to.not.equal(undefined);
      const other = await world.api.school();
      expect(await caseOf(messageId, `?schoolId=${other.id}`)).to.equal(undefined);
      // It hides nothing: both still read it.
      for (const member of [alice, bob]) {
        const page = (
          await app.http
            .get(`${API}/conversations/${sent.conversation.id}/messages`)
            .set(member.auth)
            .expect(200)
        ).body as { items: { id: string }[] };
        expect(page.items.map((m) => m.id)).to.include(messageId);
      }

      const dismiss = `${API}/admin/messages/${messageId}/dismiss-reports`;
      expectError(await app.http.post(dismiss).set(bob.auth), 403, 'FORBIDDEN');
      expectError(
        await app.http.post(`${API}/admin/messages/${MISSING}/dismiss-reports`).set(world.admin.auth),
        404,
        'MESSAGE_NOT_FOUND',
      );
      const outcome = (await app.http.post(dismiss).set(world.admin.auth).expect(200)).body as unknown;
      expect(outcome).to.deep.equal({
        target: { type: 'message', id: messageId },
        hidden: false,
        resolvedReports: 1,
      });
      expect(await caseOf(messageId)).to.equal(undefined);
      expect(await caseOf(messageId, '?status=resolved')).to.deep.include({
        resolution: 'dismissed',
      });
      const audit = (await app.http.get(`${API}/admin/audit`).set(world.admin.auth).expect(200)).body as {
        items: { action: string; target: { type: string; id: string }; detail: Record<string, unknown> }[];
      };
      expect(audit.items[0]).to.deep.include({
        action: 'message.dismiss-reports',
        target: { type: 'message', id: messageId },
        detail: { resolvedReports: 1 },
      });
      expect((await app.http.post(dismiss).set(world.admin.auth).expect(200)).body).to.deep.include({
        resolvedReports: 0,
      });
    });
  });
}

for (const storage of STORAGES) {
  describe(`reports count from accounts old enough (${storage.name})`, function () {
    this.timeout(30_000);
    let app: TestApp | null = null;
    let clock: SteppingClock;
    let world: BoardWorld;
    const DAY = 24 * 60 * 60 * 1000;

    before(async function () {
      clock = new SteppingClock();
      app = await startOn(storage, { REPORT_MIN_ACCOUNT_AGE: '1d' }, { clock });
      if (!app) return this.skip();
      world = await BoardWorld.create(app);
    });
    after(async () => {
      await app?.close();
    });

    /** A member's session again, after the clock moved past their tokens' lifetime. */
    const logIn = async (member: Member): Promise<Member> => {
      const res = await app!.http
        .post(`${API}/auth/login`)
        .send({ username: member.username, password: 'correct horse battery' })
        .expect(200);
      return { ...member, auth: { Authorization: `Bearer ${res.body.accessToken as string}` } };
    };
    const reportAll = async (members: Member[], postId: string) => {
      for (const member of members)
        await app!.http
          .post(`${API}/posts/${postId}/reports`)
          .set(member.auth)
          .send({ reason: 'spam' })
          .expect(201);
    };

    it('given five accounts made today, when they all report a post, then it stays shown, and the admins see five reports', async () => {
      const [author, reader] = [await world.member(), await world.member()];
      const throwaways = await Promise.all([1, 2, 3, 4, 5].map(() => world.member()));
      const id = await world.post(author);
      await reportAll(throwaways, id);
      await app!.http.get(`${API}/posts/${id}`).set(reader.auth).expect(200);
      const queue = (await app!.http.get(`${API}/admin/reports`).set(world.admin.auth).expect(200)).body;
      const item = queue.items.find((i: { target: { id: string } }) => i.target.id === id);
      expect(item).to.deep.include({ hidden: false, reportCount: 5 });
    });

    it('given five accounts a day old, when they report a post, then the fifth report hides it', async () => {
      const [author, reader] = [await world.member(), await world.member()];
      const members = await Promise.all([1, 2, 3, 4, 5].map(() => world.member()));
      clock.advance(DAY + 60_000);
      const [writer, viewer] = [await logIn(author), await logIn(reader)];
      const reporters = await Promise.all(members.map(logIn));
      const id = await world.post(writer);
      await reportAll(reporters.slice(0, 4), id);
      await app!.http.get(`${API}/posts/${id}`).set(viewer.auth).expect(200);
      await reportAll(reporters.slice(4), id);
      expectError(await app!.http.get(`${API}/posts/${id}`).set(viewer.auth), 404, 'POST_NOT_FOUND');
    });
  });
}
