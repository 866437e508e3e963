import {
  ANONYMOUS_ALIAS_REPOSITORY as ALIASES,
  BLOCK_REPOSITORY as BLOCKS,
  BOARD_REPOSITORY as BOARDS,
  BOARD_SETTINGS as SETTINGS,
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
  REPORT_CASE_QUERIES as CASES,
  SCHOOL_REPOSITORY as SCHOOLS,
  UNIT_OF_WORK as UOW,
  USER_REPOSITORY as USERS,
} from '@campus/domain';
import { writeGuard } from '../limits/write-guard.js';
import { reportQueue } from '../moderation/report-queue.js';
import { notifier } from '../notifications/notifier.js';
import { useCase, type UseCasesOf } from '../shared/use-case.js';
import { CreateBoard } from './create-board.use-case.js';
import { CreateComment } from './create-comment.use-case.js';
import { CreatePost } from './create-post.use-case.js';
import { DeleteComment } from './delete-comment.use-case.js';
import { DeletePost } from './delete-post.use-case.js';
import { GetPost } from './get-post.use-case.js';
import { LikeComment } from './like-comment.use-case.js';
import { LikePost } from './like-post.use-case.js';
import { ListBestPosts } from './list-best-posts.use-case.js';
import { ListBoardPosts } from './list-board-posts.use-case.js';
import { ListBoards } from './list-boards.use-case.js';
import { ListComments } from './list-comments.use-case.js';
import { ListHotPosts } from './list-hot-posts.use-case.js';
import { ListMyCommented } from './list-my-commented.use-case.js';
import { ListMyPosts } from './list-my-posts.use-case.js';
import { ListMyScraps } from './list-my-scraps.use-case.js';
import { ReportComment } from './report-comment.use-case.js';
import { ReportPost } from './report-post.use-case.js';
import { ScrapPost } from './scrap-post.use-case.js';
import { SearchSchoolPosts } from './search-school-posts.use-case.js';
import { UnscrapPost } from './unscrap-post.use-case.js';
import { UpdateComment } from './update-comment.use-case.js';
import { UpdatePost } from './update-post.use-case.js';

/** Boards, posts and comments, with likes, scraps and reports. */
export const boardUseCases = {
  listBoards: useCase(ListBoards, [BOARDS, SCHOOLS]),
  createBoard: useCase(CreateBoard, [BOARDS, SCHOOLS, IDS, CLOCK]),
  listBoardPosts: useCase(ListBoardPosts, [BOARDS, QUERIES, BLOCKS]),
  searchSchoolPosts: useCase(SearchSchoolPosts, [QUERIES, SCHOOLS, BLOCKS]),
  listHotPosts: useCase(ListHotPosts, [QUERIES, SCHOOLS, BLOCKS]),
  listBestPosts: useCase(ListBestPosts, [QUERIES, SETTINGS, CLOCK, SCHOOLS, BLOCKS]),
  createPost: useCase(CreatePost, [BOARDS, POSTS, USERS, IDS, CLOCK, writeGuard]),
  getPost: useCase(GetPost, [QUERIES, BLOCKS, CASES]),
  updatePost: useCase(UpdatePost, [POSTS, QUERIES, CLOCK, BLOCKS]),
  deletePost: useCase(DeletePost, [POSTS, CLOCK]),
  likePost: useCase(LikePost, [UOW, POSTS, POST_LIKES, SETTINGS, CLOCK, writeGuard, notifier]),
  scrapPost: useCase(ScrapPost, [POSTS, SCRAPS, CLOCK]),
  unscrapPost: useCase(UnscrapPost, [POSTS, SCRAPS]),
  reportPost: useCase(ReportPost, [
    UOW,
    POSTS,
    POST_REPORTS,
    reportQueue,
    SETTINGS,
    CLOCK,
    writeGuard,
    notifier,
  ]),
  listComments: useCase(ListComments, [QUERIES, BLOCKS, CASES]),
  createComment: useCase(CreateComment, [
    UOW,
    POSTS,
    COMMENTS,
    ALIASES,
    USERS,
    IDS,
    CLOCK,
    writeGuard,
    notifier,
  ]),
  updateComment: useCase(UpdateComment, [POSTS, COMMENTS, QUERIES, CLOCK]),
  deleteComment: useCase(DeleteComment, [POSTS, COMMENTS, CLOCK]),
  likeComment: useCase(LikeComment, [POSTS, COMMENTS, COMMENT_LIKES, CLOCK, writeGuard]),
  reportComment: useCase(ReportComment, [
    UOW,
    POSTS,
    COMMENTS,
    COMMENT_REPORTS,
    reportQueue,
    SETTINGS,
    CLOCK,
    writeGuard,
    notifier,
  ]),
  listMyPosts: useCase(ListMyPosts, [QUERIES]),
  listMyCommented: useCase(ListMyCommented, [QUERIES, BLOCKS]),
  listMyScraps: useCase(ListMyScraps, [QUERIES, BLOCKS]),
};

export type BoardUseCases = UseCasesOf<typeof boardUseCases>;
