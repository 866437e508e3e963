import { BoardNotFound, CommentNotFound, PostNotFound, REPORT_REASONS, SchoolNotFound } from '@campus/domain';
import { z } from 'zod';
import { pageQuery } from '../http/pagination.js';
import { resourceId } from '../http/resource-id.js';

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
  isAnonymous: z.boolean().default(true),
  isQuestion: z.boolean().default(false),
});
export const updatePostBody = z
  .strictObject({
    title: z.string().min(1).max(100).optional(),
    content: z.string().min(1).max(10_000).optional(),
  })
  .refine(
    (body) => body.title !== undefined || body.content !== undefined,
    'Send a title, a content, or both.',
  );
export const createCommentBody = z.strictObject({
  content: z.string().min(1).max(300),
  isAnonymous: z.boolean().default(true),
  parentId: anyId.nullable().optional(),
});
export const updateCommentBody = z.strictObject({ content: z.string().min(1).max(300) });
export const reportBody = z.strictObject({ reason: z.enum(REPORT_REASONS) });

const author = z.object({
  id: z.string().nullable(),
  displayName: z.string(),
  isAnonymous: z.boolean(),
  isPostAuthor: z.boolean(),
});
export const boardSchema = z.object({ id: z.string(), name: z.string(), description: z.string() });
export const summarySchema = z.object({
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
export const pageOf = (item: z.ZodType) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });
const reply = z.object({
  id: z.string(),
  postId: z.string(),
  parentId: z.string().nullable(),
  content: z.string().nullable(),
  author: author.nullable(),
  likeCount: z.number().int(),
  isDeleted: z.boolean(),
  isMine: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export const commentSchema = reply.extend({ replies: z.array(reply).optional() });
export const postSchema = summarySchema.omit({ contentPreview: true }).extend({
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
});
export const likeCountSchema = z.object({ likeCount: z.number().int() });
export const scrapCountSchema = z.object({ scrapCount: z.number().int() });
export const reportedSchema = z.object({ reported: z.literal(true) });
