export { InMemoryUnitOfWork, MemoryDatabase } from './memory-database.js';
export {
  InMemoryDepartmentRepository,
  InMemoryLoginAttemptStore,
  InMemorySchoolRepository,
  InMemorySessionRepository,
  InMemoryUserRepository,
} from './identity/index.js';
export {
  InMemoryAnonymousAliasRepository,
  InMemoryBoardRepository,
  InMemoryCommentLikeRepository,
  InMemoryCommentReportRepository,
  InMemoryCommentRepository,
  InMemoryPostLikeRepository,
  InMemoryPostQueries,
  InMemoryPostReportRepository,
  InMemoryPostRepository,
  InMemoryPostScrapRepository,
} from './board/index.js';
export { InMemoryFriendRequestRepository, InMemoryFriendshipRepository } from './friends/index.js';
export { InMemoryCourseRepository, InMemoryReviewRepository } from './courses/index.js';
export { InMemoryTimetableRepository } from './timetables/index.js';
export { InProcessCache } from './cache/in-process-cache.js';
export { MemoryAdapters } from './memory-adapters.js';
export { InMemoryIdempotencyStore } from './idempotency/in-memory-idempotency-store.js';
