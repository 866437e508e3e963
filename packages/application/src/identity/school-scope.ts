import { SchoolNotFound, type Actor, type SchoolId, type SchoolRepository } from '@campus/domain';

/**
 * The gate of a read scoped to a school named in its path: a school that does not exist is a 404
 * for everyone, admins included, before membership is judged. A member's own school exists (a user
 * references it), so only admins and outsiders cost a lookup.
 * @throws SchoolNotFound, then whatever `assertMember` throws
 */
export async function assertSchoolScope(
  actor: Actor,
  schoolId: SchoolId,
  schools: SchoolRepository,
  assertMember: (actor: Actor, schoolId: SchoolId) => void,
): Promise<void> {
  if (actor.schoolId !== schoolId && !(await schools.findById(schoolId))) throw new SchoolNotFound();
  assertMember(actor, schoolId);
}
