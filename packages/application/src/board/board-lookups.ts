import {
  CommentId,
  CommentNotFound,
  PostId,
  PostNotFound,
  assertBoardMember,
  isAdmin,
  isShownTo,
  type Actor,
  type BlockRepository,
  type Comment,
  type CommentRepository,
  type Post,
  type PostQueries,
  type PostForCommenter,
  type PostRepository,
  type ReportCaseQueries,
} from '@campus/domain';
import { viewerBlocks } from '../blocking/viewer-blocks.js';
import type { DeepReadonly } from '../shared/shared-view.js';
import { toCommentTree, toPostDto, type CommentDto, type PostDto } from './board.dto.js';

/*
 * Lookups shared by the board use cases: each one applies visibility first (a post or comment the
 * actor may not see does not exist for them) and school membership second.
 */

/** The post, if the actor may see it and belongs to its school. @throws PostNotFound, NotSchoolMember */
function visiblePost(post: Post | null | undefined, actor: Actor): Post {
  if (!post || !post.isVisibleTo(actor)) throw new PostNotFound();
  assertBoardMember(actor, post.schoolId);
  return post;
}

/** @throws PostNotFound, NotSchoolMember */
export async function findVisiblePost(posts: PostRepository, actor: Actor, postId: string): Promise<Post> {
  return visiblePost(await posts.findById(PostId(postId)), actor);
}

/**
 * Reads the post as the actor may see it, lets `change` judge and change it (an edit, a deletion),
 * and saves it. A save is refused when the post changed in between where those rules look (it was
 * deleted, or a comment locked the question): then it is read and judged again, which then throws
 * or succeeds. Deletion and locking each happen once, so three reads always settle it.
 * @throws PostNotFound, NotSchoolMember, and whatever `change` throws
 */
export async function changePost(
  posts: PostRepository,
  actor: Actor,
  postId: string,
  change: (post: Post) => void,
): Promise<Post> {
  for (let read = 1; read <= 3; read++) {
    const post = await findVisiblePost(posts, actor, postId);
    change(post);
    if (await posts.save(post)) return post;
  }
  throw new Error(`Post ${postId} changed at every read, which its set-once states cannot do.`);
}

/**
 * `findVisiblePost` for a commenter, with the 익명 number they already hold on the post (null for
 * none yet), read together. @throws PostNotFound, NotSchoolMember
 */
export async function findPostToComment(
  posts: PostRepository,
  actor: Actor,
  postId: string,
): Promise<PostForCommenter> {
  const found = await posts.findForCommenter(PostId(postId), actor.id);
  return { post: visiblePost(found?.post, actor), heldNumber: found?.heldNumber ?? null };
}

/** A comment is gone with its post. @throws CommentNotFound, NotSchoolMember */
export async function findVisibleComment(
  posts: PostRepository,
  comments: CommentRepository,
  actor: Actor,
  commentId: string,
): Promise<{ comment: Comment; post: Post }> {
  const comment = await comments.findById(CommentId(commentId));
  if (!comment || !comment.isVisibleTo(actor)) throw new CommentNotFound();
  const post = await posts.findById(comment.postId);
  if (!post || !post.isVisibleTo(actor)) throw new CommentNotFound();
  assertBoardMember(actor, post.schoolId);
  return { comment, post };
}

/**
 * The post as the actor sees it, with its comment tree: two queries and the actor's blocks, sent
 * together (the comments of a post the actor may not see are read for nothing, but never leave).
 * A post the actor blocked is not there for them, like a deleted one. Given `cases`, an admin
 * also gets each one's `moderation` (open report counts, read uncached in another query); nobody
 * else's read ever asks for them. @throws PostNotFound, NotSchoolMember
 */
export async function readPost(
  queries: PostQueries,
  blockStore: BlockRepository,
  actor: Actor,
  postId: string,
  cases?: ReportCaseQueries,
): Promise<PostDto> {
  const id = PostId(postId);
  const [record, comments, blocks, counts] = await Promise.all([
    queries.findPost(id, actor.id),
    queries.listComments(id),
    viewerBlocks(blockStore, actor),
    cases && isAdmin(actor) ? cases.openCountsOnPost(id) : undefined,
  ]);
  if (!record || !isShownTo(record, actor) || blocks.hidesPost(record)) throw new PostNotFound();
  assertBoardMember(actor, record.schoolId);
  return toPostDto(record, comments, actor, blocks, counts);
}

/** One comment (with its replies when top-level) as the actor sees it, read back after a write. */
export async function readComment(
  queries: PostQueries,
  actor: Actor,
  post: Post,
  commentId: string,
): Promise<DeepReadonly<CommentDto>> {
  const tree = toCommentTree(await queries.listComments(post.id), post, actor);
  const found = tree.flatMap((top) => [top, ...(top.replies ?? [])]).find((c) => c.id === commentId);
  if (!found) throw new CommentNotFound();
  return found;
}
