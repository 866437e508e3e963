import { CourseNotFound, ReviewNotFound } from '@campus/domain';
import { pageQuery } from '../http/pagination.js';
import { resourceId } from '../http/resource-id.js';
import { z } from '../openapi/zod-extension.js';

export const semester = z
  .string()
  .regex(/^\d{4}-(1|2|summer|winter)$/, 'Use YYYY-1, YYYY-2, YYYY-summer or YYYY-winter.')
  .openapi('Semester', {
    description: '`YYYY-1`, `YYYY-2`, `YYYY-summer` or `YYYY-winter`.',
    example: '2026-2',
  });
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM between 00:00 and 23:59.');
const meeting = z.strictObject({
  day: z.enum(['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN']),
  start: time,
  end: time.openapi({
    description: 'Exclusive: a class ending at 10:15 does not clash with one starting then.',
  }),
  room: z.string().trim().min(1).max(50).optional(),
});
export const courseId = resourceId(() => new CourseNotFound());
export const courseParams = z.strictObject({ courseId });
export const reviewParams = z.strictObject({ reviewId: resourceId(() => new ReviewNotFound()) });
export const createCourseBody = z.strictObject({
  semester,
  code: z.string().trim().min(1).max(20),
  name: z.string().trim().min(1).max(100),
  professor: z.string().trim().min(1).max(50),
  credits: z.number().int().min(0).max(9),
  times: z.array(meeting).max(14),
});
export const courseSearchQuery = z.strictObject({
  ...pageQuery,
  semester,
  q: z.string().trim().min(1).max(50).optional(),
  professor: z.string().trim().min(1).max(50).optional(),
});
export const reviewBody = z.strictObject({
  rating: z.number().int().min(1).max(5),
  content: z.string().trim().min(1).max(2000),
});
export const updateReviewBody = z
  .strictObject({
    rating: z.number().int().min(1).max(5).optional(),
    content: z.string().trim().min(1).max(2000).optional(),
  })
  .refine((b) => b.rating !== undefined || b.content !== undefined, 'Send a rating, a content, or both.')
  .openapi({ description: 'A rating, a content, or both.' });
export const pageOnlyQuery = z.strictObject({ ...pageQuery });
export const courseSchema = z
  .object({
    id: z.string(),
    schoolId: z.string(),
    semester: z.string(),
    code: z.string(),
    name: z.string(),
    professor: z.string(),
    credits: z.number().int(),
    times: z.array(
      z
        .object({ day: z.string(), start: z.string(), end: z.string(), room: z.string().optional() })
        .openapi('CourseMeeting'),
    ),
    averageRating: z
      .number()
      .nullable()
      .openapi({ description: 'The mean rating rounded to one decimal; `null` without reviews.' }),
    reviewCount: z.number().int(),
  })
  .openapi('Course');
export const reviewSchema = z
  .object({
    id: z.string(),
    rating: z.number().int(),
    content: z.string(),
    isMine: z.boolean().openapi({ description: 'Reviews are anonymous: only their author sees `true`.' }),
    createdAt: z.iso.datetime(),
  })
  .openapi('Review');
export const reviewPageSchema = z
  .object({
    averageRating: z.number().nullable(),
    reviewCount: z.number().int(),
    items: z.array(reviewSchema),
    nextCursor: z
      .string()
      .nullable()
      .openapi({ description: 'Pass as `cursor` for the next page; `null` on the last page.' }),
  })
  .openapi('ReviewPage');
