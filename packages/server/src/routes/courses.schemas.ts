import { CourseNotFound, ReviewNotFound } from '@campus/domain';
import { z } from 'zod';
import { pageQuery } from '../http/pagination.js';
import { resourceId } from '../http/resource-id.js';

export const semester = z
  .string()
  .regex(/^\d{4}-(1|2|summer|winter)$/, 'Use YYYY-1, YYYY-2, YYYY-summer or YYYY-winter.');
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM between 00:00 and 23:59.');
const meeting = z.strictObject({
  day: z.enum(['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN']),
  start: time,
  end: time,
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
  .refine((b) => b.rating !== undefined || b.content !== undefined, 'Send a rating, a content, or both.');
export const pageOnlyQuery = z.strictObject({ ...pageQuery });

export const courseSchema = z.object({
  id: z.string(),
  schoolId: z.string(),
  semester: z.string(),
  code: z.string(),
  name: z.string(),
  professor: z.string(),
  credits: z.number().int(),
  times: z.array(
    z.object({ day: z.string(), start: z.string(), end: z.string(), room: z.string().optional() }),
  ),
  averageRating: z.number().nullable(),
  reviewCount: z.number().int(),
});
export const reviewSchema = z.object({
  id: z.string(),
  rating: z.number().int(),
  content: z.string(),
  isMine: z.boolean(),
  createdAt: z.iso.datetime(),
});
