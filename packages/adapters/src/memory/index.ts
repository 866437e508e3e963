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
export { memoryModules, memoryRepositories } from './memory-modules.js';
export { memoryPorts, type MemoryPortsOptions } from './memory-ports.js';
export { memoryBoard } from './board/index.js';
export { memoryIdentity } from './identity/index.js';
export { memoryFriends } from './friends/index.js';
export { memoryCourses } from './courses/index.js';
export { memoryTimetables } from './timetables/index.js';
export { InMemoryBlockRepository } from './blocking/in-memory-block-repository.js';
export { memoryBlocking } from './blocking/blocking.memory-module.js';
export { InMemoryWriteLimiter } from './limits/in-memory-write-limiter.js';
export {
  InMemoryPasswordResetTokenRepository,
  InMemoryResetAccountLookup,
} from './password-reset/in-memory-password-reset-repositories.js';
export {
  InMemoryEmailOwnerLookup,
  InMemoryVerificationCodeRepository,
} from './verification/in-memory-verification-repositories.js';
export { memoryVerification } from './verification/verification.memory-module.js';
export { memoryAccountDeletion } from './account-deletion/account-deletion.memory-module.js';
export {
  InMemoryAuditLog,
  InMemoryReportCaseQueries,
  InMemoryReportCaseRepository,
  memoryModeration,
} from './moderation/index.js';
export {
  InMemoryConversationRepository,
  InMemoryMessageReportRepository,
  InMemoryMessagesErasure,
} from './messages/in-memory-conversation-repository.js';
export { memoryMessages } from './messages/messages.memory-module.js';
export {
  AfterCommitNotificationPublisher,
  InMemoryNotificationRepository,
  InProcessNotificationBus,
  memoryNotifications,
  type NotificationBus,
  type NotificationBusListener,
  type NotificationBusMessage,
  NotificationHub,
  StreamEndingAccountRemoval,
  StreamEndingSessionRepository,
} from './notifications/index.js';
