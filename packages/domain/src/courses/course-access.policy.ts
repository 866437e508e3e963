import { isMemberOf, type Actor } from '../identity/actor.js';
import type { SchoolId } from '../shared/ids.js';
import { NotCourseSchoolMember } from './courses.errors.js';

/**
 * Searching a school's catalogue and reading or writing reviews need membership of that school
 * (admins belong everywhere). A single course by id stays readable to every signed-in user.
 * @throws NotCourseSchoolMember (NOT_SCHOOL_MEMBER)
 */
export function assertCourseSchoolMember(actor: Actor, schoolId: SchoolId): void {
  if (!isMemberOf(actor, schoolId)) throw new NotCourseSchoolMember();
}
