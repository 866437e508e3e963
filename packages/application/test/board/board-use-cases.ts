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
  AccountAgeEligibility,
  AuditTrail,
  DismissReports,
  ListAuditEntries,
  ListReports,
  ReportComment,
  ReportPost,
  ReportQueue,
  RestoreContent,
  ScrapPost,
  SearchSchoolPosts,
  UnscrapPost,
  UpdateComment,
  UpdatePost,
} from '../../src/index.js';
import type { BoardTestBed } from './support.js';
import { testNotifier, type NotifierBed } from '../support/notifiers.js';
import { unlimited } from '../support/write-guards.js';

/** Every board use case (and the moderation ones, which act on the board) wired as the composition root will wire it (same constructor order). */
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
  readonly listReports;
  readonly restoreContent;
  readonly dismissReports;
  readonly listAuditEntries;

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
      cases,
      caseQueries,
      audit,
      blocks,
    } = bed.ports;
    const { clock, ids, settings, schools } = bed;
    const guard = unlimited(clock);
    const queue = new ReportQueue(cases, new AccountAgeEligibility(bed.users, bed.moderation), ids);
    const trail = new AuditTrail(audit, ids);
    this.notified = testNotifier(clock, ids, { db: bed.db, uow });
    const { notifier } = this.notified;
    this.listBoards = new ListBoards(boards, schools);
    this.createBoard = new CreateBoard(boards, schools, ids, clock);
    this.listBoardPosts = new ListBoardPosts(boards, queries, blocks);
    this.searchSchoolPosts = new SearchSchoolPosts(queries, schools, blocks);
    this.listHotPosts = new ListHotPosts(queries, schools, blocks);
    this.listBestPosts = new ListBestPosts(queries, settings, clock, schools, blocks);
    this.createPost = new CreatePost(boards, posts, bed.users, ids, clock, guard);
    this.getPost = new GetPost(queries, blocks, caseQueries);
    this.updatePost = new UpdatePost(posts, queries, clock, blocks);
    this.deletePost = new DeletePost(posts, clock);
    this.likePost = new LikePost(uow, posts, postLikes, settings, clock, guard, notifier);
    this.scrapPost = new ScrapPost(posts, scraps, clock);
    this.unscrapPost = new UnscrapPost(posts, scraps);
    this.reportPost = new ReportPost(uow, posts, postReports, queue, settings, clock, guard, notifier);
    this.listComments = new ListComments(queries, blocks, caseQueries);
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
    this.likeComment = new LikeComment(posts, comments, commentLikes, clock, guard);
    this.reportComment = new ReportComment(
      uow,
      posts,
      comments,
      commentReports,
      queue,
      settings,
      clock,
      guard,
      notifier,
    );
    this.listMyPosts = new ListMyPosts(queries);
    this.listMyCommented = new ListMyCommented(queries, blocks);
    this.listMyScraps = new ListMyScraps(queries, blocks);
    this.listReports = new ListReports(caseQueries);
    this.restoreContent = new RestoreContent(uow, posts, comments, cases, trail, clock);
    this.dismissReports = new DismissReports(uow, posts, comments, cases, trail, clock);
    this.listAuditEntries = new ListAuditEntries(audit);
  }
}
