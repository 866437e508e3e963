import {
  CreateBoard,
  CreateComment,
  CreatePost,
  DeleteComment,
  DeletePost,
  GetPost,
  LikeComment,
  LikePost,
  ListBestPosts,
  ListBoardPosts,
  ListBoards,
  ListComments,
  ListHotPosts,
  ListMyCommented,
  ListMyPosts,
  ListMyScraps,
  ReportComment,
  ReportPost,
  ScrapPost,
  SearchSchoolPosts,
  UnscrapPost,
  UpdateComment,
  UpdatePost,
} from '@campus/application';
import {
  ANONYMOUS_ALIAS_REPOSITORY as ALIASES,
  BOARD_REPOSITORY as BOARDS,
  BOARD_SETTINGS,
  CLOCK,
  COMMENT_LIKE_REPOSITORY as COMMENT_LIKES,
  COMMENT_REPORT_REPOSITORY as COMMENT_REPORTS,
  COMMENT_REPOSITORY as COMMENTS,
  ID_GENERATOR as IDS,
  POST_LIKE_REPOSITORY as POST_LIKES,
  POST_QUERIES as QUERIES,
  POST_REPORT_REPOSITORY as POST_REPORTS,
  POST_REPOSITORY as POSTS,
  POST_SCRAP_REPOSITORY as SCRAPS,
  SCHOOL_REPOSITORY as SCHOOLS,
  UNIT_OF_WORK as UOW,
  USER_REPOSITORY as USERS,
  type BoardSettings,
} from '@campus/domain';
import { ContainerModule } from 'inversify';
import type { Config } from '../config/config.js';
import { bindClass } from './bind.js';

/** The board's use cases and its thresholds from the configuration. */
export function boardModule(config: Config): ContainerModule {
  return new ContainerModule((options) => {
    const settings: BoardSettings = {
      hotThreshold: config.hotThreshold,
      bestThreshold: config.bestThreshold,
      reportThreshold: config.reportThreshold,
    };
    options.bind(BOARD_SETTINGS).toConstantValue(settings);
    bindClass(options, ListBoards, [BOARDS, SCHOOLS]);
    bindClass(options, CreateBoard, [BOARDS, SCHOOLS, IDS, CLOCK]);
    bindClass(options, ListBoardPosts, [BOARDS, QUERIES]);
    bindClass(options, SearchSchoolPosts, [QUERIES, SCHOOLS]);
    bindClass(options, ListHotPosts, [QUERIES, SCHOOLS]);
    bindClass(options, ListBestPosts, [QUERIES, BOARD_SETTINGS, CLOCK, SCHOOLS]);
    bindClass(options, CreatePost, [BOARDS, POSTS, USERS, IDS, CLOCK]);
    bindClass(options, GetPost, [QUERIES]);
    bindClass(options, UpdatePost, [POSTS, QUERIES, CLOCK]);
    bindClass(options, DeletePost, [POSTS, CLOCK]);
    bindClass(options, LikePost, [UOW, POSTS, POST_LIKES, BOARD_SETTINGS, CLOCK]);
    bindClass(options, ScrapPost, [POSTS, SCRAPS, CLOCK]);
    bindClass(options, UnscrapPost, [POSTS, SCRAPS]);
    bindClass(options, ReportPost, [UOW, POSTS, POST_REPORTS, BOARD_SETTINGS, CLOCK]);
    bindClass(options, ListComments, [QUERIES]);
    bindClass(options, CreateComment, [UOW, POSTS, COMMENTS, ALIASES, USERS, IDS, CLOCK]);
    bindClass(options, UpdateComment, [POSTS, COMMENTS, QUERIES, CLOCK]);
    bindClass(options, DeleteComment, [POSTS, COMMENTS, CLOCK]);
    bindClass(options, LikeComment, [POSTS, COMMENTS, COMMENT_LIKES, CLOCK]);
    bindClass(options, ReportComment, [UOW, POSTS, COMMENTS, COMMENT_REPORTS, BOARD_SETTINGS, CLOCK]);
    bindClass(options, ListMyPosts, [QUERIES]);
    bindClass(options, ListMyCommented, [QUERIES]);
    bindClass(options, ListMyScraps, [QUERIES]);
  });
}
