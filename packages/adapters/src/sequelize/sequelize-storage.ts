import {
  ANONYMOUS_ALIAS_REPOSITORY,
  BLOCK_REPOSITORY,
  BOARD_REPOSITORY,
  COMMENT_LIKE_REPOSITORY,
  COMMENT_REPORT_REPOSITORY,
  COMMENT_REPOSITORY,
  COURSE_REPOSITORY,
  DEPARTMENT_REPOSITORY,
  FRIENDSHIP_REPOSITORY,
  FRIEND_REQUEST_REPOSITORY,
  POST_LIKE_REPOSITORY,
  POST_QUERIES,
  POST_REPORT_REPOSITORY,
  POST_REPOSITORY,
  POST_SCRAP_REPOSITORY,
  REVIEW_REPOSITORY,
  SCHOOL_REPOSITORY,
  SESSION_REPOSITORY,
  TIMETABLE_REPOSITORY,
  UNIT_OF_WORK,
  USER_REPOSITORY,
  type AnonymousAliasRepository,
  type BlockRepository,
  type BoardRepository,
  type CommentLikeRepository,
  type CommentReportRepository,
  type CommentRepository,
  type CourseRepository,
  type DepartmentRepository,
  type FriendRequestRepository,
  type FriendshipRepository,
  type PostLikeRepository,
  type PostQueries,
  type PostReportRepository,
  type PostRepository,
  type PostScrapRepository,
  type ReviewRepository,
  type SchoolRepository,
  type SessionRepository,
  type TimetableRepository,
  type UserRepository,
} from '@campus/domain';
import type { Sequelize } from 'sequelize';
import { AFTER_COMMIT } from '../cache/after-commit.js';
import { Ports, provide } from '../composition/provisions.js';
import { closeSequelize, createSequelize, prepareSqlite, type SequelizeOptions } from './database.js';
import { isDatabaseUnavailable } from './errors.js';
import { SequelizeIdempotencyStore } from './idempotency/sequelize-idempotency-store.js';
import { migrate } from './migrations/index.js';
import type { SequelizeHandle } from './sequelize-handle.js';
import { sequelizeModules } from './sequelize-modules.js';
import { Sql } from './sql.js';
import { SequelizeUnitOfWork, TransactionContext } from './unit-of-work.js';

/**
 * One database through Sequelize: the handle every feature's adapters share, their `ports` (what
 * `sequelizeModules` provide), and the same stores by name, as `MemoryAdapters` names them, for
 * tests that take either set alike. `open` migrates the schema first.
 */
export class SequelizeAdapters implements SequelizeHandle {
  readonly transactions = new TransactionContext();
  readonly unitOfWork: SequelizeUnitOfWork;
  readonly sql: Sql;
  readonly ports: Ports;
  readonly idempotency: SequelizeIdempotencyStore;
  readonly schools: SchoolRepository;
  readonly departments: DepartmentRepository;
  readonly users: UserRepository;
  readonly sessions: SessionRepository;
  readonly boards: BoardRepository;
  readonly posts: PostRepository;
  readonly comments: CommentRepository;
  readonly aliases: AnonymousAliasRepository;
  readonly postLikes: PostLikeRepository;
  readonly commentLikes: CommentLikeRepository;
  readonly scraps: PostScrapRepository;
  readonly postReports: PostReportRepository;
  readonly commentReports: CommentReportRepository;
  readonly postQueries: PostQueries;
  readonly friendRequests: FriendRequestRepository;
  readonly friendships: FriendshipRepository;
  readonly courses: CourseRepository;
  readonly reviews: ReviewRepository;
  readonly timetables: TimetableRepository;
  readonly blocks: BlockRepository;

  constructor(readonly sequelize: Sequelize) {
    this.unitOfWork = new SequelizeUnitOfWork(sequelize, this.transactions);
    this.sql = new Sql(sequelize, this.transactions);
    this.ports = new Ports([
      provide(UNIT_OF_WORK, this.unitOfWork),
      provide(AFTER_COMMIT, this.unitOfWork),
    ]).load<SequelizeHandle>(this, sequelizeModules);
    this.idempotency = new SequelizeIdempotencyStore(this.sql);
    const get = this.ports.get;
    this.schools = get(SCHOOL_REPOSITORY);
    this.departments = get(DEPARTMENT_REPOSITORY);
    this.users = get(USER_REPOSITORY);
    this.sessions = get(SESSION_REPOSITORY);
    this.boards = get(BOARD_REPOSITORY);
    this.posts = get(POST_REPOSITORY);
    this.comments = get(COMMENT_REPOSITORY);
    this.aliases = get(ANONYMOUS_ALIAS_REPOSITORY);
    this.postLikes = get(POST_LIKE_REPOSITORY);
    this.commentLikes = get(COMMENT_LIKE_REPOSITORY);
    this.scraps = get(POST_SCRAP_REPOSITORY);
    this.postReports = get(POST_REPORT_REPOSITORY);
    this.commentReports = get(COMMENT_REPORT_REPOSITORY);
    this.postQueries = get(POST_QUERIES);
    this.friendRequests = get(FRIEND_REQUEST_REPOSITORY);
    this.friendships = get(FRIENDSHIP_REPOSITORY);
    this.courses = get(COURSE_REPOSITORY);
    this.reviews = get(REVIEW_REPOSITORY);
    this.timetables = get(TIMETABLE_REPOSITORY);
    this.blocks = get(BLOCK_REPOSITORY);
  }

  static async open(url: string, options: SequelizeOptions = {}): Promise<SequelizeAdapters> {
    const sequelize = createSequelize(url, options);
    await prepareSqlite(sequelize, url);
    await migrate(sequelize);
    return new SequelizeAdapters(sequelize);
  }

  async ping(): Promise<boolean> {
    try {
      await this.sequelize.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  isUnavailable(error: unknown): boolean {
    return isDatabaseUnavailable(error);
  }

  close(): Promise<void> {
    return closeSequelize(this.sequelize);
  }
}
