import type { Sequelize } from 'sequelize';
import { closeSequelize, createSequelize, prepareSqlite, type SequelizeOptions } from './database.js';
import { isDatabaseUnavailable } from './errors.js';
import { initIdentityModels } from './identity/identity.models.js';
import {
  SequelizeDepartmentRepository,
  SequelizeSchoolRepository,
  SequelizeUserRepository,
} from './identity/sequelize-identity-repositories.js';
import { SequelizeSessionRepository } from './identity/sequelize-session-repository.js';
import { migrate } from './migrations/index.js';
import {
  SequelizeBoardRepository,
  SequelizeCommentRepository,
  SequelizePostRepository,
} from './board/sequelize-board-repositories.js';
import { SequelizePostQueries } from './board/sequelize-post-queries.js';
import {
  SequelizeAnonymousAliasRepository,
  SequelizeCommentLikeRepository,
  SequelizeCommentReportRepository,
  SequelizePostLikeRepository,
  SequelizePostReportRepository,
  SequelizePostScrapRepository,
} from './board/sequelize-reaction-repositories.js';
import { Sql } from './sql.js';
import { SequelizeCourseRepository, SequelizeReviewRepository } from './catalogue/sequelize-courses.js';
import {
  SequelizeFriendRequestRepository,
  SequelizeFriendshipRepository,
} from './catalogue/sequelize-friends.js';
import { SequelizeTimetableRepository } from './catalogue/sequelize-timetables.js';
import { SequelizeUnitOfWork, TransactionContext } from './unit-of-work.js';
import { SequelizeIdempotencyStore } from './idempotency/sequelize-idempotency-store.js';

/**
 * Every Sequelize adapter over one database, built once: the composition root binds these to
 * the domain's ports. `open` migrates the schema first.
 */
export class SequelizeAdapters {
  readonly transactions = new TransactionContext();
  readonly unitOfWork: SequelizeUnitOfWork;
  readonly schools: SequelizeSchoolRepository;
  readonly departments: SequelizeDepartmentRepository;
  readonly users: SequelizeUserRepository;
  readonly sessions: SequelizeSessionRepository;
  readonly boards: SequelizeBoardRepository;
  readonly posts: SequelizePostRepository;
  readonly comments: SequelizeCommentRepository;
  readonly aliases: SequelizeAnonymousAliasRepository;
  readonly postLikes: SequelizePostLikeRepository;
  readonly commentLikes: SequelizeCommentLikeRepository;
  readonly scraps: SequelizePostScrapRepository;
  readonly postReports: SequelizePostReportRepository;
  readonly commentReports: SequelizeCommentReportRepository;
  readonly postQueries: SequelizePostQueries;
  readonly friendRequests: SequelizeFriendRequestRepository;
  readonly friendships: SequelizeFriendshipRepository;
  readonly courses: SequelizeCourseRepository;
  readonly reviews: SequelizeReviewRepository;
  readonly timetables: SequelizeTimetableRepository;
  readonly idempotency: SequelizeIdempotencyStore;

  constructor(readonly sequelize: Sequelize) {
    this.unitOfWork = new SequelizeUnitOfWork(sequelize, this.transactions);
    const identity = initIdentityModels(sequelize);
    this.schools = new SequelizeSchoolRepository(identity, this.transactions);
    this.departments = new SequelizeDepartmentRepository(identity, this.transactions);
    this.users = new SequelizeUserRepository(identity, this.transactions);
    this.sessions = new SequelizeSessionRepository(identity, this.transactions, this.unitOfWork);
    const sql = new Sql(sequelize, this.transactions);
    const uow = this.unitOfWork;
    this.boards = new SequelizeBoardRepository(sql);
    this.posts = new SequelizePostRepository(sql, uow);
    this.comments = new SequelizeCommentRepository(sql, uow);
    this.aliases = new SequelizeAnonymousAliasRepository(sql, uow);
    this.postLikes = new SequelizePostLikeRepository(sql, uow);
    this.commentLikes = new SequelizeCommentLikeRepository(sql, uow);
    this.scraps = new SequelizePostScrapRepository(sql, uow);
    this.postReports = new SequelizePostReportRepository(sql, uow);
    this.commentReports = new SequelizeCommentReportRepository(sql, uow);
    this.postQueries = new SequelizePostQueries(sql);
    this.friendRequests = new SequelizeFriendRequestRepository(sql);
    this.friendships = new SequelizeFriendshipRepository(sql);
    this.courses = new SequelizeCourseRepository(sql);
    this.reviews = new SequelizeReviewRepository(sql, uow);
    this.timetables = new SequelizeTimetableRepository(sql);
    this.idempotency = new SequelizeIdempotencyStore(sql);
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
