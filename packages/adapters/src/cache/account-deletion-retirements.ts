import { ACCOUNT_REMOVAL, BOARD_ERASURE, type AccountRemoval, type BoardErasure } from '@campus/domain';
import { provide } from '../composition/provisions.js';
import { AFTER_COMMIT } from './after-commit.js';
import { boardScopes } from './board-retirements.js';
import type { CacheModule } from './cache-module.js';
import { identityScopes } from './cached-identity-repositories.js';
import { retiringWrites, type Retirements } from './retiring-writes.js';

/**
 * What a deleted account retires, once its unit of work commits: its user and sessions (so every
 * instance refuses its tokens at once), and every view that shows a nickname (`names`: posts,
 * threads, board pages, HOT), which covers the views of its named posts and comments, now shown
 * as `(탈퇴한 사용자)`, and the scrap counts of the posts it had scrapped. Anonymous content and
 * like counts read the same before and after, and course views show no author.
 */
export function accountDeletionRetirements(board: BoardErasure) {
  return {
    removal: {
      remove: ([userId], sessions) => [
        identityScopes.user(userId),
        ...sessions.map((id) => identityScopes.session(id)),
        boardScopes.names,
      ],
    } satisfies Retirements<AccountRemoval>,
    // Its own flags (liked, scrapped, reported) on the posts it marked: nobody reads them any more,
    // but no view may outlive what it shows.
    boardErasure: {
      erase: {
        before: ([userId]) => board.postsMarkedBy(userId),
        retires: ([userId], _, marked) =>
          (marked as string[]).map((postId) => boardScopes.viewer(postId, userId)),
      },
    } satisfies Retirements<BoardErasure>,
  };
}

/** Account deletion caches nothing of its own; its removal and board step retire the views above. */
export const cachedAccountDeletion: CacheModule = (get, views) => {
  const uow = get(AFTER_COMMIT);
  const retire = (scopes: readonly string[]) => views.retire(uow, scopes);
  const board = get(BOARD_ERASURE);
  const rules = accountDeletionRetirements(board);
  return [
    provide(ACCOUNT_REMOVAL, retiringWrites(get(ACCOUNT_REMOVAL), retire, rules.removal)),
    provide(BOARD_ERASURE, retiringWrites(board, retire, rules.boardErasure)),
  ];
};
