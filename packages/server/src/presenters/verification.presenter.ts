import { isoTime } from '@campus/adapters/system';
import type { RestrictionDto } from '@campus/application';

/** Names every field it sends: who restricted the member stays with the audit seam, not the answer. */
export function presentRestriction(restriction: RestrictionDto) {
  return { userId: restriction.userId, until: isoTime(restriction.until), reason: restriction.reason };
}
