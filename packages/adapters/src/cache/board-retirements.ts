import {
  CommentId,
  PostId,
  type BoardRepository,
  type Comment,
  type CommentLikeRepository,
  type CommentRepository,
  type Post,
  type PostLikeRepository,
  type PostReportRepository,
  type PostRepository,
  type PostScrapRepository,
} from '@campus/domain';
import { LRUCache } from 'lru-cache';
import type { Remembers, Retirements } from './retiring-writes.js';

/**
 * The scopes of the board's cached views (see `ViewCache`); each view names those it depends on:
 *
 *   post:P        the post's row and its comment rows
 *   board:B       the first pages of board B
 *   hot:S         the first page of HOT in school S
 *   viewer:P:U    U's flags on P
 *   names         everything showing a nickname or a board name
 */
export const boardScopes = {
  post: (id: string) => `scope:post:${id}`,
  board: (id: string) => `scope:board:${id}`,
  hot: (schoolId: string) => `scope:hot:${schoolId}`,
  viewer: (postId: string, userId: string) => `scope:viewer:${postId}:${userId}`,
  names: 'scope:names',
};
const S = boardScopes;

/** Where a post lives: facts that never change, so they are remembered in-process. */
interface Place {
  boardId: string;
  schoolId: string;
}

/**
 * The scopes a write to a post or a comment touches. Post → (board, school) and comment → post
 * are remembered from the reads every write use case makes first, so a write knows them without
 * another statement; when not, they are read (inside the write's unit of work).
 */
export class BoardPlaces {
  private readonly posts: LRUCache<string, Place>;
  private readonly comments: LRUCache<string, string>;

  constructor(
    private readonly postStore: PostRepository,
    private readonly commentStore: CommentRepository,
    capacity = 100_000,
  ) {
    this.posts = new LRUCache({ max: capacity });
    this.comments = new LRUCache({ max: capacity });
  }

  rememberPost(post: Post | null): void {
    if (post && !this.posts.has(post.id))
      this.posts.set(post.id, { boardId: post.boardId, schoolId: post.schoolId });
  }
  rememberComment(comment: Comment | null): void {
    if (comment && !this.comments.has(comment.id)) this.comments.set(comment.id, comment.postId);
  }

  /** The post, its board's first pages and its school's HOT; with `viewerId`, that user's flags on it. */
  async ofPost(postId: string, viewerId?: string): Promise<string[]> {
    if (!this.posts.has(postId)) this.rememberPost(await this.postStore.findById(PostId(postId)));
    const place = this.posts.get(postId);
    const scopes = [S.post(postId)];
    if (place) scopes.push(S.board(place.boardId), S.hot(place.schoolId));
    if (viewerId) scopes.push(S.viewer(postId, viewerId));
    return scopes;
  }

  /** A comment's post (its comment rows, like counts included, are part of the post's views). */
  async ofComment(commentId: string): Promise<string[]> {
    if (!this.comments.has(commentId))
      this.rememberComment(await this.commentStore.findById(CommentId(commentId)));
    const postId = this.comments.get(commentId);
    return postId ? this.ofPost(postId) : [];
  }
}

/** Which board write retires which scopes: the one place that says it. */
export function boardRetirements(places: BoardPlaces) {
  return {
    boards: { save: () => [S.names] } satisfies Retirements<BoardRepository>,
    posts: {
      save: ([post], written) => {
        places.rememberPost(post);
        return written ? places.ofPost(post.id) : [];
      },
      markHot: ([id]) => places.ofPost(id),
      markHidden: ([id]) => places.ofPost(id),
      markShown: ([id]) => places.ofPost(id),
      markLocked: ([id]) => places.ofPost(id),
    } satisfies Retirements<PostRepository>,
    comments: {
      add: ([comment], added) => {
        places.rememberComment(comment);
        return added ? places.ofPost(comment.postId) : [];
      },
      update: ([comment]) => places.ofPost(comment.postId),
      markDeleted: ([id]) => places.ofComment(id),
      markHidden: ([id]) => places.ofComment(id),
      markShown: ([id]) => places.ofComment(id),
    } satisfies Retirements<CommentRepository>,
    postLikes: {
      add: ([postId, userId]) => places.ofPost(postId, userId),
    } satisfies Retirements<PostLikeRepository>,
    commentLikes: {
      add: ([commentId]) => places.ofComment(commentId),
    } satisfies Retirements<CommentLikeRepository>,
    scraps: {
      add: ([postId, userId]) => places.ofPost(postId, userId),
      remove: ([postId, userId]) => places.ofPost(postId, userId),
    } satisfies Retirements<PostScrapRepository>,
    // Hiding a reported post goes through the post repository; a report changes the reporter's flags.
    postReports: {
      add: ([postId, userId]) => [S.viewer(postId, userId)],
    } satisfies Retirements<PostReportRepository>,
  };
}

/** The reads that teach `places` where posts and comments live. */
export function boardRemembers(places: BoardPlaces) {
  return {
    posts: {
      findById: (post) => places.rememberPost(post),
      findForCommenter: (found) => places.rememberPost(found?.post ?? null),
    } satisfies Remembers<PostRepository>,
    comments: {
      findById: (comment) => places.rememberComment(comment),
    } satisfies Remembers<CommentRepository>,
  };
}
