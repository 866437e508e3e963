import { TimetableNotFound } from '@campus/domain';
import { resourceId } from '../http/resource-id.js';
import { z } from '../openapi/zod-extension.js';
import { courseId, courseSchema, semester } from './courses.schemas.js';
import { idParam, userSchema } from './identity.schemas.js';

export const visibility = z.enum(['private', 'friends', 'public']).openapi('TimetableVisibility', {
  description: 'Who else may read the timetable: nobody, my friends, or every member.',
});
const timetableId = resourceId(() => new TimetableNotFound());
export const timetableParams = z.strictObject({ id: timetableId });
export const timetableCourseParams = z.strictObject({ id: timetableId, courseId });
export const usernameParams = z.strictObject({ username: z.string().min(1).max(100) });
export const createTimetableBody = z.strictObject({
  semester,
  name: z
    .string()
    .trim()
    .min(1)
    .max(30)
    .optional()
    .openapi({ description: 'Default: `시간표1`, `시간표2`, … (the first free one of the semester).' }),
  visibility: visibility.optional().openapi({ description: 'Default: `private`.' }),
});
export const updateTimetableBody = z
  .strictObject({
    name: z.string().trim().min(1).max(30).optional(),
    visibility: visibility.optional(),
    isPrimary: z.literal(true).optional(),
  })
  .refine(
    (b) => b.name !== undefined || b.visibility !== undefined || b.isPrimary !== undefined,
    'Send at least one field.',
  )
  .openapi({ description: 'At least one field.' });
export const addCourseBody = z.strictObject({ courseId: idParam });
export const semesterQuery = z.strictObject({ semester });
export const optionalSemesterQuery = z.strictObject({ semester: semester.optional() });
export const timetableSchema = z
  .object({
    id: z.string(),
    semester: z.string(),
    name: z.string(),
    visibility,
    isPrimary: z.boolean(),
    courses: z.array(courseSchema),
    totalCredits: z.number().int(),
    createdAt: z.iso.datetime(),
    owner: userSchema,
  })
  .openapi('Timetable');
