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
} from '../../src/index.js';
import type { BoardTestBed } from './support.js';
import { testNotifier, type NotifierBed } from '../support/notifiers.js';
import { unlimited } from '../support/write-guards.js';

/** Every board use case wired as the composition root will wire it (same constructor order). */
export class BoardUseCases {
  readonly listBoards;
  readonly createBoard;
  readonly listBoardPosts;
  readonly searchSchoolPosts;
  readonly listHotPosts;
  readonly listBestPosts;
  readonly createPost;
  readonly getPost;
  readonly updatePost;
  readonly deletePost;
  readonly likePost;
  readonly scrapPost;
  readonly unscrapPost;
  readonly reportPost;
  readonly listComments;
  readonly createComment;
  readonly updateComment;
  readonly deleteComment;
  readonly likeComment;
  readonly reportComment;
  readonly listMyPosts;
  readonly listMyCommented;
  readonly listMyScraps;

  /** The notifications the board's writes made, and what reached the bus. */
  readonly notified: NotifierBed;

  constructor(bed: BoardTestBed) {
    const {
      uow,
      boards,
      posts,
      comments,
      aliases,
      postLikes,
      commentLikes,
      scraps,
      postReports,
      commentReports,
      queries,
    } = bed.ports;
    const { clock, ids, settings, schools } = bed;
    const guard = unlimited(clock);
    this.notified = testNotifier(clock, ids, { db: bed.db, uow });
    const { notifier } = this.notified;
    this.listBoards = new ListBoards(boards, schools);
    this.createBoard = new CreateBoard(boards, schools, ids, clock);
    this.listBoardPosts = new ListBoardPosts(boards, queries);
    this.searchSchoolPosts = new SearchSchoolPosts(queries, schools);
    this.listHotPosts = new ListHotPosts(queries, schools);
    this.listBestPosts = new ListBestPosts(queries, settings, clock, schools);
    this.createPost = new CreatePost(boards, posts, bed.users, ids, clock, guard);
    this.getPost = new GetPost(queries);
    this.updatePost = new UpdatePost(posts, queries, clock);
    this.deletePost = new DeletePost(posts, clock);
    this.likePost = new LikePost(uow, posts, postLikes, settings, clock, notifier);
    this.scrapPost = new ScrapPost(posts, scraps, clock);
    this.unscrapPost = new UnscrapPost(posts, scraps);
    this.reportPost = new ReportPost(uow, posts, postReports, settings, clock, guard);
    this.listComments = new ListComments(queries);
    this.createComment = new CreateComment(
      uow,
      posts,
      comments,
      aliases,
      bed.users,
      ids,
      clock,
      guard,
      notifier,
    );
    this.updateComment = new UpdateComment(posts, comments, queries, clock);
    this.deleteComment = new DeleteComment(posts, comments, clock);
    this.likeComment = new LikeComment(posts, comments, commentLikes, clock);
    this.reportComment = new ReportComment(uow, posts, comments, commentReports, settings, clock, guard);
    this.listMyPosts = new ListMyPosts(queries);
    this.listMyCommented = new ListMyCommented(queries);
    this.listMyScraps = new ListMyScraps(queries);
  }
}
