import { InMemoryAnonymousAliasRepository } from './board/in-memory-anonymous-alias-repository.js';
import { InMemoryBoardRepository } from './board/in-memory-board-repository.js';
import { InMemoryCommentLikeRepository } from './board/in-memory-comment-like-repository.js';
import { InMemoryCommentReportRepository } from './board/in-memory-comment-report-repository.js';
import { InMemoryCommentRepository } from './board/in-memory-comment-repository.js';
import { InMemoryPostLikeRepository } from './board/in-memory-post-like-repository.js';
import { InMemoryPostQueries } from './board/in-memory-post-queries.js';
import { InMemoryPostReportRepository } from './board/in-memory-post-report-repository.js';
import { InMemoryPostRepository } from './board/in-memory-post-repository.js';
import { InMemoryPostScrapRepository } from './board/in-memory-post-scrap-repository.js';
import { InMemoryCourseRepository } from './courses/in-memory-course-repository.js';
import { InMemoryReviewRepository } from './courses/in-memory-review-repository.js';
import { InMemoryFriendRequestRepository } from './friends/in-memory-friend-request-repository.js';
import { InMemoryFriendshipRepository } from './friends/in-memory-friendship-repository.js';
import { InMemorySessionRepository } from './identity/in-memory-session-repository.js';
import {
  InMemoryDepartmentRepository,
  InMemorySchoolRepository,
} from './identity/in-memory-school-repository.js';
import { InMemoryUserRepository } from './identity/in-memory-user-repository.js';
import { InMemoryUnitOfWork, MemoryDatabase } from './memory-database.js';
import { InMemoryTimetableRepository } from './timetables/in-memory-timetable-repository.js';
import { InMemoryIdempotencyStore } from './idempotency/in-memory-idempotency-store.js';

/**
 * Every store on one `MemoryDatabase`, named as `SequelizeAdapters` names them, so that tests and
 * the composition root take either set the same way.
 */
export class MemoryAdapters {
  readonly unitOfWork: InMemoryUnitOfWork;
  readonly schools: InMemorySchoolRepository;
  readonly departments: InMemoryDepartmentRepository;
  readonly users: InMemoryUserRepository;
  readonly sessions: InMemorySessionRepository;
  readonly boards: InMemoryBoardRepository;
  readonly posts: InMemoryPostRepository;
  readonly comments: InMemoryCommentRepository;
  readonly aliases: InMemoryAnonymousAliasRepository;
  readonly postLikes: InMemoryPostLikeRepository;
  readonly commentLikes: InMemoryCommentLikeRepository;
  readonly scraps: InMemoryPostScrapRepository;
  readonly postReports: InMemoryPostReportRepository;
  readonly commentReports: InMemoryCommentReportRepository;
  readonly postQueries: InMemoryPostQueries;
  readonly friendRequests: InMemoryFriendRequestRepository;
  readonly friendships: InMemoryFriendshipRepository;
  readonly courses: InMemoryCourseRepository;
  readonly reviews: InMemoryReviewRepository;
  readonly timetables: InMemoryTimetableRepository;
  readonly idempotency: InMemoryIdempotencyStore;

  constructor(readonly db = new MemoryDatabase()) {
    this.unitOfWork = new InMemoryUnitOfWork(db);
    this.schools = new InMemorySchoolRepository(db);
    this.departments = new InMemoryDepartmentRepository(db);
    this.users = new InMemoryUserRepository(db);
    this.sessions = new InMemorySessionRepository(db);
    this.boards = new InMemoryBoardRepository(db);
    this.posts = new InMemoryPostRepository(db);
    this.comments = new InMemoryCommentRepository(db);
    this.aliases = new InMemoryAnonymousAliasRepository(db);
    this.postLikes = new InMemoryPostLikeRepository(db);
    this.commentLikes = new InMemoryCommentLikeRepository(db);
    this.scraps = new InMemoryPostScrapRepository(db);
    this.postReports = new InMemoryPostReportRepository(db);
    this.commentReports = new InMemoryCommentReportRepository(db);
    this.postQueries = new InMemoryPostQueries(db, this.users);
    this.friendRequests = new InMemoryFriendRequestRepository(db);
    this.friendships = new InMemoryFriendshipRepository(db);
    this.courses = new InMemoryCourseRepository(db);
    this.reviews = new InMemoryReviewRepository(db);
    this.timetables = new InMemoryTimetableRepository(db);
    this.idempotency = new InMemoryIdempotencyStore(db);
  }
}
