import {
  InMemoryCourseRepository,
  InMemoryFriendRequestRepository,
  InMemoryFriendshipRepository,
  InMemoryReviewRepository,
  InMemoryTimetableRepository,
  InMemoryAnonymousAliasRepository,
  InMemoryBoardRepository,
  InMemoryCommentLikeRepository,
  InMemoryCommentReportRepository,
  InMemoryCommentRepository,
  InMemoryDepartmentRepository,
  InMemoryPostLikeRepository,
  InMemoryPostQueries,
  InMemoryPostReportRepository,
  InMemoryPostRepository,
  InMemoryPostScrapRepository,
  InMemorySchoolRepository,
  InMemorySessionRepository,
  InMemoryUnitOfWork,
  InMemoryUserRepository,
  MemoryDatabase,
} from '@campus/adapters';
import {
  COURSE_REPOSITORY,
  FRIEND_REQUEST_REPOSITORY,
  FRIENDSHIP_REPOSITORY,
  REVIEW_REPOSITORY,
  TIMETABLE_REPOSITORY,
  ANONYMOUS_ALIAS_REPOSITORY,
  BOARD_REPOSITORY,
  COMMENT_LIKE_REPOSITORY,
  COMMENT_REPORT_REPOSITORY,
  COMMENT_REPOSITORY,
  DEPARTMENT_REPOSITORY,
  POST_LIKE_REPOSITORY,
  POST_QUERIES,
  POST_REPORT_REPOSITORY,
  POST_REPOSITORY,
  POST_SCRAP_REPOSITORY,
  SCHOOL_REPOSITORY,
  SESSION_REPOSITORY,
  UNIT_OF_WORK,
  USER_REPOSITORY,
} from '@campus/domain';
import { ContainerModule } from 'inversify';
import type { CacheLayer } from './cache-layer.js';
import type { OpenedStorage } from './tokens.js';

/** Everything in this process's memory: for tests, demos and embedding; gone at exit. */
export function openMemoryStorage(cached: CacheLayer): OpenedStorage {
  const db = new MemoryDatabase();
  const users = new InMemoryUserRepository(db);
  const module = new ContainerModule(({ bind }) => {
    const uow = new InMemoryUnitOfWork(db);
    const comments = cached.comments(new InMemoryCommentRepository(db), uow);
    bind(UNIT_OF_WORK).toConstantValue(uow);
    bind(USER_REPOSITORY).toConstantValue(cached.users(users));
    bind(SCHOOL_REPOSITORY).toConstantValue(new InMemorySchoolRepository(db));
    bind(DEPARTMENT_REPOSITORY).toConstantValue(new InMemoryDepartmentRepository(db));
    bind(SESSION_REPOSITORY).toConstantValue(cached.sessions(new InMemorySessionRepository(db)));
    bind(BOARD_REPOSITORY).toConstantValue(new InMemoryBoardRepository(db));
    bind(POST_REPOSITORY).toConstantValue(new InMemoryPostRepository(db));
    bind(COMMENT_REPOSITORY).toConstantValue(comments);
    bind(ANONYMOUS_ALIAS_REPOSITORY).toConstantValue(new InMemoryAnonymousAliasRepository(db));
    bind(POST_LIKE_REPOSITORY).toConstantValue(new InMemoryPostLikeRepository(db));
    bind(COMMENT_LIKE_REPOSITORY).toConstantValue(
      cached.commentLikes(new InMemoryCommentLikeRepository(db), comments, uow),
    );
    bind(POST_SCRAP_REPOSITORY).toConstantValue(new InMemoryPostScrapRepository(db));
    bind(POST_REPORT_REPOSITORY).toConstantValue(new InMemoryPostReportRepository(db));
    bind(COMMENT_REPORT_REPOSITORY).toConstantValue(new InMemoryCommentReportRepository(db));
    bind(POST_QUERIES).toConstantValue(cached.postQueries(new InMemoryPostQueries(db, users)));
    bind(FRIEND_REQUEST_REPOSITORY).toConstantValue(new InMemoryFriendRequestRepository(db));
    bind(FRIENDSHIP_REPOSITORY).toConstantValue(new InMemoryFriendshipRepository(db));
    bind(COURSE_REPOSITORY).toConstantValue(cached.courses(new InMemoryCourseRepository(db)));
    bind(REVIEW_REPOSITORY).toConstantValue(cached.reviews(new InMemoryReviewRepository(db)));
    bind(TIMETABLE_REPOSITORY).toConstantValue(new InMemoryTimetableRepository(db));
  });
  return {
    kind: 'memory',
    module,
    ping: () => Promise.resolve(true),
    isUnavailable: () => false,
    close: () => Promise.resolve(),
  };
}
