import type { SchoolId, UserId } from '../shared/ids.js';
import type { Role } from './user.entity.js';

/**
 * Who is making a request, as established by authentication. Use cases take it as input instead
 * of loading the user again for every permission check.
 */
export interface Actor {
  id: UserId;
  role: Role;
  schoolId: SchoolId | null;
}

export function isAdmin(actor: Actor): boolean {
  return actor.role === 'admin';
}

/** Admins belong to every school; everyone else only to their own. */
export function isMemberOf(actor: Actor, schoolId: SchoolId): boolean {
  return actor.role === 'admin' || actor.schoolId === schoolId;
}
