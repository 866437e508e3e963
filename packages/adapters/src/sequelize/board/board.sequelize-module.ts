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
} from '@campus/domain';
import { provide, type AdapterModule } from '../../composition/provisions.js';
import type { SequelizeHandle } from '../sequelize-handle.js';
import {
  SequelizeBoardRepository,
  SequelizeCommentRepository,
  SequelizePostRepository,
} from './sequelize-board-repositories.js';
import { SequelizePostQueries } from './sequelize-post-queries.js';
import {
  SequelizeAnonymousAliasRepository,
  SequelizeCommentLikeRepository,
  SequelizeCommentReportRepository,
  SequelizePostLikeRepository,
  SequelizePostReportRepository,
  SequelizePostScrapRepository,
} from './sequelize-reaction-repositories.js';

/** Boards, posts, comments and their reactions in SQL; the post views in a fixed set of queries. */
export const sequelizeBoard: AdapterModule<SequelizeHandle> = ({ sql, unitOfWork: uow }) => [
  provide(BOARD_REPOSITORY, new SequelizeBoardRepository(sql)),
  provide(POST_REPOSITORY, new SequelizePostRepository(sql, uow)),
  provide(COMMENT_REPOSITORY, new SequelizeCommentRepository(sql, uow)),
  provide(ANONYMOUS_ALIAS_REPOSITORY, new SequelizeAnonymousAliasRepository(sql, uow)),
  provide(POST_LIKE_REPOSITORY, new SequelizePostLikeRepository(sql, uow)),
  provide(COMMENT_LIKE_REPOSITORY, new SequelizeCommentLikeRepository(sql, uow)),
  provide(POST_SCRAP_REPOSITORY, new SequelizePostScrapRepository(sql, uow)),
  provide(POST_REPORT_REPOSITORY, new SequelizePostReportRepository(sql, uow)),
  provide(COMMENT_REPORT_REPOSITORY, new SequelizeCommentReportRepository(sql, uow)),
  provide(POST_QUERIES, new SequelizePostQueries(sql)),
];
