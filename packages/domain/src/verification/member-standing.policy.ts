import type { User } from '../identity/user.entity.js';
import { Restricted, VerificationRequired } from './verification.errors.js';

/**
 * Whether a member may write (post, comment, like, report, review, ask for friends, send
 * messages) at `now`. Admins always may; a restriction comes before verification, so a
 * restricted member learns when it ends. @throws Restricted, VerificationRequired
 */
export function assertMayWrite(user: User, now: Date, requireVerification: boolean): void {
  if (user.isAdmin()) return;
  const until = user.restrictedUntil;
  if (until !== null && user.isRestrictedAt(now)) throw new Restricted(until);
  if (requireVerification && !user.verified) throw new VerificationRequired();
}
