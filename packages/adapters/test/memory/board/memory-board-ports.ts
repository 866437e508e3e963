import {
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
  InMemorySchoolRepository,
  InMemoryUnitOfWork,
  InMemoryUserRepository,
  MemoryDatabase,
} from '../../../src/memory/index.js';
import type { BoardPorts } from '../../../src/testing/index.js';

export function memoryBoardPorts(): Promise<BoardPorts> {
  const db = new MemoryDatabase();
  const users = new InMemoryUserRepository(db);
  return Promise.resolve({
    boards: new InMemoryBoardRepository(db),
    posts: new InMemoryPostRepository(db),
    comments: new InMemoryCommentRepository(db),
    aliases: new InMemoryAnonymousAliasRepository(db),
    postLikes: new InMemoryPostLikeRepository(db),
    commentLikes: new InMemoryCommentLikeRepository(db),
    scraps: new InMemoryPostScrapRepository(db),
    postReports: new InMemoryPostReportRepository(db),
    commentReports: new InMemoryCommentReportRepository(db),
    queries: new InMemoryPostQueries(db, users),
    schools: new InMemorySchoolRepository(db),
    users,
    uow: new InMemoryUnitOfWork(db),
  });
}
