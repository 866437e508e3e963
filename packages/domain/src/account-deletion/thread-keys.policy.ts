import type { UserId } from '../shared/ids.js';
import type { ErasedIds } from './account-deletion.ports.js';

/**
 * Which fresh id each of a deleted account's posts and comments gets. Rows are tied together
 * only where a reader already sees them tied, within one post's thread:
 *
 * - the account's anonymous post, its anonymous comments there and its 익명N number share one id
 *   (so `익명(글쓴이)` and `익명N` read as before);
 * - its named post and its named comments there share another (so `isPostAuthor` stays true on
 *   them), never the anonymous one: under a named post its anonymous comments are a plain `익명N`,
 *   which nobody may tie to the named author;
 * - elsewhere its anonymous comments in a thread share one id, its named comments another.
 *
 * Nothing is shared across threads, so no row of one thread leads to another thread's rows.
 */
export class ThreadKeys {
  private readonly keys = new Map<string, UserId>();

  constructor(private readonly ids: ErasedIds) {}

  /** The id of the account's post `postId`, or of its comments (and 익명 number) in that post's thread. */
  of(postId: string, isAnonymous: boolean): UserId {
    const name = `${isAnonymous ? 'anonymous' : 'named'}:${postId}`;
    let key = this.keys.get(name);
    if (key === undefined) this.keys.set(name, (key = this.ids.next()));
    return key;
  }
}
