import type { BoardUseCases } from '@campus/application';
import { z } from 'zod';
import {
  EXAMPLE_COMMENT,
  EXAMPLE_CREATE_COMMENT,
  EXAMPLE_CREATE_POST,
  EXAMPLE_NEW_COMMENT,
  EXAMPLE_NEW_POST,
  EXAMPLE_POST,
  EXAMPLE_REPLY,
  EXAMPLE_UPDATE_POST,
} from '../openapi/examples.js';
import { defineRoute, type AnyRoute } from '../http/route.js';
import { STANDING_ERRORS } from './verification.schemas.js';
import { presentComment, presentPost, presentThread } from '../presenters/board.presenter.js';
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
const STANDING = STANDING_ERRORS;
const COMMENT = ['COMMENT_NOT_FOUND', 'NOT_SCHOOL_MEMBER'];

/** A post, its comments, and every reaction to either. */
export function postRoutes(uc: BoardUseCases): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/boards/:boardId/posts',
      tag: 'Posts',
      summary: 'Write a post (anonymous by default)',
      description:
        'Writes a post on a board of the member’s own school. Anonymous by default: nothing in any answer links an anonymous post to its author, who recognises it by `viewer.isAuthor`. A question (`isQuestion: true`) can no longer be edited or deleted by its author once someone else has commented.',
      auth: true,
      params: boardParams,
      body: createPostBody,
      status: 201,
      response: postSchema,
      errors: ['VALIDATION_FAILED', 'BOARD_NOT_FOUND', 'NOT_SCHOOL_MEMBER', ...STANDING, 'TOO_FAST'],
      examples: { request: EXAMPLE_CREATE_POST, response: EXAMPLE_NEW_POST },
      handle: async ({ actor, params, body }) =>
        presentPost(await uc.createPost.execute({ actor, ...params, ...body })),
    }),
    defineRoute({
      method: 'get',
      path: '/posts/:postId',
      tag: 'Posts',
      summary: 'A post with its comment tree',
      description:
        'The post with its comments, oldest first, and replies under them. Anonymous commenters are numbered `익명1`, `익명2`, … per post in order of their first comment; the post’s author commenting anonymously shows as `익명(글쓴이)`. A deleted comment with live replies stays as `{ isDeleted: true, content: null, author: null }`.',
      auth: true,
      params: postParams,
      status: 200,
      response: postSchema,
      errors: POST,
      examples: { response: EXAMPLE_POST },
      handle: async ({ actor, params }) => presentPost(await uc.getPost.execute({ actor, ...params })),
    }),
    defineRoute({
      method: 'patch',
      path: '/posts/:postId',
      tag: 'Posts',
      summary: 'Edit my post',
      description:
        'The author only. A question someone else has commented on is locked (`409 QUESTION_LOCKED`).',
      auth: true,
      params: postParams,
      body: updatePostBody,
      status: 200,
      response: postSchema,
      errors: ['VALIDATION_FAILED', ...POST, 'NOT_AUTHOR', 'QUESTION_LOCKED'],
      examples: {
        request: EXAMPLE_UPDATE_POST,
        response: { ...EXAMPLE_POST, content: EXAMPLE_UPDATE_POST.content },
      },
      handle: async ({ actor, params, body }) =>
        presentPost(await uc.updatePost.execute({ actor, ...params, ...body })),
    }),
    defineRoute({
      method: 'delete',
      path: '/posts/:postId',
      tag: 'Posts',
      summary: 'Delete a post (author or admin)',
      description:
        'The author or an admin. Deletion is soft: the post leaves every list and answers 404 from then on. A question someone else has commented on cannot be deleted by its author (`409 QUESTION_LOCKED`).',
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
      description:
        'One like per member, never on one’s own post, and likes cannot be taken back. Concurrent likes by one member count once.',
      auth: true,
      params: postParams,
      status: 200,
      response: likeCountSchema,
      errors: [...POST, 'CANNOT_LIKE_OWN', 'ALREADY_LIKED', ...STANDING],
      examples: { response: { likeCount: 13 } },
      handle: async ({ actor, params }) => ({
        likeCount: (await uc.likePost.execute({ actor, ...params })).likeCount,
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/posts/:postId/scrap',
      tag: 'Reactions',
      summary: 'Scrap a post (idempotent)',
      description: 'Keeps the post in my scraps (`GET /me/scraps`). Scrapping twice changes nothing.',
      auth: true,
      params: postParams,
      status: 200,
      response: scrapCountSchema,
      errors: [...POST, 'CANNOT_SCRAP_OWN'],
      examples: { response: { scrapCount: 4 } },
      handle: async ({ actor, params }) => ({
        scrapCount: (await uc.scrapPost.execute({ actor, ...params })).scrapCount,
      }),
    }),
    defineRoute({
      method: 'delete',
      path: '/posts/:postId/scrap',
      tag: 'Reactions',
      summary: 'Unscrap a post (idempotent)',
      description: 'Removes the post from my scraps. Unscrapping a post I have not scrapped changes nothing.',
      auth: true,
      params: postParams,
      status: 200,
      response: scrapCountSchema,
      errors: [...POST, 'CANNOT_SCRAP_OWN'],
      examples: { response: { scrapCount: 3 } },
      handle: async ({ actor, params }) => ({
        scrapCount: (await uc.unscrapPost.execute({ actor, ...params })).scrapCount,
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/posts/:postId/reports',
      tag: 'Reactions',
      summary: 'Report a post, once',
      description:
        'One report per member and post, never on one’s own. Enough distinct reports hide the post from everyone but admins.',
      auth: true,
      params: postParams,
      body: reportBody,
      status: 201,
      response: reportedSchema,
      errors: [
        'VALIDATION_FAILED',
        ...POST,
        'CANNOT_REPORT_OWN',
        'ALREADY_REPORTED',
        ...STANDING,
        'TOO_FAST',
      ],
      examples: { request: { reason: 'advertising' }, response: { reported: true } },
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
      description:
        'Top-level comments oldest first, each with its replies; the same tree as in `GET /posts/{postId}`.',
      auth: true,
      params: postParams,
      status: 200,
      response: z.array(commentSchema),
      errors: POST,
      examples: { response: [EXAMPLE_COMMENT] },
      handle: async ({ actor, params }) => presentThread(await uc.listComments.execute({ actor, ...params })),
    }),
    defineRoute({
      method: 'post',
      path: '/posts/:postId/comments',
      tag: 'Comments',
      summary: 'Comment, or reply to a comment',
      description:
        'Anonymous by default. To reply, send `parentId`: a live top-level comment of the same post (replies are one level deep), else `400 INVALID_PARENT`. Answers the new comment as its author sees it.',
      auth: true,
      params: postParams,
      body: createCommentBody,
      status: 201,
      response: commentSchema,
      errors: ['VALIDATION_FAILED', 'INVALID_PARENT', ...POST, ...STANDING, 'TOO_FAST'],
      examples: { request: EXAMPLE_CREATE_COMMENT, response: EXAMPLE_NEW_COMMENT },
      handle: async ({ actor, params, body }) =>
        presentComment(await uc.createComment.execute({ actor, ...params, ...body })),
    }),
    defineRoute({
      method: 'patch',
      path: '/comments/:commentId',
      tag: 'Comments',
      summary: 'Edit my comment',
      description: 'The author only.',
      auth: true,
      params: commentParams,
      body: updateCommentBody,
      status: 200,
      response: commentSchema,
      errors: ['VALIDATION_FAILED', ...COMMENT, 'NOT_AUTHOR'],
      examples: {
        request: { content: '창가 쪽 맨 끝 줄이요! 9시 전에 가야 자리 있어요.' },
        response: { ...EXAMPLE_REPLY, content: '창가 쪽 맨 끝 줄이요! 9시 전에 가야 자리 있어요.' },
      },
      handle: async ({ actor, params, body }) =>
        presentComment(await uc.updateComment.execute({ actor, ...params, ...body })),
    }),
    defineRoute({
      method: 'delete',
      path: '/comments/:commentId',
      tag: 'Comments',
      summary: 'Delete a comment (author or admin)',
      description:
        'The author or an admin. Deletion is soft: a comment with live replies stays in the tree as `{ isDeleted: true, content: null, author: null }`; without replies it disappears. Anonymous numbers of other commenters never shift.',
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
      description: 'One like per member, never on one’s own comment, and likes cannot be taken back.',
      auth: true,
      params: commentParams,
      status: 200,
      response: likeCountSchema,
      errors: [...COMMENT, 'CANNOT_LIKE_OWN', 'ALREADY_LIKED', ...STANDING],
      examples: { response: { likeCount: 5 } },
      handle: async ({ actor, params }) => ({
        likeCount: (await uc.likeComment.execute({ actor, ...params })).likeCount,
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/comments/:commentId/reports',
      tag: 'Reactions',
      summary: 'Report a comment, once',
      description:
        'One report per member and comment, never on one’s own. Enough distinct reports hide the comment from everyone but admins.',
      auth: true,
      params: commentParams,
      body: reportBody,
      status: 201,
      response: reportedSchema,
      errors: [
        'VALIDATION_FAILED',
        ...COMMENT,
        'CANNOT_REPORT_OWN',
        'ALREADY_REPORTED',
        ...STANDING,
        'TOO_FAST',
      ],
      examples: { request: { reason: 'abuse' }, response: { reported: true } },
      handle: async ({ actor, params, body }) => {
        await uc.reportComment.execute({ actor, ...params, reason: body.reason });
        return { reported: true };
      },
    }),
  ];
}
