import { expect } from 'chai';
import sinon from 'sinon';
import type { Actor, PageRequest } from '@campus/domain';
import { BoardTestBed, FIRST_PAGE, expectRejection } from './support.js';

describe('board use cases: lists', () => {
  let bed: BoardTestBed;
  let s: Awaited<ReturnType<BoardTestBed['stage']>>;
  beforeEach(async () => {
    bed = new BoardTestBed();
    s = await bed.stage();
  });
  afterEach(() => sinon.restore());

  const write = async (title: string, content = 'Content', extra: { isQuestion?: boolean } = {}) =>
    (await bed.use.createPost.execute({ actor: s.alice, boardId: s.boardId, title, content, ...extra })).id;
  const boardPage = (actor: Actor, extra: { q?: string; isQuestion?: boolean } = {}, page = FIRST_PAGE) =>
    bed.use.listBoardPosts.execute({ actor, boardId: s.boardId, page, ...extra });

  describe('ListBoardPosts', () => {
    it('given posts, when paged two at a time, then newest first with a keyset to continue', async () => {
      const ids = [await write('1'), await write('2'), await write('3')];
      const first = await boardPage(s.bob, {}, { limit: 2, after: null });
      expect(first.items.map((p) => p.id)).to.deep.equal([ids[2], ids[1]]);
      expect(first.next).to.deep.equal({ value: first.items[1]!.createdAt.getTime(), id: ids[1] });
      const second = await boardPage(s.bob, {}, { limit: 2, after: first.next });
      expect(second.items.map((p) => p.id)).to.deep.equal([ids[0]]);
      expect(second.next).to.equal(null);
    });

    it('given a summary, then it has exactly the PostSummary fields and a 100-character preview', async () => {
      await write('Title', 'x'.repeat(150));
      const [item] = (await boardPage(s.bob)).items;
      expect(Object.keys(item!).sort()).to.deep.equal(
        [
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
        ].sort(),
      );
      expect(item!.contentPreview).to.equal('x'.repeat(100));
    });

    it('given q, when listing, then title or content match case-insensitively', async () => {
      const a = await write('Exam tips');
      const b = await write('Lunch', 'after the EXAM');
      await write('Other');
      expect((await boardPage(s.bob, { q: 'exam' })).items.map((p) => p.id)).to.deep.equal([b, a]);
    });

    it('given a q of one character, when listing, then VALIDATION_FAILED', async () => {
      await expectRejection(boardPage(s.bob, { q: 'x' }), 'VALIDATION_FAILED');
    });

    it('given isQuestion, when listing, then only questions', async () => {
      const question = await write('Q', 'C', { isQuestion: true });
      await write('Not a question');
      expect((await boardPage(s.bob, { isQuestion: true })).items.map((p) => p.id)).to.deep.equal([question]);
    });

    it('given an unknown board or another school, when listing, then BOARD_NOT_FOUND or NOT_SCHOOL_MEMBER', async () => {
      await expectRejection(
        bed.use.listBoardPosts.execute({ actor: s.bob, boardId: 'nope', page: FIRST_PAGE }),
        'BOARD_NOT_FOUND',
      );
      await expectRejection(boardPage(s.outsider), 'NOT_SCHOOL_MEMBER');
    });
  });

  describe('page requests', () => {
    it('given a page request that breaks the rules, then VALIDATION_FAILED from every list, before any adapter', async () => {
      const bad = [
        { limit: '20) OR (1=1' as unknown as number, after: null },
        { limit: 0, after: null },
        { limit: 51, after: null },
        { limit: 20, after: { value: Number.NaN, id: 'a' } },
      ];
      const lists = [
        (page: PageRequest) => bed.use.listBoardPosts.execute({ actor: s.bob, boardId: s.boardId, page }),
        (page: PageRequest) => bed.use.listHotPosts.execute({ actor: s.bob, schoolId: s.schoolId, page }),
        (page: PageRequest) => bed.use.listBestPosts.execute({ actor: s.bob, schoolId: s.schoolId, page }),
        (page: PageRequest) =>
          bed.use.searchSchoolPosts.execute({ actor: s.bob, schoolId: s.schoolId, q: 'exam', page }),
        (page: PageRequest) => bed.use.listMyPosts.execute({ actor: s.bob, page }),
        (page: PageRequest) => bed.use.listMyCommented.execute({ actor: s.bob, page }),
        (page: PageRequest) => bed.use.listMyScraps.execute({ actor: s.bob, page }),
      ];
      const queries = bed.ports.queries;
      const methods = Object.getOwnPropertyNames(Object.getPrototypeOf(queries)).filter(
        (n) => n !== 'constructor',
      );
      const spies = methods.map((name) => sinon.spy(queries, name as keyof typeof queries));
      for (const list of lists)
        for (const page of bad) await expectRejection(list(page), 'VALIDATION_FAILED');
      expect(spies).to.have.length.greaterThan(5);
      expect(spies.filter((spy) => spy.called).map((spy) => spy.toString())).to.deep.equal([]);
    });
  });

  describe('SearchSchoolPosts', () => {
    it('given posts on two boards, when searching the school, then both match', async () => {
      const other = await bed.board(s.schoolId, 'Other');
      const a = await write('Exam');
      const b = (
        await bed.use.createPost.execute({ actor: s.bob, boardId: other, title: 'exam?', content: 'c' })
      ).id;
      const found = await bed.use.searchSchoolPosts.execute({
        actor: s.carol,
        schoolId: s.schoolId,
        q: 'EXAM',
        page: FIRST_PAGE,
      });
      expect(found.items.map((p) => p.id)).to.deep.equal([b, a]);
    });

    it('given an outsider or a bad q, when searching, then NOT_SCHOOL_MEMBER or VALIDATION_FAILED', async () => {
      const search = (actor: Actor, q: string) =>
        bed.use.searchSchoolPosts.execute({ actor, schoolId: s.schoolId, q, page: FIRST_PAGE });
      await expectRejection(search(s.outsider, 'exam'), 'NOT_SCHOOL_MEMBER');
      await expectRejection(search(s.bob, 'e'), 'VALIDATION_FAILED');
    });
  });

  describe('ListBestPosts', () => {
    it('given posts liked up to the BEST threshold this season, when listed by default, then most liked first', async () => {
      const [one, two, three] = [await write('1'), await write('2'), await write('3')];
      for (const actor of [s.bob, s.carol, s.dave]) await bed.use.likePost.execute({ actor, postId: two });
      for (const actor of [s.bob, s.carol]) await bed.use.likePost.execute({ actor, postId: one });
      await bed.use.likePost.execute({ actor: s.bob, postId: three });
      const best = await bed.use.listBestPosts.execute({
        actor: s.bob,
        schoolId: s.schoolId,
        page: FIRST_PAGE,
      });
      expect(best.season).to.equal('2025-1');
      expect(best.items.map((p) => p.id)).to.deep.equal([two, one]);
    });

    it('given another season, when listed, then posts of this season are not in it', async () => {
      const post = await write('1');
      for (const actor of [s.bob, s.carol]) await bed.use.likePost.execute({ actor, postId: post });
      const best = await bed.use.listBestPosts.execute({
        actor: s.bob,
        schoolId: s.schoolId,
        season: '2024-2',
        page: FIRST_PAGE,
      });
      expect(best).to.deep.equal({ items: [], next: null, season: '2024-2' });
    });

    it('given the clock in July, when listed by default, then the second half is listed', async () => {
      bed.clock.current = new Date('2025-07-01T00:00:00.000Z');
      const best = await bed.use.listBestPosts.execute({
        actor: s.bob,
        schoolId: s.schoolId,
        page: FIRST_PAGE,
      });
      expect(best.season).to.equal('2025-2');
    });

    it('given a malformed season, when listed, then VALIDATION_FAILED', async () => {
      await expectRejection(
        bed.use.listBestPosts.execute({
          actor: s.bob,
          schoolId: s.schoolId,
          season: '2025-3',
          page: FIRST_PAGE,
        }),
        'VALIDATION_FAILED',
      );
    });
  });

  describe('my lists', () => {
    it('given my anonymous posts, when I list my posts, then they are there, still shown anonymously', async () => {
      const mine = await write('Mine');
      await bed.use.createPost.execute({ actor: s.bob, boardId: s.boardId, title: 'Not mine', content: 'C' });
      const page = await bed.use.listMyPosts.execute({ actor: s.alice, page: FIRST_PAGE });
      expect(page.items.map((p) => p.id)).to.deep.equal([mine]);
      expect(page.items[0]!.author.id).to.equal(null);
    });

    it('given comments, when I list posts I commented on, then each once, without posts where I deleted mine', async () => {
      const [a, b, c] = [await write('a'), await write('b'), await write('c')];
      await bed.use.createComment.execute({ actor: s.bob, postId: a, content: '1' });
      await bed.use.createComment.execute({ actor: s.bob, postId: a, content: '2' });
      const gone = await bed.use.createComment.execute({ actor: s.bob, postId: b, content: '3' });
      await bed.use.deleteComment.execute({ actor: s.bob, commentId: gone.id });
      await bed.use.createComment.execute({ actor: s.carol, postId: c, content: '4' });
      const page = await bed.use.listMyCommented.execute({ actor: s.bob, page: FIRST_PAGE });
      expect(page.items.map((p) => p.id)).to.deep.equal([a]);
    });
  });
});
