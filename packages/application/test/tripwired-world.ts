import { MemoryAdapters } from '@campus/adapters/memory';
import { BcryptPasswordHasher, JwtTokenService } from '@campus/adapters/security';
import { FixedClock, SequentialIdGenerator } from '@campus/adapters/system';
import {
  Board,
  BoardId,
  Course,
  CourseId,
  Department,
  DepartmentId,
  School,
  SchoolId,
  SessionPolicy,
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
import { unlimited } from './support/write-guards.js';
import { testNotifier } from './support/notifiers.js';

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

export async function tripwiredWorld() {
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
    await raw.users.add(user);
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
  // Notifications are written with the comment, before its commit: never read after it.
  const { notifier } = testNotifier(clock, ids, { db: raw.db, uow: raw.unitOfWork });
  const tokens = new JwtTokenService({
    secret: 'x'.repeat(32),
    issuer: 'campus',
    accessTtlMs: 60_000,
    refreshTtlMs: 3_600_000,
    clock,
  });
  const issuer = new SessionIssuer(
    s(raw.sessions),
    tokens,
    ids,
    new SessionPolicy(2_592_000_000, 10_000),
    clock,
  );
  const [users, posts] = [s(raw.users), s(raw.posts)];
  return {
    raw,
    ids: { school: school.id, department: department.id, board: board.id, course: course.id },
    alice,
    bob,
    createPost: new CreatePost(s(raw.boards), posts, users, ids, clock, unlimited(clock)),
    createComment: new CreateComment(
      uow,
      posts,
      s(raw.comments),
      s(raw.aliases),
      users,
      ids,
      clock,
      unlimited(clock),
      notifier,
    ),
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
      unlimited(clock),
      s(raw.blocks),
      notifier,
    ),
    createReview: new CreateReview(s(raw.courses), s(raw.reviews), ids, clock, unlimited(clock)),
  };
}
