import { expect } from 'chai';
import { API, type Member } from '../support/api.js';
import { BoardWorld } from '../support/board-world.js';
import { STORAGES, startOn } from '../support/storages.js';
import type { TestApp } from '../support/test-app.js';
import { SteppingClock } from '../support/test-clock.js';

interface Summary {
  id: string;
  contentPreview: string;
  commentCount: number;
  likeCount: number;
  isHot: boolean;
}

/** The server's clock, moved on between events so that two never share a millisecond (their order is the point). */
const clock = new SteppingClock();
const tick = () => clock.advance(5);

for (const storage of STORAGES) {
  describe(`board lists over HTTP (${storage.name})`, function () {
    this.timeout(60_000);
    let app: TestApp;
    let world: BoardWorld;

    before(async function () {
      const started = await startOn(
        storage,
        {
          HOT_THRESHOLD: '2',
          BEST_THRESHOLD: '3',
          REPORT_THRESHOLD: '2',
        },
        { clock },
      );
      if (!started) return this.skip();
      app = started;
      world = await BoardWorld.create(app);
    });
    after(async () => {
      await app?.close();
    });

    /** A school of its own per test, so that HOT and BEST hold only that test's posts. */
    async function school() {
      const s = await world.api.school();
      const boardId = await world.board('자유게시판', s.id);
      const members = [];
      for (let i = 0; i < 5; i++) members.push(await world.member(s));
      return { id: s.id, boardId, members: members as [Member, Member, Member, Member, Member] };
    }

    /** Walks a list page by page; every page within the limit, and no id twice. */
    async function walk(url: string, who: Member, limit: number): Promise<Summary[]> {
      const items: Summary[] = [];
      let cursor: string | null = null;
      for (let pages = 0; pages < 50; pages++) {
        const query: Record<string, string | number> = { limit, ...(cursor ? { cursor } : {}) };
        const res = await app.http.get(`${API}${url}`).query(query).set(who.auth).expect(200);
        expect(res.body.items.length).to.be.at.most(limit);
        items.push(...(res.body.items as Summary[]));
        cursor = res.body.nextCursor as string | null;
        if (!cursor) break;
      }
      const ids = items.map((p) => p.id);
      expect(new Set(ids).size, `${url} repeats an item`).to.equal(ids.length);
      return items;
    }
    const ids = (items: Summary[]) => items.map((p) => p.id);

    it('pages every list with cursors, in its documented order, without gaps or duplicates', async () => {
      const s = await school();
      const [alice, bob, carol, dave, erin] = s.members;
      const other = await world.board('비밀게시판', s.id);
      const posts: string[] = [];
      for (let i = 0; i < 7; i++) {
        const body = i % 2 ? { title: `needle ${i}` } : { content: `haystack NEEDLE ${i}` };
        posts.push(await world.post(alice, body, i < 4 ? s.boardId : other));
      }
      const newestFirst = [...posts].reverse();
      expect(ids(await walk(`/schools/${s.id}/posts?q=needle`, bob, 3))).to.deep.equal(newestFirst);
      expect(ids(await walk(`/me/posts`, alice, 2))).to.deep.equal(newestFirst);
      expect(ids(await walk(`/boards/${s.boardId}/posts`, bob, 1))).to.deep.equal(
        posts.slice(0, 4).reverse(),
      );

      for (const id of posts.slice(1, 6)) await world.comment(bob, id);
      expect(ids(await walk(`/me/commented`, bob, 2))).to.deep.equal(posts.slice(1, 6).reverse());

      for (const id of posts) {
        await app.http.post(`${API}/posts/${id}/scrap`).set(bob.auth).expect(200);
        tick();
      }
      await app.http.delete(`${API}/posts/${posts[3]}/scrap`).set(bob.auth).expect(200);
      await app.http.post(`${API}/posts/${posts[3]}/scrap`).set(bob.auth).expect(200);
      const byScrapTime = [posts[3], ...newestFirst.filter((id) => id !== posts[3])];
      expect(ids(await walk(`/me/scraps`, bob, 3))).to.deep.equal(byScrapTime);

      // Best: most liked first, ties by id descending, across page boundaries inside a tie.
      const likers = [bob, carol, dave, erin];
      const likes = [4, 3, 3, 3, 4, 2, 3];
      for (const [i, id] of posts.entries()) {
        for (const liker of likers.slice(0, likes[i])) await world.like(liker, id);
      }
      const best = await walk(`/schools/${s.id}/best`, bob, 2);
      expect(ids(best)).to.deep.equal([posts[4], posts[0], posts[6], posts[3], posts[2], posts[1]]);
      expect(best.map((p) => p.likeCount)).to.deep.equal([4, 4, 3, 3, 3, 3]);
    });

    it('orders HOT by the moment a post became HOT, not by its creation', async () => {
      const s = await school();
      const [alice, bob, carol] = s.members;
      const write = () => world.post(alice, {}, s.boardId);
      const [older, newer, third] = [await write(), await write(), await write()];
      for (const id of [newer, third, older]) {
        await world.like(bob, id);
        await world.like(carol, id);
        tick();
      }
      const notHot = await write();
      await world.like(bob, notHot);
      const hot = await walk(`/schools/${s.id}/hot`, alice, 2);
      expect(ids(hot)).to.deep.equal([older, third, newer]);
      expect(hot.every((p) => p.isHot)).to.equal(true);
      const page = (await app.http.get(`${API}/boards/${s.boardId}/posts`).set(alice.auth)).body.items;
      expect(page.find((p: Summary) => p.id === notHot)).to.include({ isHot: false, likeCount: 1 });
    });

    it('takes deleted posts out of every list, and hidden ones for everyone but admins', async () => {
      const s = await school();
      const [alice, bob, carol, dave, erin] = s.members;
      const hidden = await world.post(alice, { title: 'needle hidden' }, s.boardId);
      const deleted = await world.post(alice, { title: 'needle deleted' }, s.boardId);
      for (const id of [hidden, deleted]) {
        for (const liker of [bob, carol, dave]) await world.like(liker, id);
        await app.http.post(`${API}/posts/${id}/scrap`).set(bob.auth).expect(200);
        await world.comment(bob, id);
      }
      const lists = [
        `/boards/${s.boardId}/posts`,
        `/schools/${s.id}/posts?q=needle`,
        `/schools/${s.id}/hot`,
        `/schools/${s.id}/best`,
      ];
      for (const url of lists) expect(ids(await walk(url, bob, 50)), url).to.have.members([hidden, deleted]);
      for (const reporter of [carol, erin]) {
        await app.http
          .post(`${API}/posts/${hidden}/reports`)
          .set(reporter.auth)
          .send({ reason: 'spam' })
          .expect(201);
      }
      await app.http.delete(`${API}/posts/${deleted}`).set(alice.auth).expect(204);

      for (const url of lists) {
        expect(ids(await walk(url, bob, 50)), url).to.deep.equal([]);
        expect(ids(await walk(url, world.admin, 50)), `${url} as admin`).to.deep.equal([hidden]);
      }
      expect(await walk('/me/posts', alice, 50)).to.deep.equal([]);
      expect(await walk('/me/commented', bob, 50)).to.deep.equal([]);
      expect(await walk('/me/scraps', bob, 50)).to.deep.equal([]);
    });

    it('summarises a post: a 100-character preview, live comments only, and filters', async () => {
      const s = await school();
      const [alice, bob, carol, dave, erin] = s.members;
      const content = `${'가'.repeat(60)}${'😀'.repeat(60)}`;
      const id = await world.post(alice, { title: 'summary', content, isQuestion: true }, s.boardId);
      const plain = await world.post(alice, { title: 'summary plain' }, s.boardId);
      const gone = await world.comment(bob, id);
      const parent = await world.comment(carol, id);
      const reply = await world.comment(dave, id, { parentId: parent });
      const reported = await world.comment(dave, id);
      await app.http.delete(`${API}/comments/${gone}`).set(bob.auth).expect(204);
      await app.http.delete(`${API}/comments/${parent}`).set(carol.auth).expect(204);
      for (const reporter of [alice, erin]) {
        await app.http
          .post(`${API}/comments/${reported}/reports`)
          .set(reporter.auth)
          .send({ reason: 'abuse' })
          .expect(201);
      }

      const list = await walk(`/boards/${s.boardId}/posts?isQuestion=true`, bob, 20);
      expect(ids(list)).to.deep.equal([id]);
      expect(list[0]?.contentPreview).to.equal(`${'가'.repeat(60)}${'😀'.repeat(40)}`);
      expect(list[0]?.commentCount).to.equal(1);
      const post = (await app.http.get(`${API}/posts/${id}`).set(bob.auth).expect(200)).body;
      expect(post.commentCount).to.equal(1);
      expect(post.content).to.equal(content);
      expect(post.comments.map((c: { id: string }) => c.id)).to.deep.equal([parent]);
      expect(post.comments[0].replies.map((c: { id: string }) => c.id)).to.deep.equal([reply]);

      expect(ids(await walk(`/boards/${s.boardId}/posts?isQuestion=false`, bob, 20))).to.deep.equal([plain]);
      expect(ids(await walk(`/boards/${s.boardId}/posts?q=PLAIN&isQuestion=false`, bob, 20))).to.deep.equal([
        plain,
      ]);
      expect(ids(await walk(`/boards/${s.boardId}/posts?q=PLAIN&isQuestion=true`, bob, 20))).to.deep.equal(
        [],
      );
      expect(ids(await walk(`/schools/${world.school.id}/posts?q=summary`, world.admin, 20))).to.deep.equal(
        [],
      );
    });
  });
}
