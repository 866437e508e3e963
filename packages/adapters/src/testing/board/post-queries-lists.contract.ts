/// <reference types="mocha" />
import { expect } from 'chai';
import type { Board, Keyset, Page, PageRequest, Post, PostSummaryRecord, User } from '@campus/domain';
import { BoardWorld, at, type BoardPortsSetup } from './board-fixtures.js';

type Lister = (page: PageRequest) => Promise<Page<PostSummaryRecord>>;

/** Walks every page of a list and returns the ids in order. */
async function walk(list: Lister, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let after: Keyset | null = null;
  for (let guard = 0; guard < 100; guard += 1) {
    const page: Page<PostSummaryRecord> = await list({ limit, after });
    expect(page.items.length).to.be.at.most(limit);
    ids.push(...page.items.map((p) => p.id));
    if (!page.next) return ids;
    after = page.next;
  }
  throw new Error('pagination did not end');
}

export function postQueriesListsContract(name: string, setup: BoardPortsSetup): void {
  describe(`PostQueries contract (lists): ${name}`, () => {
    let world: BoardWorld;
    let board: Board;
    let alice: User;
    let bob: User;
    let carol: User;
    const all: PageRequest = { limit: 50, after: null };
    const q = () => world.ports.queries;

    beforeEach(async () => {
      world = new BoardWorld(await setup());
      ({ board, alice, bob, carol } = await world.stage());
    });

    const actor = (user: User) => ({ id: user.id, role: 'user' as const, schoolId: null });
    async function deleted(post: Post) {
      post.delete(actor(alice), at(99));
      await world.ports.posts.save(post);
    }

    it('given posts on a board, when paged, then newest first, ties by id, no post twice or missed', async () => {
      const posts = [
        await world.post(board, alice, {}, at(1)),
        await world.post(board, alice, {}, at(3)),
        await world.post(board, alice, {}, at(3)),
        await world.post(board, bob, {}, at(2)),
        await world.post(board, bob, {}, at(5)),
      ];
      await world.post(await world.board(board.schoolId, 'Other'), alice, {}, at(4));
      const expected = [posts[4], posts[2], posts[1], posts[3], posts[0]].map((p) => p!.id);
      const list: Lister = (page) => q().listBoardPosts({ boardId: board.id, includeHidden: false }, page);
      for (const limit of [1, 2, 3, 5, 50]) expect(await walk(list, limit)).to.deep.equal(expected);
    });

    it('given deleted and hidden posts, when listed, then deleted never show and hidden only with includeHidden', async () => {
      const live = await world.post(board, alice, {}, at(1));
      const hidden = await world.post(board, alice, {}, at(2));
      await deleted(await world.post(board, alice, {}, at(3)));
      await world.ports.posts.markHidden(hidden.id, at(4));
      const ids = async (includeHidden: boolean) =>
        (await q().listBoardPosts({ boardId: board.id, includeHidden }, all)).items.map((p) => p.id);
      expect(await ids(false)).to.deep.equal([live.id]);
      expect(await ids(true)).to.deep.equal([hidden.id, live.id]);
    });

    it('given questions and other posts, when filtered by isQuestion, then only the matching ones', async () => {
      const question = await world.post(board, alice, { isQuestion: true }, at(1));
      const chat = await world.post(board, alice, { isQuestion: false }, at(2));
      const list = async (isQuestion: boolean) =>
        (await q().listBoardPosts({ boardId: board.id, isQuestion, includeHidden: false }, all)).items.map(
          (p) => p.id,
        );
      expect(await list(true)).to.deep.equal([question.id]);
      expect(await list(false)).to.deep.equal([chat.id]);
    });

    it('given a search term, when listed, then title or content match case-insensitively', async () => {
      const inTitle = await world.post(board, alice, { title: 'Midterm EXAM tips' }, at(1));
      const inContent = await world.post(board, alice, { content: 'the exam was hard' }, at(2));
      await world.post(board, alice, { title: 'Lunch', content: 'noodles' }, at(3));
      const found = await q().listBoardPosts({ boardId: board.id, q: 'Exam', includeHidden: false }, all);
      expect(found.items.map((p) => p.id)).to.deep.equal([inContent.id, inTitle.id]);
    });

    it('given % and _ in the search term, when listed, then they match only themselves', async () => {
      const percent = await world.post(board, alice, { title: 'I am 100% sure' }, at(1));
      await world.post(board, alice, { title: 'I am 1000 sure' }, at(2));
      const underscore = await world.post(board, alice, { content: 'snake_case' }, at(3));
      await world.post(board, alice, { content: 'snakeXcase' }, at(4));
      const search = async (term: string) =>
        (await q().listBoardPosts({ boardId: board.id, q: term, includeHidden: false }, all)).items.map(
          (p) => p.id,
        );
      expect(await search('0%')).to.deep.equal([percent.id]);
      expect(await search('e_c')).to.deep.equal([underscore.id]);
      expect(await search('%')).to.deep.equal([percent.id]);
    });

    it('given long content and an anonymous author, when listed, then a 100-character preview and no nickname', async () => {
      await world.post(board, alice, { content: '가'.repeat(150), isAnonymous: true }, at(1));
      await world.post(board, bob, { isAnonymous: false }, at(2));
      const [named, anonymous] = (await q().listBoardPosts({ boardId: board.id, includeHidden: false }, all))
        .items;
      expect(anonymous).to.deep.include({
        contentPreview: '가'.repeat(100),
        authorNickname: null,
        authorId: alice.id,
      });
      expect(named).to.deep.include({ authorNickname: 'Bob', isAnonymous: false });
    });

    it('given posts in two schools, when searching one school, then its boards only', async () => {
      const second = await world.board(board.schoolId, 'Second');
      const otherSchool = await world.school();
      const a = await world.post(board, alice, { title: 'exam' }, at(1));
      const b = await world.post(second, alice, { content: 'EXAM' }, at(2));
      await world.post(await world.board(otherSchool.id, 'Far'), alice, { title: 'exam' }, at(3));
      const found = await q().searchSchoolPosts(
        { schoolId: board.schoolId, q: 'exam', includeHidden: false },
        all,
      );
      expect(found.items.map((p) => p.id)).to.deep.equal([b.id, a.id]);
    });

    it('given HOT posts, when paged, then most recently HOT first, keyed by hotAt', async () => {
      const early = await world.post(board, alice, {}, at(1));
      const late = await world.post(board, alice, {}, at(2));
      await world.post(board, alice, {}, at(3));
      await world.ports.posts.markHot(late.id, at(10));
      await world.ports.posts.markHot(early.id, at(20));
      const list: Lister = (page) =>
        q().listHotPosts({ schoolId: board.schoolId, includeHidden: false }, page);
      expect(await walk(list, 1)).to.deep.equal([early.id, late.id]);
      const first = await list({ limit: 1, after: null });
      expect(first.next).to.deep.equal({ value: at(20).getTime(), id: early.id });
      expect(first.items[0]!.hotAt?.getTime()).to.equal(at(20).getTime());
    });

    it('given liked posts in and out of a season, when BEST is paged, then most liked first within it', async () => {
      const from = new Date('2025-01-01T00:00:00.000Z');
      const to = new Date('2025-07-01T00:00:00.000Z');
      const likes = async (post: Post, users: User[]) => {
        for (const u of users) await world.ports.postLikes.add(post.id, u.id, at(50));
      };
      const one = await world.post(board, alice, {}, from);
      const two = await world.post(board, alice, {}, at(1));
      const three = await world.post(board, alice, {}, new Date(to.getTime() - 1));
      const outside = await world.post(board, alice, {}, to);
      await likes(one, [bob, carol]);
      await likes(two, [bob]);
      await likes(three, [bob, carol]);
      await likes(outside, [bob, carol]);
      const list: Lister = (page) =>
        q().listBestPosts(
          { schoolId: board.schoolId, from, to, minLikeCount: 2, includeHidden: false },
          page,
        );
      const expected = [one.id, three.id].sort().reverse();
      expect(await walk(list, 1)).to.deep.equal(expected);
      expect((await list({ limit: 1, after: null })).next?.value).to.equal(2);
    });

    it("given a user's posts, when listed, then anonymous ones too, not others'", async () => {
      const named = await world.post(board, alice, { isAnonymous: false }, at(1));
      const anonymous = await world.post(board, alice, { isAnonymous: true }, at(2));
      await world.post(board, bob, {}, at(3));
      await deleted(await world.post(board, alice, {}, at(4)));
      const found = await q().listPostsByAuthor({ userId: alice.id, includeHidden: false }, all);
      expect(found.items.map((p) => p.id)).to.deep.equal([anonymous.id, named.id]);
    });

    it('given comments by a user, when listing the posts they commented on, then each post once, live comments only', async () => {
      const twice = await world.post(board, alice, {}, at(1));
      const gone = await world.post(board, alice, {}, at(2));
      const hiddenOnly = await world.post(board, alice, {}, at(3));
      await world.post(board, alice, {}, at(4));
      await world.comment(twice, bob);
      await world.comment(twice, bob);
      await world.ports.comments.markDeleted((await world.comment(gone, bob)).id, at(5));
      await world.ports.comments.markHidden((await world.comment(hiddenOnly, bob)).id, at(5));
      const ids = async (includeHidden: boolean) =>
        (await q().listPostsCommentedBy({ userId: bob.id, includeHidden }, all)).items.map((p) => p.id);
      expect(await ids(false)).to.deep.equal([twice.id]);
      expect(await ids(true)).to.deep.equal([hiddenOnly.id, twice.id]);
    });

    it('given scraps, when listing scraps, then most recently scrapped first, removed and deleted ones out', async () => {
      const [p1, p2, p3, p4] = [
        await world.post(board, alice, {}, at(1)),
        await world.post(board, alice, {}, at(2)),
        await world.post(board, alice, {}, at(3)),
        await world.post(board, alice, {}, at(4)),
      ];
      await world.ports.scraps.add(p2.id, bob.id, at(10));
      await world.ports.scraps.add(p1.id, bob.id, at(20));
      await world.ports.scraps.add(p3.id, bob.id, at(30));
      await world.ports.scraps.add(p4.id, bob.id, at(40));
      await world.ports.scraps.add(p4.id, carol.id, at(50));
      await world.ports.scraps.remove(p3.id, bob.id);
      await deleted(p4);
      const list: Lister = (page) => q().listPostsScrappedBy({ userId: bob.id, includeHidden: false }, page);
      expect(await walk(list, 1)).to.deep.equal([p1.id, p2.id]);
      expect((await list({ limit: 1, after: null })).next).to.deep.equal({
        value: at(20).getTime(),
        id: p1.id,
      });
    });
  });
}
