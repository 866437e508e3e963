import {
  ANONYMOUS_ALIAS_REPOSITORY,
  BOARD_REPOSITORY,
  COMMENT_LIKE_REPOSITORY,
  COMMENT_REPORT_REPOSITORY,
  COMMENT_REPOSITORY,
  POST_LIKE_REPOSITORY,
  POST_QUERIES,
  POST_REPORT_REPOSITORY,
  POST_REPOSITORY,
  POST_SCRAP_REPOSITORY,
  USER_REPOSITORY,
} from '@campus/domain';
import { provide, type AdapterModule } from '../../composition/provisions.js';
import type { MemoryDatabase } from '../memory-database.js';
import { InMemoryAnonymousAliasRepository } from './in-memory-anonymous-alias-repository.js';
import { InMemoryBoardRepository } from './in-memory-board-repository.js';
import { InMemoryCommentLikeRepository } from './in-memory-comment-like-repository.js';
import { InMemoryCommentReportRepository } from './in-memory-comment-report-repository.js';
import { InMemoryCommentRepository } from './in-memory-comment-repository.js';
import { InMemoryPostLikeRepository } from './in-memory-post-like-repository.js';
import { InMemoryPostQueries } from './in-memory-post-queries.js';
import { InMemoryPostReportRepository } from './in-memory-post-report-repository.js';
import { InMemoryPostRepository } from './in-memory-post-repository.js';
import { InMemoryPostScrapRepository } from './in-memory-post-scrap-repository.js';

/** Boards, posts, comments and their reactions in memory; the post views read authors' names. */
export const memoryBoard: AdapterModule<MemoryDatabase> = (db, get) => [
  provide(BOARD_REPOSITORY, new InMemoryBoardRepository(db)),
  provide(POST_REPOSITORY, new InMemoryPostRepository(db)),
  provide(COMMENT_REPOSITORY, new InMemoryCommentRepository(db)),
  provide(ANONYMOUS_ALIAS_REPOSITORY, new InMemoryAnonymousAliasRepository(db)),
  provide(POST_LIKE_REPOSITORY, new InMemoryPostLikeRepository(db)),
  provide(COMMENT_LIKE_REPOSITORY, new InMemoryCommentLikeRepository(db)),
  provide(POST_SCRAP_REPOSITORY, new InMemoryPostScrapRepository(db)),
  provide(POST_REPORT_REPOSITORY, new InMemoryPostReportRepository(db)),
  provide(COMMENT_REPORT_REPOSITORY, new InMemoryCommentReportRepository(db)),
  provide(POST_QUERIES, new InMemoryPostQueries(db, get(USER_REPOSITORY))),
];
