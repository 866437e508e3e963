import { memoryPorts } from '@campus/adapters/memory';
import { BcryptPasswordHasher } from '@campus/adapters/security';
import { FixedClock } from '@campus/adapters/system';
import {
  BOARD_ERASURE,
  FRIENDS_ERASURE,
  USER_REPOSITORY,
  UserId,
  type AccountErasure,
  type Actor,
  type Resolve,
  type Token,
  type UserRepository,
} from '@campus/domain';
import { expect } from 'chai';
import { createUseCases } from '../../src/index.js';

const PASSWORD = 'correct horse battery';

/** kim and lee at one school on the memory ports; `replace` swaps ports (an erasure step, say). */
type World = Awaited<ReturnType<typeof world>>;

/** `users`, when given, is filled with the memory store's own user repository. */
async function world(
  replace: Map<Token<unknown>, unknown> = new Map(),
  users: { current: UserRepository | null } = { current: null },
) {
  const ports = memoryPorts({
    secret: 'a secret of at least 32 bytes!!!',
    clock: new FixedClock(),
    hasher: new BcryptPasswordHasher(4),
    writeLimits: { postIntervalMs: 0, commentIntervalMs: 0, messageIntervalMs: 0, writeBurst: 0 },
  });
  users.current = ports.get(USER_REPOSITORY);
  const resolve = (<T>(token: Token<T>): T => (replace.get(token) as T) ?? ports.get(token)) as Resolve;
  const campus = createUseCases(resolve);
  const { identity, board, accountDeletion } = campus;
  const setup: Actor = { id: UserId('setup'), role: 'admin', schoolId: null };
  const school = await identity.createSchool.execute({ actor: setup, name: '한국대학교' });
  const dept = await identity.createDepartment.execute({ actor: setup, schoolId: school.id, name: '물리' });
  const member = async (name: string) => {
    const signed = await identity.signUp.execute({
      username: `${name}_cs`,
      password: PASSWORD,
      email: `${name}@example.com`,
      nickname: name,
      schoolId: school.id,
      departmentId: dept.id,
    });
    const { actor, sessionId } = await identity.authenticate.execute({ accessToken: signed.accessToken });
    return { actor, sessionId, accessToken: signed.accessToken };
  };
  const kim = await member('kim');
  const lee = await member('lee');
  const boardId = (
    await board.createBoard.execute({ actor: setup, schoolId: school.id, name: '자유', description: '' })
  ).id;
  const remove = (actor: Actor, password = PASSWORD) =>
    accountDeletion.deleteAccount.execute({ actor, password });
  return { campus, kim, lee, boardId, remove, schoolId: school.id, departmentId: dept.id };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'expected a rejection').to.not.equal(null);
  return (error as { code: string }).code;
}

/** An erasure step that records whom it erased, or fails. */
class SpyErasure implements AccountErasure {
  readonly erased: string[] = [];
  constructor(private readonly fails = false) {}
  erase(userId: UserId): Promise<void> {
    this.erased.push(userId);
    return this.fails ? Promise.reject(new Error('step failed')) : Promise.resolve();
  }
}

describe('DeleteAccount', () => {
  it('given the right password, when deleting, then the account and every session are gone', async () => {
    const w = await world();
    await w.remove(w.kim.actor);
    expect(await codeOf(w.campus.identity.authenticate.execute({ accessToken: w.kim.accessToken }))).to.equal(
      'SESSION_REVOKED',
    );
    expect(
      await codeOf(w.campus.identity.logIn.execute({ username: 'kim_cs', password: PASSWORD })),
    ).to.equal('INVALID_CREDENTIALS');
    await w.campus.identity.authenticate.execute({ accessToken: w.lee.accessToken });
  });

  it('given a wrong password, then INVALID_CREDENTIALS, nothing deleted, and failures count as failed logins', async () => {
    const w = await world();
    for (let i = 0; i < 5; i++)
      expect(await codeOf(w.remove(w.kim.actor, 'not my password'))).to.equal('INVALID_CREDENTIALS');
    expect(await codeOf(w.remove(w.kim.actor))).to.equal('TOO_MANY_ATTEMPTS');
    expect(
      await codeOf(w.campus.identity.logIn.execute({ username: 'kim_cs', password: PASSWORD })),
    ).to.equal('TOO_MANY_ATTEMPTS');
    await w.campus.identity.authenticate.execute({ accessToken: w.kim.accessToken });
  });

  it('given the only admin, then LAST_ADMIN; given another admin, then it may go', async () => {
    const w = await world();
    const { identity } = w.campus;
    await identity.ensureAdmin.execute({ username: 'root', password: 'root password 1' });
    const root = await identity.logIn.execute({ username: 'root', password: 'root password 1' });
    const { actor } = await identity.authenticate.execute({ accessToken: root.accessToken });
    expect(await codeOf(w.remove(actor, 'root password 1'))).to.equal('LAST_ADMIN');
    await identity.ensureAdmin.execute({ username: 'kim_cs', password: PASSWORD });
    await w.remove(actor, 'root password 1');
    expect(await codeOf(identity.authenticate.execute({ accessToken: root.accessToken }))).to.equal(
      'SESSION_REVOKED',
    );
  });

  it('given each feature a step, then every step erases the account, inside the unit', async () => {
    const friends = new SpyErasure();
    const w = await world(new Map([[FRIENDS_ERASURE, friends]]));
    await w.remove(w.kim.actor);
    expect(friends.erased).to.deep.equal([w.kim.actor.id]);
  });

  it('given a step that fails, then nothing of the deletion stays: the account and its posts are as they were', async () => {
    const w = await world(new Map([[BOARD_ERASURE, new SpyErasure(true)]]));
    const post = await w.campus.board.createPost.execute({
      actor: w.kim.actor,
      boardId: w.boardId,
      title: '제목',
      content: '내용',
      isAnonymous: false,
    });
    const error = await w.remove(w.kim.actor).catch((e: unknown) => e);
    expect((error as Error).message).to.equal('step failed');
    await w.campus.identity.authenticate.execute({ accessToken: w.kim.accessToken });
    const shown = await w.campus.board.getPost.execute({ actor: w.lee.actor, postId: post.id });
    expect(shown.author).to.deep.include({ id: w.kim.actor.id, displayName: 'kim' });
  });

  it('given two deletions at once, then one succeeds and the other finds the session gone', async () => {
    const w = await world();
    const outcomes = await Promise.all(
      [w.remove(w.kim.actor), w.remove(w.kim.actor)].map((p) => codeOf(p).catch(() => 'ok')),
    );
    expect(outcomes.sort()).to.deep.equal(['SESSION_REVOKED', 'ok']);
  });

  it('given a named post, then it stays with the departed label and no id', async () => {
    const w = await world();
    const post = await w.campus.board.createPost.execute({
      actor: w.kim.actor,
      boardId: w.boardId,
      title: '제목',
      content: '내용',
      isAnonymous: false,
    });
    await w.remove(w.kim.actor);
    const shown = await w.campus.board.getPost.execute({ actor: w.lee.actor, postId: post.id });
    expect(shown.author).to.deep.equal({
      id: null,
      displayName: '(탈퇴한 사용자)',
      isAnonymous: false,
      isPostAuthor: true,
    });
  });

  for (const [name, write] of [
    [
      'a nickname change',
      (w: World) => w.campus.identity.updateMe.execute({ actor: w.kim.actor, nickname: '새이름' }),
    ],
    [
      'a password change',
      (w: World) =>
        w.campus.identity.changePassword.execute({
          actor: w.kim.actor,
          sessionId: w.kim.sessionId,
          currentPassword: PASSWORD,
          newPassword: 'another horse battery',
        }),
    ],
  ] as const) {
    it(`given ${name} that read the account before its deletion committed, then SESSION_REVOKED and the account stays gone`, async () => {
      // The deletion commits between the write's read of the account and its save.
      let deleteOnRead: (() => Promise<void>) | null = null;
      const users = { current: null as UserRepository | null };
      const racing: UserRepository = {
        add: (user) => users.current!.add(user),
        save: (user) => users.current!.save(user),
        findByUsername: (username) => users.current!.findByUsername(username),
        findManyByIds: (ids) => users.current!.findManyByIds(ids),
        async findById(id) {
          const found = await users.current!.findById(id);
          const deletion = deleteOnRead;
          deleteOnRead = null;
          if (deletion) await deletion();
          return found;
        },
      };
      const w = await world(new Map([[USER_REPOSITORY, racing]]), users);
      deleteOnRead = () => w.remove(w.kim.actor);
      expect(await codeOf(write(w))).to.equal('SESSION_REVOKED');
      expect(await users.current!.findById(w.kim.actor.id)).to.equal(null);
      const signedUp = await w.campus.identity.signUp.execute({
        username: 'kim_cs',
        password: PASSWORD,
        email: 'kim@example.com',
        nickname: 'kim',
        schoolId: w.schoolId,
        departmentId: w.departmentId,
      });
      expect(signedUp.user.id).to.not.equal(w.kim.actor.id);
    });
  }
});
