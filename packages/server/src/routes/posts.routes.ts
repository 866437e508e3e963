import type { BoardUseCases } from '@campus/application';
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../http/route.js';
import { presentComment, presentPost } from '../presenters/board.presenter.js';
import {
  boardParams,
  commentParams,
  commentSchema,
  createCommentBody,
  createPostBody,
  likeCountSchema,
  postParams,
  postSchema,
  reportBody,
  reportedSchema,
  scrapCountSchema,
  updateCommentBody,
  updatePostBody,
} from './board.schemas.js';

const POST = ['POST_NOT_FOUND', 'NOT_SCHOOL_MEMBER'];
const COMMENT = ['COMMENT_NOT_FOUND', 'NOT_SCHOOL_MEMBER'];

/** A post, its comments, and every reaction to either. */
export function postRoutes(uc: BoardUseCases): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/boards/:boardId/posts',
      tag: 'Posts',
      summary: 'Write a post (anonymous by default)',
      auth: true,
      params: boardParams,
      body: createPostBody,
      status: 201,
      response: postSchema,
      errors: ['VALIDATION_FAILED', 'BOARD_NOT_FOUND', 'NOT_SCHOOL_MEMBER'],
      handle: async ({ actor, params, body }) =>
        presentPost(await uc.createPost.execute({ actor, ...params, ...body })),
    }),
    defineRoute({
      method: 'get',
      path: '/posts/:postId',
      tag: 'Posts',
      summary: 'A post with its comment tree',
      auth: true,
      params: postParams,
      status: 200,
      response: postSchema,
      errors: POST,
      handle: async ({ actor, params }) => presentPost(await uc.getPost.execute({ actor, ...params })),
    }),
    defineRoute({
      method: 'patch',
      path: '/posts/:postId',
      tag: 'Posts',
      summary: 'Edit my post',
      auth: true,
      params: postParams,
      body: updatePostBody,
      status: 200,
      response: postSchema,
      errors: ['VALIDATION_FAILED', ...POST, 'NOT_AUTHOR', 'QUESTION_LOCKED'],
      handle: async ({ actor, params, body }) =>
        presentPost(await uc.updatePost.execute({ actor, ...params, ...body })),
    }),
    defineRoute({
      method: 'delete',
      path: '/posts/:postId',
      tag: 'Posts',
      summary: 'Delete a post (author or admin)',
      auth: true,
      params: postParams,
      status: 204,
      errors: [...POST, 'NOT_AUTHOR', 'QUESTION_LOCKED'],
      handle: ({ actor, params }) => uc.deletePost.execute({ actor, ...params }),
    }),
    defineRoute({
      method: 'post',
      path: '/posts/:postId/like',
      tag: 'Reactions',
      summary: 'Like a post, once',
      auth: true,
      params: postParams,
      status: 200,
      response: likeCountSchema,
      errors: [...POST, 'CANNOT_LIKE_OWN', 'ALREADY_LIKED'],
      handle: async ({ actor, params }) => ({
        likeCount: (await uc.likePost.execute({ actor, ...params })).likeCount,
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/posts/:postId/scrap',
      tag: 'Reactions',
      summary: 'Scrap a post (idempotent)',
      auth: true,
      params: postParams,
      status: 200,
      response: scrapCountSchema,
      errors: [...POST, 'CANNOT_SCRAP_OWN'],
      handle: async ({ actor, params }) => ({
        scrapCount: (await uc.scrapPost.execute({ actor, ...params })).scrapCount,
      }),
    }),
    defineRoute({
      method: 'delete',
      path: '/posts/:postId/scrap',
      tag: 'Reactions',
      summary: 'Unscrap a post (idempotent)',
      auth: true,
      params: postParams,
      status: 200,
      response: scrapCountSchema,
      errors: [...POST, 'CANNOT_SCRAP_OWN'],
      handle: async ({ actor, params }) => ({
        scrapCount: (await uc.unscrapPost.execute({ actor, ...params })).scrapCount,
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/posts/:postId/reports',
      tag: 'Reactions',
      summary: 'Report a post, once',
      auth: true,
      params: postParams,
      body: reportBody,
      status: 201,
      response: reportedSchema,
      errors: ['VALIDATION_FAILED', ...POST, 'CANNOT_REPORT_OWN', 'ALREADY_REPORTED'],
      handle: async ({ actor, params, body }) => {
        await uc.reportPost.execute({ actor, ...params, reason: body.reason });
        return { reported: true };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/posts/:postId/comments',
      tag: 'Comments',
      summary: 'Comments of a post, oldest first',
      auth: true,
      params: postParams,
      status: 200,
      response: z.array(commentSchema),
      errors: POST,
      handle: async ({ actor, params }) =>
        (await uc.listComments.execute({ actor, ...params })).map(presentComment),
    }),
    defineRoute({
      method: 'post',
      path: '/posts/:postId/comments',
      tag: 'Comments',
      summary: 'Comment, or reply to a comment',
      auth: true,
      params: postParams,
      body: createCommentBody,
      status: 201,
      response: commentSchema,
      errors: ['VALIDATION_FAILED', 'INVALID_PARENT', ...POST],
      handle: async ({ actor, params, body }) =>
        presentComment(await uc.createComment.execute({ actor, ...params, ...body })),
    }),
    defineRoute({
      method: 'patch',
      path: '/comments/:commentId',
      tag: 'Comments',
      summary: 'Edit my comment',
      auth: true,
      params: commentParams,
      body: updateCommentBody,
      status: 200,
      response: commentSchema,
      errors: ['VALIDATION_FAILED', ...COMMENT, 'NOT_AUTHOR'],
      handle: async ({ actor, params, body }) =>
        presentComment(await uc.updateComment.execute({ actor, ...params, ...body })),
    }),
    defineRoute({
      method: 'delete',
      path: '/comments/:commentId',
      tag: 'Comments',
      summary: 'Delete a comment (author or admin)',
      auth: true,
      params: commentParams,
      status: 204,
      errors: [...COMMENT, 'NOT_AUTHOR'],
      handle: ({ actor, params }) => uc.deleteComment.execute({ actor, ...params }),
    }),
    defineRoute({
      method: 'post',
      path: '/comments/:commentId/like',
      tag: 'Reactions',
      summary: 'Like a comment, once',
      auth: true,
      params: commentParams,
      status: 200,
      response: likeCountSchema,
      errors: [...COMMENT, 'CANNOT_LIKE_OWN', 'ALREADY_LIKED'],
      handle: async ({ actor, params }) => ({
        likeCount: (await uc.likeComment.execute({ actor, ...params })).likeCount,
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/comments/:commentId/reports',
      tag: 'Reactions',
      summary: 'Report a comment, once',
      auth: true,
      params: commentParams,
      body: reportBody,
      status: 201,
      response: reportedSchema,
      errors: ['VALIDATION_FAILED', ...COMMENT, 'CANNOT_REPORT_OWN', 'ALREADY_REPORTED'],
      handle: async ({ actor, params, body }) => {
        await uc.reportComment.execute({ actor, ...params, reason: body.reason });
        return { reported: true };
      },
    }),
  ];
}
