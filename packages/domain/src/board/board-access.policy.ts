import type { Actor } from '../identity/actor.js';
import { isMemberOf } from '../identity/actor.js';
import type { SchoolId } from '../shared/ids.js';
import { NotSchoolMember } from './board.errors.js';

/** Every board action, read or write, needs membership of the board's school; admins have all. */
export function assertBoardMember(actor: Actor, schoolId: SchoolId): void {
  if (!isMemberOf(actor, schoolId)) throw new NotSchoolMember();
}
