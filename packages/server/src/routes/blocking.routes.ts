import type { BlockingUseCases } from '@campus/application';
import { defineRoute, type AnyRoute } from '../http/route.js';
import { pageRequest, presentPage } from '../http/pagination.js';
import { EXAMPLE_BLOCK, EXAMPLE_BLOCK_PAGE } from '../openapi/examples.js';
import { presentBlock } from '../presenters/blocking.presenter.js';
import { commentParams, postParams } from './board.schemas.js';
import {
  blockParams,
  blockSchema,
  blocksPageSchema,
  blocksQuery,
  usernameParams,
} from './blocking.schemas.js';

const BLOCK_ERRORS = ['CANNOT_BLOCK_SELF', 'ALREADY_BLOCKED', 'TOO_FAST'] as const;

const NEVER_REVEALS =
  'A block never reveals authorship: from anonymous content it hides only that post, or that commenter’s anonymous comments in that one thread (where their `익명N` already ties them together), nothing else of its author; from named content it is a block of the member, which hides their named posts and comments everywhere but never their anonymous ones. The answer names the author only by the label I saw. `409 ALREADY_BLOCKED` only for the same target twice (two anonymous posts of one author are two targets). Counts toward `WRITE_BURST`.';

export function blockingRoutes(uc: BlockingUseCases): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/posts/:postId/block-author',
      tag: 'Blocking',
      summary: 'Block the author of a post',
      description: `A named post blocks its author (as \`POST /users/:username/block\` would); an anonymous one hides that post from me. ${NEVER_REVEALS}`,
      auth: true,
      params: postParams,
      status: 201,
      response: blockSchema,
      errors: ['POST_NOT_FOUND', 'NOT_SCHOOL_MEMBER', ...BLOCK_ERRORS],
      examples: { response: EXAMPLE_BLOCK },
      handle: async ({ actor, params }) =>
        presentBlock(await uc.blockPostAuthor.execute({ actor, postId: params.postId })),
    }),
    defineRoute({
      method: 'post',
      path: '/comments/:commentId/block-author',
      tag: 'Blocking',
      summary: 'Block the author of a comment',
      description: `A named comment blocks its author; an anonymous one hides that commenter’s anonymous comments in this post’s thread (a comment of theirs with live replies shows as \`{ isBlocked: true, content: null, author: null }\`). ${NEVER_REVEALS}`,
      auth: true,
      params: commentParams,
      status: 201,
      response: blockSchema,
      errors: ['COMMENT_NOT_FOUND', 'NOT_SCHOOL_MEMBER', ...BLOCK_ERRORS],
      examples: { response: { ...EXAMPLE_BLOCK, label: '익명3' } },
      handle: async ({ actor, params }) =>
        presentBlock(await uc.blockCommentAuthor.execute({ actor, commentId: params.commentId })),
    }),
    defineRoute({
      method: 'post',
      path: '/users/:username/block',
      tag: 'Blocking',
      summary: 'Block a member',
      description: `Hides the member’s named posts and comments from me everywhere (lists, HOT, BEST, search, threads), never their anonymous ones, and stops friend requests between us either way (\`403 BLOCKED\`). ${NEVER_REVEALS}`,
      auth: true,
      params: usernameParams,
      status: 201,
      response: blockSchema,
      errors: ['USER_NOT_FOUND', ...BLOCK_ERRORS],
      examples: { response: { ...EXAMPLE_BLOCK, label: '준호' } },
      handle: async ({ actor, params }) =>
        presentBlock(await uc.blockUser.execute({ actor, username: params.username })),
    }),
    defineRoute({
      method: 'get',
      path: '/me/blocks',
      tag: 'Blocking',
      summary: 'My blocks',
      description:
        'My blocks, newest first, each by the label I saw; never the blocked account’s id or username.',
      auth: true,
      query: blocksQuery,
      status: 200,
      response: blocksPageSchema,
      errors: ['VALIDATION_FAILED'],
      examples: { response: EXAMPLE_BLOCK_PAGE },
      handle: async ({ actor, query }) =>
        presentPage(await uc.listMyBlocks.execute({ actor, page: pageRequest(query) }), presentBlock),
    }),
    defineRoute({
      method: 'delete',
      path: '/me/blocks/:blockId',
      tag: 'Blocking',
      summary: 'Undo a block',
      description: 'What the block hid shows again. Another member’s block is `404 BLOCK_NOT_FOUND`.',
      auth: true,
      params: blockParams,
      status: 204,
      errors: ['BLOCK_NOT_FOUND'],
      handle: ({ actor, params }) => uc.unblock.execute({ actor, blockId: params.blockId }),
    }),
  ];
}
