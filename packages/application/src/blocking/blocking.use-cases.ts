import {
  BLOCK_REPOSITORY as BLOCKS,
  CLOCK,
  COMMENT_REPOSITORY as COMMENTS,
  ID_GENERATOR as IDS,
  POST_REPOSITORY as POSTS,
  USER_REPOSITORY as USERS,
} from '@campus/domain';
import { writeGuard } from '../limits/write-guard.js';
import { useCase, type UseCasesOf } from '../shared/use-case.js';
import { BlockCommentAuthor } from './block-comment-author.use-case.js';
import { BlockPostAuthor } from './block-post-author.use-case.js';
import { BlockUser } from './block-user.use-case.js';
import { ListMyBlocks } from './list-my-blocks.use-case.js';
import { Unblock } from './unblock.use-case.js';

/** Blocks: by username, or from a post or comment, anonymous or not. */
export const blockingUseCases = {
  blockPostAuthor: useCase(BlockPostAuthor, [POSTS, USERS, BLOCKS, IDS, CLOCK, writeGuard]),
  blockCommentAuthor: useCase(BlockCommentAuthor, [POSTS, COMMENTS, USERS, BLOCKS, IDS, CLOCK, writeGuard]),
  blockUser: useCase(BlockUser, [USERS, BLOCKS, IDS, CLOCK, writeGuard]),
  listMyBlocks: useCase(ListMyBlocks, [BLOCKS]),
  unblock: useCase(Unblock, [BLOCKS]),
};

export type BlockingUseCases = UseCasesOf<typeof blockingUseCases>;
