/// <reference types="mocha" />
import {
  Session,
  SessionId,
  type BoardErasure,
  type AccountRemoval,
  type Board,
  type ErasedIds,
  type Post,
  type SessionRepository,
  type User,
} from '@campus/domain';
import { expect } from 'chai';
import { BoardWorld, at, type BoardPorts } from '../board/board-fixtures.js';
import { codeOf } from '../identity/identity-fixtures.js';

/** The board ports of one store, with its sessions, account removal and board erasure step. */
export interface AccountDeletionPorts extends BoardPorts {
  sessions: SessionRepository;
  removal: AccountRemoval;
  boardErasure: BoardErasure;
  ids: ErasedIds;
  teardown?: () => Promise<void>;
}
/** Called before every test; ports on an empty store, or null to skip (service missing). */
export type AccountDeletionPortsSetup = () => Promise<AccountDeletionPorts | null>;

/**
 * The storage side of deleting an account: the account's row and sessions go, its posts,
 * comments, 익명 numbers, likes and reports stay under random ids grouped only within a thread,
 * nothing names the account afterwards, a write naming it is refused, and a failed unit undoes all.
 */
export function accountDeletionContract(name: string, setup: AccountDeletionPortsSetup): void {
  describe(`AccountRemoval and board erasure contract (${name})`, () => {
    let ports: AccountDeletionPorts;
    let world: BoardWorld;
    let board: Board;
    let kim: User;
    let lee: User;

    beforeEach(async function () {
      const opened = await setup();
      if (!opened) return this.skip();
      ports = opened;
      world = new BoardWorld(ports);
      const school = await world.school();
      board = await world.board(school.id);
      kim = await world.user('kim', school.id);
      lee = await world.user('lee', school.id);
    });
    afterEach(async () => {
      await ports?.teardown?.();
    });

    const erase = (user: User) =>
      ports.uow.run(async () => {
        if (!(await ports.removal.claim(user.id))) throw new Error('gone already');
        await ports.boardErasure.erase(user.id, ports.ids);
        return ports.removal.remove(user.id);
      });
    const authorOf = async (post: Post) => (await ports.posts.findById(post.id))!.authorId;
    const commentAuthor = async (id: string) =>
      (await ports.comments.findById(id as Parameters<typeof ports.comments.findById>[0]))!.authorId;
    async function comment(post: Post, author: User, isAnonymous: boolean): Promise<string> {
      const anonymousNumber =
        isAnonymous && !(post.isAnonymous && post.authorId === author.id)
          ? await ports.aliases.numberFor(post.id, author.id)
          : null;
      const created = world.newComment(post, author, { isAnonymous, anonymousNumber });
      expect(await ports.comments.add(created)).to.equal(true);
      return created.id;
    }

    it('ends the sessions and deletes the row: the account is gone and its names are free', async () => {
      const session = Session.create({ id: SessionId(world.id()), userId: kim.id }, at(0));
      await ports.sessions.create(session, {
        hash: 'a'.repeat(64),
        sessionId: session.id,
        issuedAt: at(0),
        expiresAt: at(60),
        usedAt: null,
      });
      expect(await erase(kim)).to.deep.equal([session.id]);
      expect(await ports.users.findById(kim.id)).to.equal(null);
      expect(await ports.sessions.findById(session.id)).to.equal(null);
      expect(await ports.sessions.findToken('a'.repeat(64))).to.equal(null);
      expect(await ports.removal.claim(kim.id)).to.equal(false);
      const again = await world.user('kim', board.schoolId);
      expect(again.nickname).to.equal(kim.nickname);
    });

    it('keeps the account gone when a user read before the deletion is saved after it', async () => {
      const read = (await ports.users.findById(kim.id))!;
      await erase(kim);
      read.changeNickname('되살아난');
      expect(await ports.users.save(read)).to.equal(false);
      expect(await ports.uow.run(() => ports.users.save(read))).to.equal(false);
      expect(await ports.users.findById(kim.id)).to.equal(null);
      expect(await ports.users.findByUsername(kim.username)).to.equal(null);
      // A live account's save still reports its update.
      const other = (await ports.users.findById(lee.id))!;
      other.changeNickname('바뀐이름');
      expect(await ports.users.save(other)).to.equal(true);
      expect((await ports.users.findById(lee.id))?.nickname).to.equal('바뀐이름');
    });

    it('keeps every post and comment, re-keyed so that named and anonymous writing are tied only where readers see them tied', async () => {
      const named = await world.post(board, kim, { isAnonymous: false });
      const anonymous = await world.post(board, kim, { isAnonymous: true });
      const others = await world.post(board, lee, { isAnonymous: true });
      const c = {
        namedAnon: await comment(named, kim, true),
        namedNamed: await comment(named, kim, false),
        anonAnon: await comment(anonymous, kim, true),
        anonNamed: await comment(anonymous, kim, false),
        othersAnon: await comment(others, kim, true),
        othersNamed: await comment(others, kim, false),
        othersAnon2: await comment(others, kim, true),
      };
      await erase(kim);

      const ids = {
        named: await authorOf(named),
        anonymous: await authorOf(anonymous),
        namedAnon: await commentAuthor(c.namedAnon),
        anonNamed: await commentAuthor(c.anonNamed),
        othersAnon: await commentAuthor(c.othersAnon),
        othersNamed: await commentAuthor(c.othersNamed),
      };
      // Tied as readers see them: isPostAuthor, 익명(글쓴이), one 익명N per thread.
      expect(await commentAuthor(c.namedNamed)).to.equal(ids.named);
      expect(await commentAuthor(c.anonAnon)).to.equal(ids.anonymous);
      expect(await commentAuthor(c.othersAnon2)).to.equal(ids.othersAnon);
      expect(await authorOf(others)).to.equal(lee.id);
      // Otherwise nothing shared: six ids, none the account's nor any account's.
      const distinct = new Set(Object.values(ids));
      expect(distinct.size).to.equal(6);
      expect(distinct.has(kim.id)).to.equal(false);
      expect(await ports.users.findManyByIds([...distinct])).to.deep.equal([]);
    });

    it('keeps 익명 numbers where they were, under the thread id of the anonymous comments', async () => {
      const post = await world.post(board, lee, { isAnonymous: false });
      await comment(post, lee, true);
      const mine = await comment(post, kim, true);
      await erase(kim);
      const rekeyed = await commentAuthor(mine);
      expect((await ports.comments.findById(mine as never))!.anonymousNumber).to.equal(2);
      expect((await ports.posts.findForCommenter(post.id, rekeyed))!.heldNumber).to.equal(2);
      expect((await ports.posts.findForCommenter(post.id, kim.id))?.heldNumber ?? null).to.equal(null);
      expect(await ports.aliases.numberFor(post.id, lee.id)).to.equal(1);
    });

    it('keeps likes and reports (counts unchanged) and drops scraps (count down by one)', async () => {
      const post = await world.post(board, lee);
      const theirs = world.newComment(post, lee);
      await ports.comments.add(theirs);
      await ports.postLikes.add(post.id, kim.id, at(3));
      await ports.commentLikes.add(theirs.id, kim.id, at(3));
      await ports.postReports.add(post.id, kim.id, 'spam', at(3));
      await ports.commentReports.add(theirs.id, kim.id, 'spam', at(3));
      await ports.scraps.add(post.id, kim.id, at(3));
      await erase(kim);
      const after = (await ports.posts.findById(post.id))!.snapshot();
      expect([after.likeCount, after.reportCount, after.scrapCount]).to.deep.equal([1, 1, 0]);
      expect((await ports.comments.findById(theirs.id))!.snapshot().likeCount).to.equal(1);
      // A like by another account counts on top of the kept one.
      expect(
        await ports.postLikes.add(post.id, (await world.user('park', board.schoolId)).id, at(4)),
      ).to.equal(2);
    });

    it('refuses a post, comment or like naming the deleted account with SESSION_REVOKED', async () => {
      const post = await world.post(board, lee);
      await erase(kim);
      expect(await codeOf(world.post(board, kim))).to.equal('SESSION_REVOKED');
      expect(await codeOf(ports.comments.add(world.newComment(post, kim)))).to.equal('SESSION_REVOKED');
      expect(await codeOf(ports.postLikes.add(post.id, kim.id, at(5)))).to.equal('SESSION_REVOKED');
      expect((await ports.posts.findById(post.id))!.snapshot().commentCount).to.equal(0);
    });

    it('answers whether another admin exists', async () => {
      const admin = await world.user('root', board.schoolId);
      admin.promoteToAdmin();
      await ports.users.save(admin);
      expect(await ports.uow.run(() => ports.removal.hasOtherAdmin(admin.id))).to.equal(false);
      expect(await ports.uow.run(() => ports.removal.hasOtherAdmin(kim.id))).to.equal(true);
    });

    it('undoes everything when the unit of work fails', async () => {
      const post = await world.post(board, kim, { isAnonymous: true });
      const failing = ports.uow.run(async () => {
        await ports.boardErasure.erase(kim.id, ports.ids);
        await ports.removal.remove(kim.id);
        throw new Error('boom');
      });
      expect(await codeOf(failing)).to.equal('Error: boom');
      expect(await authorOf(post)).to.equal(kim.id);
      expect((await ports.users.findById(kim.id))?.id).to.equal(kim.id);
      expect(await world.post(board, kim)).to.be.an('object');
    });
  });
}
