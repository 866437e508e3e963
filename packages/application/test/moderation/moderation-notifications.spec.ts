import { provide } from '@campus/adapters/composition';
import { memoryPorts } from '@campus/adapters/memory';
import { FixedClock } from '@campus/adapters/system';
import {
  BOARD_SETTINGS,
  DEFAULT_BOARD_SETTINGS,
  UserId,
  type Actor,
  type PasswordHasher,
} from '@campus/domain';
import { expect } from 'chai';
import { createUseCases } from '../../src/index.js';

/** A hash that costs nothing: these specs are about moderation, not about passwords. */
const plainHasher: PasswordHasher = {
  hash: (plain) => Promise.resolve(`plain:${plain}`),
  verify: (plain, hash) => Promise.resolve(hash === `plain:${plain}`),
};

async function world() {
  const ports = memoryPorts({
    secret: 'a secret of at least 32 bytes!!!',
    clock: new FixedClock(),
    hasher: plainHasher,
    writeLimits: { postIntervalMs: 0, commentIntervalMs: 0, messageIntervalMs: 0, writeBurst: 0 },
    moderation: { reportMinAccountAgeMs: 0 },
  }).add([provide(BOARD_SETTINGS, { ...DEFAULT_BOARD_SETTINGS, reportThreshold: 2 })]);
  const campus = createUseCases(ports.get);
  const admin: Actor = { id: UserId('admin'), role: 'admin', schoolId: null };
  const school = await campus.identity.createSchool.execute({ actor: admin, name: '한국대학교' });
  const dept = await campus.identity.createDepartment.execute({
    actor: admin,
    schoolId: school.id,
    name: '물리',
  });
  const board = await campus.board.createBoard.execute({
    actor: admin,
    schoolId: school.id,
    name: '자유',
    description: '',
  });
  const member = async (name: string): Promise<Actor> => {
    const { user } = await campus.identity.signUp.execute({
      username: name,
      password: 'correct horse battery',
      email: `${name}@example.com`,
      nickname: `${name}닉`,
      schoolId: school.id,
      departmentId: dept.id,
    });
    return { id: UserId(user.id), role: 'user', schoolId: school.id as never };
  };
  const notices = async (actor: Actor) =>
    (await campus.notifications.listNotifications.execute({ actor, page: { limit: 20, after: null } })).items;
  return { campus, admin, board, member, notices };
}

describe('moderation notifications and audit', () => {
  it('given reports reaching the threshold, then the author alone is told their post was hidden, once', async () => {
    const { campus, board, member, notices } = await world();
    const [author, r1, r2] = [await member('author_1'), await member('rep_1'), await member('rep_2')];
    const post = await campus.board.createPost.execute({
      actor: author,
      boardId: board.id,
      title: 't',
      content: 'c',
    });
    await campus.board.reportPost.execute({ actor: r1, postId: post.id, reason: 'spam' });
    expect(await notices(author)).to.deep.equal([]);
    await campus.board.reportPost.execute({ actor: r2, postId: post.id, reason: 'abuse' });
    const told = await notices(author);
    expect(told.map((n) => [n.type, n.text, n.target.postId])).to.deep.equal([
      ['moderation', '내 글이 신고로 숨겨졌습니다', post.id],
    ]);
    expect(await notices(r1)).to.deep.equal([]);
  });

  it('given a restriction, then the member is told until when, and the admin’s action is in the audit trail; lifting it is audited too', async () => {
    const { campus, admin, member, notices } = await world();
    const bob = await member('bob_1');
    const { until } = await campus.verification.restrictUser.execute({
      actor: admin,
      userId: bob.id,
      days: 3,
      reason: '욕설',
    });
    expect((await notices(bob)).map((n) => [n.type, n.text])).to.deep.equal([
      ['moderation', `${until.toISOString().slice(0, 10)}까지 글쓰기가 제한되었습니다`],
    ]);
    await campus.verification.liftRestriction.execute({ actor: admin, userId: bob.id });
    const trail = await campus.moderation.listAuditEntries.execute({
      actor: admin,
      page: { limit: 20, after: null },
    });
    expect(trail.items.map((e) => [e.action, e.actorId, e.target.id])).to.deep.equal([
      ['user.unrestrict', admin.id, bob.id],
      ['user.restrict', admin.id, bob.id],
    ]);
  });
});
