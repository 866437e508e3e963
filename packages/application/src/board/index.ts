export {
  type AuthorDto,
  type BoardDto,
  type CommentDto,
  type CommentTreeDto,
  type ModerationDto,
  type ReportCounts,
  type PageDto,
  type PostDto,
  type PostSummaryDto,
  type SummaryPageDto,
  toBoardDto,
  toCommentTree,
  toNewCommentDto,
  toPostDto,
  toSummaryDto,
  toSummaryPage,
} from './board.dto.js';
export { ListBoards, type ListBoardsInput } from './list-boards.use-case.js';
export { CreateBoard, type CreateBoardInput } from './create-board.use-case.js';
export { ListBoardPosts, type ListBoardPostsInput } from './list-board-posts.use-case.js';
export { SearchSchoolPosts, type SearchSchoolPostsInput } from './search-school-posts.use-case.js';
export { ListHotPosts, type ListHotPostsInput } from './list-hot-posts.use-case.js';
export {
  ListBestPosts,
  type ListBestPostsInput,
  type ListBestPostsOutput,
} from './list-best-posts.use-case.js';
export { CreatePost, type CreatePostInput } from './create-post.use-case.js';
export { GetPost, type GetPostInput } from './get-post.use-case.js';
export { UpdatePost, type UpdatePostInput } from './update-post.use-case.js';
export { DeletePost, type DeletePostInput } from './delete-post.use-case.js';
export { LikePost, type LikePostInput, type LikePostOutput } from './like-post.use-case.js';
export { type ScrapCountOutput, ScrapPost, type ScrapPostInput } from './scrap-post.use-case.js';
export { UnscrapPost, type UnscrapPostInput } from './unscrap-post.use-case.js';
export { type ReportedOutput, ReportPost, type ReportPostInput } from './report-post.use-case.js';
export { ListComments, type ListCommentsInput } from './list-comments.use-case.js';
export { CreateComment, type CreateCommentInput } from './create-comment.use-case.js';
export { UpdateComment, type UpdateCommentInput } from './update-comment.use-case.js';
export { DeleteComment, type DeleteCommentInput } from './delete-comment.use-case.js';
export { LikeComment, type LikeCommentInput, type LikeCommentOutput } from './like-comment.use-case.js';
export { ReportComment, type ReportCommentInput } from './report-comment.use-case.js';
export { ListMyPosts, type ListMyPostsInput } from './list-my-posts.use-case.js';
export { ListMyCommented, type ListMyCommentedInput } from './list-my-commented.use-case.js';
export { ListMyScraps, type ListMyScrapsInput } from './list-my-scraps.use-case.js';
export { boardUseCases, type BoardUseCases } from './board.use-cases.js';
