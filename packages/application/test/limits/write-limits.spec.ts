import { memoryPorts } from '@campus/adapters/memory';
import { FixedClock } from '@campus/adapters/system';
import { TooFast, UserId, type Actor, type WriteLimitSettings } from '@campus/domain';
import { expect } from 'chai';
import { createUseCases } from '../../src/index.js';

const NONE: WriteLimitSettings = {
  postIntervalMs: 0,
  commentIntervalMs: 0,
  messageIntervalMs: 0,
  writeBurst: 0,
};

/** A school with a board and a course, and members, on the memory ports with `limits`. */
async function world(limits: Partial<WriteLimitSettings>) {
  const clock = new FixedClock();
  const campus = createUseCases(
    memoryPorts({ secret: 'a secret of at least 32 bytes!!!', clock, writeLimits: { ...NONE, ...limits } })
      .get,
  );
  const { identity, board, courses } = campus;
  const admin: Actor = { id: UserId('setup'), role: 'admin', schoolId: null };
  const school = await identity.createSchool.execute({ actor: admin, name: '한국대학교' });
  const inSchool = { actor: admin, schoolId: school.id };
  const free = await board.createBoard.execute({ ...inSchool, name: '자유게시판', description: '' });
  const physics = await identity.createDepartment.execute({ ...inSchool, name: '물리학과' });
  const course = await courses.createCourse.execute({
    ...inSchool,
    semester: '2026-1',
    code: 'CS101',
    name: '자료구조',
    professor: 'Lee',
    credits: 3,
    times: [],
  });
  const member = async (username: string) => {
    const signUp = { username, password: 'correct horse battery', email: `${username}@example.com` };
    const { accessToken } = await identity.signUp.execute({
      ...signUp,
      nickname: username,
      schoolId: school.id,
      departmentId: physics.id,
    });
    return (await identity.authenticate.execute({ accessToken })).actor;
  };
  return { clock, campus, boardId: free.id, courseId: course.id, member };
}

async function refusedWith(write: Promise<unknown>): Promise<number> {
  const error = await write.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).to.be.instanceOf(TooFast);
  expect((error as TooFast).code).to.equal('TOO_FAST');
  expect((error as TooFast).kind).to.equal('rate_limited');
  return (error as TooFast).retryAfterSeconds;
}

describe('Write limits in the use cases', () => {
  it('given a post, when the same member posts again within POST_INTERVAL, then TOO_FAST with the seconds left, and nothing is written', async () => {
    const w = await world({ postIntervalMs: 10_000 });
    const kim = await w.member('kim_cs');
    const post = (title: string) =>
      w.campus.board.createPost.execute({ actor: kim, boardId: w.boardId, title, content: '.' });
    await post('first');
    w.clock.advance(2_500);
    expect(await refusedWith(post('second'))).to.equal(8);
    w.clock.advance(7_000);
    expect(await refusedWith(post('second'))).to.equal(1);
    const mine = await w.campus.board.listMyPosts.execute({ actor: kim, page: { limit: 20, after: null } });
    expect(mine.items.map((p) => p.title)).to.deep.equal(['first']);
    w.clock.advance(500);
    await post('second');
  });

  it('given one member posting, then another member may post at once', async () => {
    const w = await world({ postIntervalMs: 10_000 });
    const [kim, lee] = [await w.member('kim_cs'), await w.member('lee_cs')];
    await w.campus.board.createPost.execute({ actor: kim, boardId: w.boardId, title: 'a', content: '.' });
    await w.campus.board.createPost.execute({ actor: lee, boardId: w.boardId, title: 'b', content: '.' });
  });

  it('given a post refused as invalid or on a board that does not exist, then it costs no interval', async () => {
    const w = await world({ postIntervalMs: 10_000 });
    const kim = await w.member('kim_cs');
    const invalid = w.campus.board.createPost.execute({
      actor: kim,
      boardId: w.boardId,
      title: '',
      content: '.',
    });
    expect(
      await invalid.then(
        () => 'written',
        (e: { code: string }) => e.code,
      ),
    ).to.equal('VALIDATION_FAILED');
    const nowhere = w.campus.board.createPost.execute({
      actor: kim,
      boardId: '01939b2c-5a41-7c3e-9f10-2b7d4e6a8c01',
      title: 't',
      content: '.',
    });
    expect(
      await nowhere.then(
        () => 'written',
        (e: { code: string }) => e.code,
      ),
    ).to.equal('BOARD_NOT_FOUND');
    await w.campus.board.createPost.execute({ actor: kim, boardId: w.boardId, title: 't', content: '.' });
  });

  it('given a comment, then the next comment or reply waits COMMENT_INTERVAL, which a post just before does not start', async () => {
    const w = await world({ postIntervalMs: 10_000, commentIntervalMs: 3_000 });
    const kim = await w.member('kim_cs');
    const post = await w.campus.board.createPost.execute({
      actor: kim,
      boardId: w.boardId,
      title: 't',
      content: '.',
    });
    const first = await w.campus.board.createComment.execute({ actor: kim, postId: post.id, content: 'one' });
    w.clock.advance(1_000);
    const reply = { actor: kim, postId: post.id, content: 'two', parentId: first.id };
    expect(await refusedWith(w.campus.board.createComment.execute(reply))).to.equal(2);
    expect(await w.campus.board.listComments.execute({ actor: kim, postId: post.id })).to.have.length(1);
    w.clock.advance(2_000);
    await w.campus.board.createComment.execute(reply);
  });

  it('given WRITE_BURST other writes in a minute, then the next friend request, report or review is refused until the minute ends', async () => {
    const w = await world({ writeBurst: 3 });
    const [kim, lee, park, choi] = [
      await w.member('kim_cs'),
      await w.member('lee_cs'),
      await w.member('park_cs'),
      await w.member('choi_cs'),
    ];
    const leePost = await w.campus.board.createPost.execute({
      actor: lee,
      boardId: w.boardId,
      title: 't',
      content: '.',
    });
    const leeComment = await w.campus.board.createComment.execute({
      actor: lee,
      postId: leePost.id,
      content: 'c',
    });
    await w.campus.friends.sendFriendRequest.execute({ actor: kim, username: 'lee_cs' });
    w.clock.advance(10_000);
    await w.campus.board.reportPost.execute({ actor: kim, postId: leePost.id, reason: 'spam' });
    await w.campus.board.reportComment.execute({ actor: kim, commentId: leeComment.id, reason: 'spam' });
    const review = { actor: kim, courseId: w.courseId, rating: 5, content: 'good' };
    expect(await refusedWith(w.campus.courses.createReview.execute(review))).to.equal(50);
    expect(
      await refusedWith(w.campus.friends.sendFriendRequest.execute({ actor: kim, username: 'park_cs' })),
    ).to.equal(50);
    // Others are not held back by kim's writes, and posts and comments are not in the budget.
    await w.campus.friends.sendFriendRequest.execute({ actor: choi, username: 'park_cs' });
    await w.campus.board.createPost.execute({ actor: kim, boardId: w.boardId, title: 'mine', content: '.' });
    w.clock.advance(50_000);
    await w.campus.courses.createReview.execute(review);
    expect(
      (
        await w.campus.courses.listReviews.execute({
          actor: park,
          courseId: w.courseId,
          page: { limit: 20, after: null },
        })
      ).reviewCount,
    ).to.equal(1);
  });

  it('given a friend request refused because it already exists, then it takes nothing from the budget', async () => {
    const w = await world({ writeBurst: 2 });
    const kim = await w.member('kim_cs');
    await w.member('lee_cs');
    await w.campus.friends.sendFriendRequest.execute({ actor: kim, username: 'lee_cs' });
    for (let i = 0; i < 3; i++) {
      const again = w.campus.friends.sendFriendRequest.execute({ actor: kim, username: 'lee_cs' });
      expect(
        await again.then(
          () => 'sent',
          (e: { code: string }) => e.code,
        ),
      ).to.equal('FRIEND_REQUEST_EXISTS');
    }
    await w.member('park_cs');
    await w.campus.friends.sendFriendRequest.execute({ actor: kim, username: 'park_cs' });
  });

  it('given the limits at 0, then nothing is limited', async () => {
    const w = await world({});
    const kim = await w.member('kim_cs');
    for (let i = 0; i < 5; i++)
      await w.campus.board.createPost.execute({
        actor: kim,
        boardId: w.boardId,
        title: `t${i}`,
        content: '.',
      });
  });

  it('given the memory ports without settings, then the server defaults limit posts to one every 10 seconds', async () => {
    const clock = new FixedClock();
    const campus = createUseCases(memoryPorts({ secret: 'a secret of at least 32 bytes!!!', clock }).get);
    const admin: Actor = { id: UserId('setup'), role: 'admin', schoolId: null };
    const school = await campus.identity.createSchool.execute({ actor: admin, name: 'S' });
    const free = await campus.board.createBoard.execute({
      actor: admin,
      schoolId: school.id,
      name: 'B',
      description: '',
    });
    const dept = await campus.identity.createDepartment.execute({
      actor: admin,
      schoolId: school.id,
      name: 'D',
    });
    const { accessToken } = await campus.identity.signUp.execute({
      username: 'kim_cs',
      password: 'correct horse battery',
      email: 'kim@example.com',
      nickname: 'kim',
      schoolId: school.id,
      departmentId: dept.id,
    });
    const { actor } = await campus.identity.authenticate.execute({ accessToken });
    await campus.board.createPost.execute({ actor, boardId: free.id, title: 'a', content: '.' });
    clock.advance(9_000);
    expect(
      await refusedWith(
        campus.board.createPost.execute({ actor, boardId: free.id, title: 'b', content: '.' }),
      ),
    ).to.equal(1);
  });
});
