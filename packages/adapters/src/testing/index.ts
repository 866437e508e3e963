export {
  DEFAULT_TEST_MYSQL_URL,
  emptyMysqlDatabase,
  type MigratedDatabaseOptions,
  mysqlAvailable,
  mysqlTestDatabase,
  ServiceMissing,
  type TestDatabase,
  testMysqlUrl,
  warnSkipped,
} from './services.js';
export { noteSkipped } from './skipped.js';
export { countStatements, StatementCounter } from './statement-counter.js';
export {
  departmentRepositoryContract,
  identityContract,
  type IdentityPorts,
  type IdentityPortsSetup,
  IdentityWorld,
  schoolRepositoryContract,
  sessionRepositoryContract,
  unitOfWorkContract,
  userRepositoryContract,
} from './identity/identity.contract.js';
export {
  anonymousAliasRepositoryContract,
  boardContracts,
  type BoardPorts,
  type BoardPortsSetup,
  boardRepositoryContract,
  BoardWorld,
  cachedBoardPorts,
  commentLikeRepositoryContract,
  commentReportRepositoryContract,
  commentRepositoryContract,
  postLikeRepositoryContract,
  postQueriesDetailContract,
  postQueriesListsContract,
  postReportRepositoryContract,
  postRepositoryContract,
  postScrapRepositoryContract,
} from './board/index.js';
export {
  friendRequestRepositoryContract,
  friendsContract,
  friendshipRepositoryContract,
  type FriendsPorts,
  type FriendsPortsSetup,
  FriendsWorld,
} from './friends/friends.contract.js';
export {
  cachedCoursesPorts,
  CatalogueWorld,
  courseRepositoryContract,
  coursesContract,
  type CoursesPorts,
  type CoursesPortsSetup,
  CoursesWorld,
  reviewRepositoryContract,
} from './courses/courses.contract.js';
export {
  timetableLockingContract,
  timetableRepositoryContract,
  timetablesContract,
  type TimetablesPorts,
  type TimetablesPortsSetup,
  TimetablesWorld,
} from './timetables/timetables.contract.js';
export { cacheContract, type CacheUnderTest } from './cache/cache.contract.js';
export {
  accountDeletionStores,
  cachedViewStores,
  type CacheFault,
  viewCacheContract,
  type ViewCacheUnderTest,
  type ViewStores,
} from './cache/view-contract.js';
export {
  loginAttemptStoreContract,
  type LoginAttemptsUnderTest,
} from './login-attempts/login-attempt-store.contract.js';
export {
  DEFAULT_TEST_REDIS_URL,
  deleteRedisKeys,
  deleteTestRedisKeys,
  redisTestPrefix,
  redisTestUrl,
  type SkippableContext,
} from './redis.js';
export { TcpProxy } from './tcp-proxy.js';
export {
  idempotencyStoreContract,
  type IdempotencyStoreSetup,
} from './idempotency/idempotency-store.contract.js';
export { writeLimiterContract, type WriteLimitersUnderTest } from './write-limits/write-limiter.contract.js';
export {
  passwordResetContract,
  type PasswordResetPorts,
  type PasswordResetPortsSetup,
} from './password-reset/password-reset.contract.js';
export {
  verificationContract,
  type VerificationPorts,
  type VerificationPortsSetup,
} from './verification/verification.contract.js';
export {
  accountDeletionContract,
  type AccountDeletionPorts,
  type AccountDeletionPortsSetup,
} from './account-deletion/account-deletion.contract.js';
export {
  messageCasesContract,
  moderationContract,
  type ModerationPorts,
  type ModerationPortsSetup,
  type ModerationStage,
  moderationWritesContract,
  ModerationWorld,
  moderationPortsIn,
  reportCasesContract,
  type ReportOptions,
  withModerationStage,
} from './moderation/index.js';
export {
  blockRepositoryContract,
  type BlockingPorts,
  type BlockingPortsSetup,
} from './blocking/block-repository.contract.js';
export {
  messagesContract,
  type MessagesPorts,
  type MessagesPortsSetup,
} from './messages/messages.contract.js';
export {
  notificationsContract,
  type NotificationPorts,
  type NotificationPortsSetup,
} from './notifications/notifications.contract.js';
