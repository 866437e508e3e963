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
  InMemoryUnitOfWork,
  MemoryDatabase,
} from '../../../src/memory/index.js';
import { boardContracts, type BoardPorts } from '../../../src/testing/index.js';
import { StubSchoolRepository, StubUserRepository } from './identity-stubs.js';

export function memoryBoardPorts(): Promise<BoardPorts> {
  const db = new MemoryDatabase();
  const users = new StubUserRepository();
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
    schools: new StubSchoolRepository(),
    users,
    uow: new InMemoryUnitOfWork(db),
  });
}

boardContracts('memory', memoryBoardPorts);
