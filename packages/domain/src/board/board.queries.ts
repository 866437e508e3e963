import { token, type Token } from '../shared/token.js';
import type { BoardId, CommentId, PostId, SchoolId, UserId } from '../shared/ids.js';
import type { Page, PageRequest } from '../shared/pagination.js';

/*
 * Read side of the board, shaped for the screens so that a SQL adapter answers each method with
 * a fixed, small number of statements (no N+1). Records carry raw author ids: only the use cases
 * see them, and they turn them into AuthorViews with the anonymity policy. `authorNickname` is
 * null whenever the post or comment is anonymous: adapters never even fetch it then.
 */

export interface PostSummaryRecord {
  readonly id: PostId;
  readonly boardId: BoardId;
  readonly authorId: UserId;
  readonly authorNickname: string | null;
  readonly isAnonymous: boolean;
  readonly isQuestion: boolean;
  readonly title: string;
  /** The first 100 characters (code points) of the content; see `previewOf`. */
  readonly contentPreview: string;
  readonly likeCount: number;
  readonly commentCount: number;
  readonly scrapCount: number;
  readonly hotAt: Date | null;
  readonly createdAt: Date;
}

export interface PostDetailRecord extends Omit<PostSummaryRecord, 'contentPreview'> {
  readonly schoolId: SchoolId;
  readonly boardName: string;
  readonly content: string;
  readonly hiddenAt: Date | null;
  readonly deletedAt: Date | null;
  readonly updatedAt: Date;
  /** What the viewer did to this post. */
  readonly viewer: { liked: boolean; scrapped: boolean; reported: boolean };
}

export interface CommentRecord {
  readonly id: CommentId;
  readonly postId: PostId;
  readonly parentId: CommentId | null;
  readonly authorId: UserId;
  readonly authorNickname: string | null;
  readonly isAnonymous: boolean;
  readonly anonymousNumber: number | null;
  readonly content: string;
  readonly likeCount: number;
  readonly hiddenAt: Date | null;
  readonly deletedAt: Date | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** Lists leave out deleted posts always, and hidden ones unless `includeHidden` (admins). */
interface Visibility {
  includeHidden: boolean;
}

export interface BoardPostsFilter extends Visibility {
  boardId: BoardId;
  /** Case-insensitive substring of title or content; `%` and `_` match themselves. */
  q?: string | undefined;
  isQuestion?: boolean | undefined;
}

export interface SchoolSearchFilter extends Visibility {
  schoolId: SchoolId;
  q: string;
}

export interface SchoolFilter extends Visibility {
  schoolId: SchoolId;
}

export interface BestFilter extends Visibility {
  schoolId: SchoolId;
  /** Creation time range of the season: [from, to). */
  from: Date;
  to: Date;
  minLikeCount: number;
}

export interface UserFilter extends Visibility {
  userId: UserId;
}

/**
 * Every list is keyset-paginated, newest (or most liked) first, ties broken by id descending; the
 * keyset value is createdAt in epoch ms unless stated otherwise.
 */
export interface PostQueries {
  /** The post (deleted and hidden ones too: the caller decides), with board name and viewer flags. */
  findPost(postId: PostId, viewerId: UserId): Promise<PostDetailRecord | null>;
  /** Every comment of the post, deleted and hidden ones included, oldest first by (createdAt, id). */
  listComments(postId: PostId): Promise<CommentRecord[]>;
  listBoardPosts(filter: BoardPostsFilter, page: PageRequest): Promise<Page<PostSummaryRecord>>;
  searchSchoolPosts(filter: SchoolSearchFilter, page: PageRequest): Promise<Page<PostSummaryRecord>>;
  /** Posts with hotAt set, by (hotAt, id) descending; keyset value: hotAt in epoch ms. */
  listHotPosts(filter: SchoolFilter, page: PageRequest): Promise<Page<PostSummaryRecord>>;
  /** Posts created in [from, to) with likeCount >= minLikeCount, by (likeCount, id) descending; keyset value: likeCount. */
  listBestPosts(filter: BestFilter, page: PageRequest): Promise<Page<PostSummaryRecord>>;
  /** The user's own posts, anonymous ones included. */
  listPostsByAuthor(filter: UserFilter, page: PageRequest): Promise<Page<PostSummaryRecord>>;
  /** Posts on which the user has a comment that is not deleted (nor hidden, unless includeHidden). */
  listPostsCommentedBy(filter: UserFilter, page: PageRequest): Promise<Page<PostSummaryRecord>>;
  /** Posts the user scrapped, by (scrap time, post id) descending; keyset value: scrap time in epoch ms. */
  listPostsScrappedBy(filter: UserFilter, page: PageRequest): Promise<Page<PostSummaryRecord>>;
}
export const POST_QUERIES: Token<PostQueries> = token('PostQueries');
