import {
  ANONYMOUS_ALIAS_REPOSITORY,
  BLOCK_REPOSITORY,
  BOARD_REPOSITORY,
  COMMENT_LIKE_REPOSITORY,
  COMMENT_REPORT_REPOSITORY,
  COMMENT_REPOSITORY,
  COURSE_REPOSITORY,
  DEPARTMENT_REPOSITORY,
  FRIEND_REQUEST_REPOSITORY,
  FRIENDSHIP_REPOSITORY,
  POST_LIKE_REPOSITORY,
  POST_QUERIES,
  POST_REPORT_REPOSITORY,
  POST_REPOSITORY,
  POST_SCRAP_REPOSITORY,
  REVIEW_REPOSITORY,
  SCHOOL_REPOSITORY,
  SESSION_REPOSITORY,
  TIMETABLE_REPOSITORY,
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
import type { Ports } from '../composition/provisions.js';
import { InMemoryIdempotencyStore } from './idempotency/in-memory-idempotency-store.js';
import { InMemoryUnitOfWork, MemoryDatabase } from './memory-database.js';
import { memoryRepositories } from './memory-modules.js';

/**
 * The in-memory set on one `MemoryDatabase`: its `ports` (what `memoryModules` provide), and the
 * same stores by name, as `SequelizeAdapters` names them, for tests that take either set alike.
 * A composition reads `ports`; a new feature needs no name here.
 */
export class MemoryAdapters {
  readonly ports: Ports;
  readonly idempotency: InMemoryIdempotencyStore;
  readonly unitOfWork: InMemoryUnitOfWork;
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

  constructor(readonly db = new MemoryDatabase()) {
    this.unitOfWork = new InMemoryUnitOfWork(db);
    this.ports = memoryRepositories(db, this.unitOfWork);
    this.idempotency = new InMemoryIdempotencyStore(db);
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
}
