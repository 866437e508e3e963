import {
  InMemoryAnonymousAliasRepository,
  InMemoryBoardRepository,
  InMemoryCommentLikeRepository,
  InMemoryCommentReportRepository,
  InMemoryCommentRepository,
  InMemoryCourseRepository,
  InMemoryDepartmentRepository,
  InMemoryFriendRequestRepository,
  InMemoryFriendshipRepository,
  InMemoryPostLikeRepository,
  InMemoryPostQueries,
  InMemoryPostReportRepository,
  InMemoryPostRepository,
  InMemoryPostScrapRepository,
  InMemoryReviewRepository,
  InMemorySchoolRepository,
  InMemorySessionRepository,
  InMemoryTimetableRepository,
  InMemoryUnitOfWork,
  InMemoryUserRepository,
  MemoryDatabase,
} from '@campus/adapters';
import type { CacheLayer } from './cache-layer.js';
import { storesModule } from './stores-module.js';
import type { OpenedStorage } from './tokens.js';

/** Everything in this process's memory: for tests, demos and embedding; gone at exit. */
export function openMemoryStorage(cached: CacheLayer): OpenedStorage {
  const db = new MemoryDatabase();
  const users = new InMemoryUserRepository(db);
  const module = storesModule(
    {
      unitOfWork: new InMemoryUnitOfWork(db),
      users,
      schools: new InMemorySchoolRepository(db),
      departments: new InMemoryDepartmentRepository(db),
      sessions: new InMemorySessionRepository(db),
      boards: new InMemoryBoardRepository(db),
      posts: new InMemoryPostRepository(db),
      comments: new InMemoryCommentRepository(db),
      aliases: new InMemoryAnonymousAliasRepository(db),
      postLikes: new InMemoryPostLikeRepository(db),
      commentLikes: new InMemoryCommentLikeRepository(db),
      scraps: new InMemoryPostScrapRepository(db),
      postReports: new InMemoryPostReportRepository(db),
      commentReports: new InMemoryCommentReportRepository(db),
      postQueries: new InMemoryPostQueries(db, users),
      friendRequests: new InMemoryFriendRequestRepository(db),
      friendships: new InMemoryFriendshipRepository(db),
      courses: new InMemoryCourseRepository(db),
      reviews: new InMemoryReviewRepository(db),
      timetables: new InMemoryTimetableRepository(db),
    },
    cached,
  );
  return {
    kind: 'memory',
    module,
    ping: () => Promise.resolve(true),
    isUnavailable: () => false,
    close: () => Promise.resolve(),
  };
}
