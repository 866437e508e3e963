import { BoardNotFound, CommentNotFound, PostNotFound, REPORT_REASONS, SchoolNotFound } from '@campus/domain';
import { pageQuery } from '../http/pagination.js';
import { resourceId } from '../http/resource-id.js';
import { z } from '../openapi/zod-extension.js';

/*
 * An id that names nothing, whatever its shape, gets its resource's 404, so ids are not bounded
 * here: in a path, one not spelled as the server issues ids is answered before any work (see
 * `resourceId`); in a body, it reaches the repository and is simply not found, within the 64 KiB
 * body limit.
 */
const anyId = z.string().min(1);
export const schoolParams = z.strictObject({ schoolId: resourceId(() => new SchoolNotFound()) });
export const boardParams = z.strictObject({ boardId: resourceId(() => new BoardNotFound()) });
export const postParams = z.strictObject({ postId: resourceId(() => new PostNotFound()) });
export const commentParams = z.strictObject({ commentId: resourceId(() => new CommentNotFound()) });

const searchTerm = z.string().trim().min(2).max(50);
const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

export const pageOnly = z.strictObject({ ...pageQuery });
export const boardPostsQuery = z.strictObject({
  ...pageQuery,
  q: searchTerm.optional(),
  isQuestion: flag.optional(),
});
export const schoolSearchQuery = z.strictObject({ ...pageQuery, q: searchTerm });
export const bestQuery = z.strictObject({
  ...pageQuery,
  season: z
    .string()
    .regex(/^\d{4}-[12]$/, 'Use YYYY-1 (January to June) or YYYY-2 (July to December).')
    .optional(),
});

export const createBoardBody = z.strictObject({
  name: z.string().trim().min(1).max(30),
  description: z.string().trim().max(200).default(''),
});
export const createPostBody = z.strictObject({
  title: z.string().min(1).max(100),
  content: z.string().min(1).max(10_000),
  isAnonymous: z.boolean().default(true).openapi({
    description: 'Anonymous posts show `익명` and never reveal their author to anyone else.',
  }),
  isQuestion: z.boolean().default(false).openapi({
    description: 'A question can no longer be edited or deleted once someone else has commented.',
  }),
});
export const updatePostBody = z
  .strictObject({
    title: z.string().min(1).max(100).optional(),
    content: z.string().min(1).max(10_000).optional(),
  })
  .refine(
    (body) => body.title !== undefined || body.content !== undefined,
    'Send a title, a content, or both.',
  )
  .openapi({ description: 'A title, a content, or both.' });
export const createCommentBody = z.strictObject({
  content: z.string().min(1).max(300),
  isAnonymous: z.boolean().default(true).openapi({
    description:
      'Anonymous commenters are shown as `익명1`, `익명2`, … per post; the post’s author as `익명(글쓴이)`.',
  }),
  parentId: anyId.nullable().optional().openapi({
    description:
      'To reply: the id of a live top-level comment of the same post (replies are one level deep).',
  }),
});
export const updateCommentBody = z.strictObject({ content: z.string().min(1).max(300) });
export const reportBody = z.strictObject({ reason: z.enum(REPORT_REASONS) });

const author = z
  .object({
    id: z.string().nullable().openapi({ description: '`null` when anonymous or when the account is gone.' }),
    displayName: z.string().openapi({ description: 'A nickname, or `익명`, `익명3`, `익명(글쓴이)`.' }),
    isAnonymous: z.boolean(),
    isPostAuthor: z.boolean().openapi({
      description: 'An anonymous comment by the post’s own author (shown as `익명(글쓴이)`).',
    }),
  })
  .openapi('Author');
export const boardSchema = z
  .object({ id: z.string(), name: z.string(), description: z.string() })
  .openapi('Board');
const summaryFields = z.object({
  id: z.string(),
  boardId: z.string(),
  title: z.string(),
  contentPreview: z.string(),
  author,
  isQuestion: z.boolean(),
  likeCount: z.number().int(),
  commentCount: z.number().int(),
  scrapCount: z.number().int(),
  isHot: z.boolean(),
  createdAt: z.iso.datetime(),
});
export const summarySchema = summaryFields.openapi('PostSummary');
/** A page of a list: `name` is the page's name in the OpenAPI document. */
export const pageOf = (item: z.ZodType, name: string) =>
  z
    .object({
      items: z.array(item),
      nextCursor: z
        .string()
        .nullable()
        .openapi({ description: 'Pass as `cursor` for the next page; `null` on the last page.' }),
    })
    .openapi(name);
/** Admins only: nobody else is ever sent report counts. */
export const moderationSchema = z
  .object({
    hidden: z.boolean().openapi({ description: 'Hidden by reports: shown to admins only until restored.' }),
    reportCount: z.number().int().openapi({ description: 'Open reports (not yet restored or dismissed).' }),
  })
  .openapi('Moderation', { description: 'On posts and comments read by an admin, and only then.' });
const reply = z.object({
  id: z.string(),
  postId: z.string(),
  parentId: z.string().nullable(),
  content: z.string().nullable(),
  author: z
    .union([author, z.null()])
    .openapi({ description: '`null` on a deleted comment and on one I blocked.' }),
  likeCount: z.number().int(),
  isDeleted: z.boolean(),
  isBlocked: z.boolean().openapi({
    description:
      'True on a comment I blocked that stays in the tree for its live replies (`content` and `author` null then).',
  }),
  isMine: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  moderation: moderationSchema.optional(),
});
export const commentSchema = reply
  .extend({
    replies: z
      .array(reply.openapi('Reply'))
      .optional()
      .openapi({ description: 'On top-level comments only, oldest first.' }),
  })
  .openapi('Comment', {
    description:
      'A deleted comment with live replies stays as `{ isDeleted: true, content: null, author: null }`; one I blocked, as `{ isBlocked: true, content: null, author: null }`.',
  });
export const postSchema = summaryFields
  .omit({ contentPreview: true })
  .extend({
    board: z.object({ id: z.string(), name: z.string() }),
    content: z.string(),
    updatedAt: z.iso.datetime(),
    viewer: z.object({
      isAuthor: z.boolean(),
      liked: z.boolean(),
      scrapped: z.boolean(),
      reported: z.boolean(),
    }),
    comments: z.array(commentSchema),
    moderation: moderationSchema.optional(),
  })
  .openapi('Post');
export const likeCountSchema = z.object({ likeCount: z.number().int() }).openapi('LikeCount');
export const scrapCountSchema = z.object({ scrapCount: z.number().int() }).openapi('ScrapCount');
export const reportedSchema = z.object({ reported: z.literal(true) }).openapi('Reported');
