import { expect } from 'chai';
import {
  InMemoryAnonymousAliasRepository,
  InMemoryBlockRepository,
  InMemoryBoardRepository,
  InMemoryCommentLikeRepository,
  InMemoryCommentReportRepository,
  InMemoryCommentRepository,
  InMemoryPostLikeRepository,
  InMemoryPostQueries,
  InMemoryPostReportRepository,
  InMemoryPostRepository,
  InMemoryPostScrapRepository,
  InMemoryAuditLog,
  InMemoryReportCaseQueries,
  InMemoryReportCaseRepository,
  InMemoryUnitOfWork,
  MemoryDatabase,
} from '@campus/adapters/memory';
import {
  Board,
  BoardId,
  School,
  SchoolId,
  User,
  UserId,
  isDomainError,
  type Actor,
  type BoardSettings,
  type Clock,
  type IdGenerator,
  type ModerationSettings,
  type PageRequest,
  type SchoolRepository,
  type UserRepository,
} from '@campus/domain';
import { BoardUseCases } from './board-use-cases.js';

/** Starts at a fixed instant and moves one second on at every reading, so times are distinct. */
export class SteppingClock implements Clock {
  constructor(public current = new Date('2025-03-01T00:00:00.000Z')) {}
  now(): Date {
    const now = new Date(this.current);
    this.current = new Date(this.current.getTime() + 1000);
    return now;
  }
}

export class SequentialIds implements IdGenerator {
  private n = 0;
  next(): string {
    this.n += 1;
    return `0190a000-0000-7000-8000-${this.n.toString(16).padStart(12, '0')}`;
  }
  isCanonical(id: string): boolean {
    return /^0190a000-0000-7000-8000-[0-9a-f]{12}$/.test(id);
  }
}

class StubSchools implements SchoolRepository {
  readonly rows = new Map<string, School>();
  save(school: School): Promise<void> {
    this.rows.set(school.id, school);
    return Promise.resolve();
  }
  findById(id: SchoolId): Promise<School | null> {
    return Promise.resolve(this.rows.get(id) ?? null);
  }
  list(): Promise<School[]> {
    return Promise.resolve([...this.rows.values()]);
  }
}

class StubUsers implements UserRepository {
  readonly rows = new Map<string, User>();
  add(user: User): Promise<void> {
    this.rows.set(user.id, user);
    return Promise.resolve();
  }
  save(user: User): Promise<boolean> {
    if (!this.rows.has(user.id)) return Promise.resolve(false);
    this.rows.set(user.id, user);
    return Promise.resolve(true);
  }
  findById(id: UserId): Promise<User | null> {
    return Promise.resolve(this.rows.get(id) ?? null);
  }
  findByUsername(username: string): Promise<User | null> {
    return Promise.resolve([...this.rows.values()].find((u) => u.username === username) ?? null);
  }
  findManyByIds(ids: readonly UserId[]): Promise<User[]> {
    return Promise.resolve(ids.flatMap((id) => this.rows.get(id) ?? []));
  }
}

/** Small thresholds keep the tests short. */
export const TEST_SETTINGS: BoardSettings = { hotThreshold: 3, bestThreshold: 2, reportThreshold: 2 };

/** The memory adapters, the use cases on them, and builders for schools, members and boards. */
export class BoardTestBed {
  readonly db = new MemoryDatabase();
  readonly clock = new SteppingClock();
  readonly ids = new SequentialIds();
  readonly schools = new StubSchools();
  readonly users = new StubUsers();
  readonly ports = {
    uow: new InMemoryUnitOfWork(this.db),
    boards: new InMemoryBoardRepository(this.db),
    posts: new InMemoryPostRepository(this.db),
    comments: new InMemoryCommentRepository(this.db),
    aliases: new InMemoryAnonymousAliasRepository(this.db),
    postLikes: new InMemoryPostLikeRepository(this.db),
    commentLikes: new InMemoryCommentLikeRepository(this.db),
    scraps: new InMemoryPostScrapRepository(this.db),
    postReports: new InMemoryPostReportRepository(this.db),
    commentReports: new InMemoryCommentReportRepository(this.db),
    queries: new InMemoryPostQueries(this.db, this.users),
    cases: new InMemoryReportCaseRepository(this.db),
    caseQueries: new InMemoryReportCaseQueries(this.db, this.users),
    audit: new InMemoryAuditLog(this.db),
    blocks: new InMemoryBlockRepository(this.db),
  };
  readonly use: BoardUseCases;

  /** Reports count from any account unless a test says otherwise. */
  constructor(
    readonly settings: BoardSettings = TEST_SETTINGS,
    readonly moderation: ModerationSettings = { reportMinAccountAgeMs: 0 },
  ) {
    this.use = new BoardUseCases(this);
  }

  async school(name = `School ${this.schools.rows.size + 1}`): Promise<SchoolId> {
    const school = School.create({ id: SchoolId(this.ids.next()), name });
    await this.schools.save(school);
    return school.id;
  }

  /** A user of `schoolId` with `nickname`, as the actor authentication would hand over. */
  async member(nickname: string, schoolId: SchoolId | null, role: 'user' | 'admin' = 'user'): Promise<Actor> {
    const id = UserId(this.ids.next());
    const handle = `user_${this.users.rows.size + 1}`;
    const user = User.create(
      {
        id,
        username: handle,
        email: `${handle}@example.com`,
        nickname,
        role,
        schoolId,
        departmentId: null,
        passwordHash: 'x',
      },
      this.clock.now(),
    );
    await this.users.add(user);
    return { id, role, schoolId };
  }

  admin(): Promise<Actor> {
    return this.member('Root', null, 'admin');
  }

  async board(schoolId: SchoolId, name = 'Free'): Promise<BoardId> {
    const board = Board.create(
      { id: BoardId(this.ids.next()), schoolId, name, description: '' },
      this.clock.now(),
    );
    await this.ports.boards.save(board);
    return board.id;
  }

  /** A school with a board and members alice (usually the author), bob, carol and dave. */
  async stage() {
    const schoolId = await this.school();
    const boardId = await this.board(schoolId);
    const [alice, bob, carol, dave] = [
      await this.member('Alice', schoolId),
      await this.member('Bob', schoolId),
      await this.member('Carol', schoolId),
      await this.member('Dave', schoolId),
    ];
    const outsider = await this.member('Outsider', await this.school());
    return { schoolId, boardId, alice, bob, carol, dave, outsider, admin: await this.admin() };
  }
}

export const FIRST_PAGE: PageRequest = { limit: 20, after: null };

/** Awaits `promise` and fails unless it rejects with a domain error of `code`. */
export async function expectRejection(promise: Promise<unknown>, code: string): Promise<void> {
  try {
    await promise;
  } catch (error) {
    expect(isDomainError(error), String(error)).to.equal(true);
    expect((error as { code: string }).code).to.equal(code);
    return;
  }
  expect.fail(`expected a rejection with ${code}`);
}
