export { BlockCommentAuthor, type BlockCommentAuthorInput } from './block-comment-author.use-case.js';
export { BlockPostAuthor, type BlockPostAuthorInput } from './block-post-author.use-case.js';
export { BlockUser, type BlockUserInput } from './block-user.use-case.js';
export { type BlockDto, toBlockDto } from './blocking.dto.js';
export { blockingUseCases, type BlockingUseCases } from './blocking.use-cases.js';
export { ListMyBlocks, type ListMyBlocksInput } from './list-my-blocks.use-case.js';
export { Unblock, type UnblockInput } from './unblock.use-case.js';
export { viewerBlocks } from './viewer-blocks.js';
