export {
  AlreadyLiked,
  AlreadyReported,
  BoardExists,
  BoardNotFound,
  CannotLikeOwn,
  CannotReportOwn,
  CannotScrapOwn,
  CommentNotFound,
  InvalidParent,
  NotAuthor,
  NotSchoolMember,
  PostNotFound,
  QuestionLocked,
} from './board.errors.js';
export {
  BoardDescription,
  BoardName,
  CommentContent,
  PostContent,
  PostTitle,
  PREVIEW_LENGTH,
  previewOf,
  REPORT_REASONS,
  ReportReason,
  SearchTerm,
} from './board.values.js';
export { Season } from './season.value.js';
export { BOARD_SETTINGS, type BoardSettings, DEFAULT_BOARD_SETTINGS } from './board.settings.js';
export { assertBoardMember } from './board-access.policy.js';
export { isShownTo, type SoftDeletable } from './visibility.policy.js';
export { Board, type BoardState, type NewBoard } from './board.entity.js';
export { type NewPost, Post, type PostState } from './post.entity.js';
export { Comment, type CommentState, type NewComment } from './comment.entity.js';
export {
  ANONYMOUS,
  ANONYMOUS_POST_AUTHOR,
  anonymousName,
  type AuthoredComment,
  type AuthoredPost,
  type AuthorView,
  commentAuthorView,
  needsAnonymousNumber,
  type PostAuthorship,
  postAuthorView,
  DEPARTED_AUTHOR,
} from './anonymity.policy.js';
export { arrangeCommentTree, type CommentNode, type TreeComment } from './comment-tree.policy.js';
export {
  ANONYMOUS_ALIAS_REPOSITORY,
  type AnonymousAliasRepository,
  BOARD_REPOSITORY,
  type BoardRepository,
  COMMENT_LIKE_REPOSITORY,
  COMMENT_REPORT_REPOSITORY,
  COMMENT_REPOSITORY,
  type CommentLikeRepository,
  type CommentReportRepository,
  type CommentRepository,
  POST_LIKE_REPOSITORY,
  POST_REPORT_REPOSITORY,
  POST_REPOSITORY,
  POST_SCRAP_REPOSITORY,
  type PostForCommenter,
  type PostLikeRepository,
  type PostReportRepository,
  type PostRepository,
  type PostScrapRepository,
} from './board.ports.js';
export {
  type BestFilter,
  type BoardPostsFilter,
  type CommentRecord,
  POST_QUERIES,
  type PostDetailRecord,
  type PostQueries,
  type PostSummaryRecord,
  type SchoolFilter,
  type SchoolSearchFilter,
  type UserFilter,
} from './board.queries.js';
