import type { WriteCounter } from '../limits/write-limit.policy.js';
import { ValidationFailed } from '../shared/errors.js';
import type { UserId } from '../shared/ids.js';

const DAY = 24 * 60 * 60_000;
export const MAX_RESTRICTION_DAYS = 3650;
const MAX_REASON_LENGTH = 500;

export interface RestrictionTerms {
  until: Date;
  reason: string;
}

/**
 * An admin's restriction: whole days (1 to 3650) from `now`, with a reason of 1 to 500
 * characters, trimmed. @throws ValidationFailed
 */
export function restrictionTerms(days: number, reason: string, now: Date): RestrictionTerms {
  if (!Number.isInteger(days) || days < 1 || days > MAX_RESTRICTION_DAYS)
    throw new ValidationFailed('days', `Give a whole number of days, 1 to ${MAX_RESTRICTION_DAYS}.`);
  const trimmed = reason.trim();
  const length = [...trimmed].length;
  if (length < 1 || length > MAX_REASON_LENGTH)
    throw new ValidationFailed('reason', `Use 1 to ${MAX_REASON_LENGTH} characters.`);
  return { until: new Date(now.getTime() + days * DAY), reason: trimmed };
}

const MINUTE = 60_000;

/** Verification mails: one a minute per member (the member's `WRITE_BURST` counts them too). */
export function verificationMailCounter(userId: UserId): WriteCounter {
  return { key: `verify-mail:${userId}`, windowMs: MINUTE, limit: 1 };
}
