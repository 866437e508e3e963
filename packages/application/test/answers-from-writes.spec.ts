import { expect } from 'chai';
import {
  BcryptPasswordHasher,
  FixedClock,
  JwtTokenService,
  MemoryAdapters,
  SequentialIdGenerator,
} from '@campus/adapters';
import {
  Board,
  BoardId,
  Course,
  CourseId,
  Department,
  DepartmentId,
  School,
  SchoolId,
  User,
  UserId,
  type Actor,
  type UnitOfWork,
} from '@campus/domain';
import {
  CreateComment,
  CreatePost,
  CreateReview,
  CreateTimetable,
  SendFriendRequest,
  SessionIssuer,
  SignUp,
  TimetableViews,
} from '../src/index.js';

/**
 * Stands for a database that fails the moment a write has committed: every store call made after
 * that rejects. A create that reads back for its answer then fails although its row is there,
 * which is how a committed create used to be answered 503.
 */
class Tripwire {
  private tripped = false;
  private depth = 0;

  unitOfWork(inner: UnitOfWork): UnitOfWork {
    return {
      run: async <T>(work: () => Promise<T>) => {
        this.depth += 1;
        try {
          return await inner.run(work);
        } finally {
          this.depth -= 1;
          if (this.depth === 0) this.tripped = true;
        }
      },
      afterCommit: (effect) => inner.afterCommit(effect),
    };
  }

  /** Calls to `writes` made outside a unit commit at once, and trip the wire. */
  store<T extends object>(inner: T, writes: readonly string[]): T {
    return new Proxy(inner, {
      get: (target, name, receiver) => {
        const value: unknown = Reflect.get(target, name, receiver);
        if (typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          if (this.tripped) throw new Error(`database down: ${String(name)} called after the commit`);
          const result: unknown = await (value as (...a: unknown[]) => unknown).apply(target, args);
          if (writes.includes(String(name)) && this.depth === 0) this.tripped = true;
          return result;
        };
      },
    });
  }
}

const WRITES = ['save', 'add', 'create', 'remove', 'assign', 'markLocked'];

async function world() {
  const raw = new MemoryAdapters();
  const wire = new Tripwire();
  const clock = new FixedClock(new Date('2025-03-01T00:00:00.000Z'));
  const ids = new SequentialIdGenerator();
  const school = School.create({ id: SchoolId(ids.next()), name: 'Campus U' });
  const department = Department.create({
    id: DepartmentId(ids.next()),
    schoolId: school.id,
    name: 'Physics',
  });
  const board = Board.create(
    { id: BoardId(ids.next()), schoolId: school.id, name: 'Free', description: '' },
    clock.now(),
  );
  await raw.schools.save(school);
  await raw.departments.save(department);
  await raw.boards.save(board);
  const person = async (name: string): Promise<Actor> => {
    const user = User.create(
      {
        id: UserId(ids.next()),
        username: name,
        email: `${name}@example.com`,
        nickname: `${name} nick`,
        passwordHash: 'x',
        schoolId: school.id,
        departmentId: department.id,
      },
      clock.now(),
    );
    await raw.users.save(user);
    return { id: user.id, role: 'user', schoolId: school.id };
  };
  const alice = await person('alice');
  const bob = await person('bobby');
  const course = Course.create(
    {
      id: CourseId(ids.next()),
      schoolId: school.id,
      semester: '2025-1',
      code: 'PHY101',
      name: 'Physics I',
      professor: 'Kim',
      credits: 3,
      times: [],
    },
    clock.now(),
  );
  await raw.courses.add(course);
  const s = <T extends object>(store: T) => wire.store(store, WRITES);
  const uow = wire.unitOfWork(raw.unitOfWork);
  const tokens = new JwtTokenService({
    secret: 'x'.repeat(32),
    issuer: 'campus',
    accessTtlMs: 60_000,
    refreshTtlMs: 3_600_000,
    clock,
  });
  const issuer = new SessionIssuer(s(raw.sessions), tokens, ids, clock);
  const [users, posts] = [s(raw.users), s(raw.posts)];
  return {
    raw,
    ids: { school: school.id, department: department.id, board: board.id, course: course.id },
    alice,
    bob,
    createPost: new CreatePost(s(raw.boards), posts, users, ids, clock),
    createComment: new CreateComment(uow, posts, s(raw.comments), s(raw.aliases), users, ids, clock),
    signUp: new SignUp(
      uow,
      users,
      s(raw.schools),
      s(raw.departments),
      new BcryptPasswordHasher(4),
      issuer,
      ids,
      clock,
    ),
    createTimetable: new CreateTimetable(
      uow,
      s(raw.timetables),
      new TimetableViews(users, s(raw.courses)),
      ids,
      clock,
    ),
    sendFriendRequest: new SendFriendRequest(
      uow,
      users,
      s(raw.friendRequests),
      s(raw.friendships),
      ids,
      clock,
    ),
    createReview: new CreateReview(s(raw.courses), s(raw.reviews), ids, clock),
  };
}

describe('creates answer from what they wrote', () => {
  it('given a database that fails once the post is committed, when a named post is created, then it is answered in full', async () => {
    const w = await world();
    const post = await w.createPost.execute({
      actor: w.alice,
      boardId: w.ids.board,
      title: 'Hello',
      content: 'World',
      isAnonymous: false,
    });
    expect(post).to.deep.include({ title: 'Hello', content: 'World', likeCount: 0, comments: [] });
    expect(post.author).to.deep.equal({
      id: w.alice.id,
      displayName: 'alice nick',
      isAnonymous: false,
      isPostAuthor: true,
    });
    expect(post.board).to.deep.equal({ id: w.ids.board, name: 'Free' });
    expect(post.viewer).to.deep.equal({ isAuthor: true, liked: false, scrapped: false, reported: false });
  });

  it('given a database that fails once the comment is committed, when a named comment is made, then it is answered in full', async () => {
    const w = await world();
    const post = await new CreatePost(
      w.raw.boards,
      w.raw.posts,
      w.raw.users,
      new SequentialIdGenerator(),
      new FixedClock(),
    ).execute({
      actor: w.bob,
      boardId: w.ids.board,
      title: 'Q',
      content: 'A?',
    });
    const comment = await w.createComment.execute({
      actor: w.alice,
      postId: post.id,
      content: 'Hi',
      isAnonymous: false,
    });
    expect(comment).to.deep.include({ content: 'Hi', isMine: true, replies: [] });
    expect(comment.author?.displayName).to.equal('alice nick');
  });

  it('given a database that fails once the account is committed, when someone signs up, then they get their account and tokens', async () => {
    const w = await world();
    const result = await w.signUp.execute({
      username: 'carol',
      password: 'correct horse battery',
      email: 'carol@example.com',
      nickname: 'carol nick',
      schoolId: w.ids.school,
      departmentId: w.ids.department,
    });
    expect(result.user.school).to.deep.equal({ id: w.ids.school, name: 'Campus U' });
    expect(result.user.department).to.deep.equal({ id: w.ids.department, name: 'Physics' });
    expect(result.accessToken).to.be.a('string');
  });

  it('given a database that fails once the timetable is committed, when one is made, then it is answered with its owner', async () => {
    const w = await world();
    const timetable = await w.createTimetable.execute({ actor: w.alice, semester: '2025-1' });
    expect(timetable).to.deep.include({ name: '시간표1', isPrimary: true, courses: [], totalCredits: 0 });
    expect(timetable.owner).to.deep.equal({ id: w.alice.id, username: 'alice', nickname: 'alice nick' });
  });

  it('given a database that fails once the request is committed, when a friend request is sent, then both sides are named', async () => {
    const w = await world();
    const outcome = await w.sendFriendRequest.execute({ actor: w.alice, username: 'bobby' });
    expect(outcome.kind).to.equal('request');
    if (outcome.kind !== 'request') return;
    expect(outcome.request.from.username).to.equal('alice');
    expect(outcome.request.to.username).to.equal('bobby');
  });

  it('given a database that fails once the review is committed, when a review is written, then it is answered', async () => {
    const w = await world();
    const review = await w.createReview.execute({
      actor: w.alice,
      courseId: w.ids.course,
      rating: 5,
      content: 'Good',
    });
    expect(review).to.deep.include({ rating: 5, content: 'Good', isMine: true });
  });
});
