import { isAdmin, type Actor } from '../identity/actor.js';

export interface SoftDeletable {
  deletedAt: Date | null;
  hiddenAt: Date | null;
}

/**
 * Deleted posts and comments are gone for everyone. Hidden ones (reported to the threshold) are
 * treated as deleted for everyone but admins, their authors included.
 */
export function isShownTo(item: SoftDeletable, viewer: Actor): boolean {
  return item.deletedAt === null && (item.hiddenAt === null || isAdmin(viewer));
}
