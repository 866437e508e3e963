import {
  CommentId,
  PostId,
  UserId,
  type BestFilter,
  type BoardPostsFilter,
  type Cache,
  type Comment,
  type CommentLikeRepository,
  type CommentRecord,
  type CommentRepository,
  type Page,
  type PageRequest,
  type PostDetailRecord,
  type PostQueries,
  type PostSummaryRecord,
  type SchoolFilter,
  type SchoolSearchFilter,
  type UnitOfWork,
  type UserFilter,
} from '@campus/domain';

const COMMENTS_TTL_MS = 60_000;
const commentsKey = (postId: string) => `post-comments:${postId}`;

type Raw = Omit<CommentRecord, 'createdAt' | 'updatedAt' | 'hiddenAt' | 'deletedAt'> & {
  createdAt: string;
  updatedAt: string;
  hiddenAt: string | null;
  deletedAt: string | null;
};

const revive = (raw: Raw): CommentRecord => ({
  ...raw,
  id: CommentId(raw.id),
  postId: PostId(raw.postId),
  parentId: raw.parentId === null ? null : CommentId(raw.parentId),
  authorId: UserId(raw.authorId),
  createdAt: new Date(raw.createdAt),
  updatedAt: new Date(raw.updatedAt),
  hiddenAt: raw.hiddenAt === null ? null : new Date(raw.hiddenAt),
  deletedAt: raw.deletedAt === null ? null : new Date(raw.deletedAt),
});

/**
 * A post's comment rows, the heavy part of a post detail, from the shared cache. They are the
 * same for every reader: `isMine`, display names and the viewer's flags are worked out per request
 * from the (uncached, one-statement) post query. Every comment write and comment like drops the
 * entry once its transaction has committed, so no read can put back rows from before it.
 */
export class CachedPostQueries implements PostQueries {
  constructor(
    private readonly inner: PostQueries,
    private readonly cache: Cache,
  ) {}

  findPost(postId: PostId, viewerId: UserId): Promise<PostDetailRecord | null> {
    return this.inner.findPost(postId, viewerId);
  }

  async listComments(postId: PostId): Promise<CommentRecord[]> {
    const cached = await this.cache.get(commentsKey(postId));
    if (cached) return (JSON.parse(cached) as Raw[]).map(revive);
    const rows = await this.inner.listComments(postId);
    await this.cache.setIfAbsent(commentsKey(postId), JSON.stringify(rows), COMMENTS_TTL_MS);
    return rows;
  }

  listBoardPosts(filter: BoardPostsFilter, page: PageRequest): Promise<Page<PostSummaryRecord>> {
    return this.inner.listBoardPosts(filter, page);
  }
  searchSchoolPosts(filter: SchoolSearchFilter, page: PageRequest): Promise<Page<PostSummaryRecord>> {
    return this.inner.searchSchoolPosts(filter, page);
  }
  listHotPosts(filter: SchoolFilter, page: PageRequest): Promise<Page<PostSummaryRecord>> {
    return this.inner.listHotPosts(filter, page);
  }
  listBestPosts(filter: BestFilter, page: PageRequest): Promise<Page<PostSummaryRecord>> {
    return this.inner.listBestPosts(filter, page);
  }
  listPostsByAuthor(filter: UserFilter, page: PageRequest): Promise<Page<PostSummaryRecord>> {
    return this.inner.listPostsByAuthor(filter, page);
  }
  listPostsCommentedBy(filter: UserFilter, page: PageRequest): Promise<Page<PostSummaryRecord>> {
    return this.inner.listPostsCommentedBy(filter, page);
  }
  listPostsScrappedBy(filter: UserFilter, page: PageRequest): Promise<Page<PostSummaryRecord>> {
    return this.inner.listPostsScrappedBy(filter, page);
  }
}

/** Drops a post's cached comment rows now and again after the transaction commits. */
function dropComments(cache: Cache, uow: UnitOfWork, postId: string): Promise<void> {
  const drop = () => cache.delete([commentsKey(postId)]);
  uow.afterCommit(drop);
  return drop();
}

/** Writes through, then drops the post's cached comment rows. */
export class CachedCommentRepository implements CommentRepository {
  constructor(
    private readonly inner: CommentRepository,
    private readonly cache: Cache,
    private readonly uow: UnitOfWork,
  ) {}

  async add(comment: Comment): Promise<void> {
    await this.inner.add(comment);
    await dropComments(this.cache, this.uow, comment.snapshot().postId);
  }

  findById(id: CommentId): Promise<Comment | null> {
    return this.inner.findById(id);
  }

  async update(comment: Comment): Promise<void> {
    await this.inner.update(comment);
    await dropComments(this.cache, this.uow, comment.snapshot().postId);
  }

  async markDeleted(id: CommentId, at: Date): Promise<boolean> {
    const changed = await this.inner.markDeleted(id, at);
    await this.drop(id);
    return changed;
  }

  async markHidden(id: CommentId, at: Date): Promise<boolean> {
    const changed = await this.inner.markHidden(id, at);
    await this.drop(id);
    return changed;
  }

  private async drop(id: CommentId): Promise<void> {
    const comment = await this.inner.findById(id);
    if (comment) await dropComments(this.cache, this.uow, comment.snapshot().postId);
  }
}

/** A comment's like count is part of the cached rows: a like drops them. */
export class CachedCommentLikeRepository implements CommentLikeRepository {
  constructor(
    private readonly inner: CommentLikeRepository,
    private readonly comments: CommentRepository,
    private readonly cache: Cache,
    private readonly uow: UnitOfWork,
  ) {}

  async add(commentId: CommentId, userId: UserId, at: Date): Promise<number> {
    const count = await this.inner.add(commentId, userId, at);
    const comment = await this.comments.findById(commentId);
    if (comment) await dropComments(this.cache, this.uow, comment.snapshot().postId);
    return count;
  }
}
