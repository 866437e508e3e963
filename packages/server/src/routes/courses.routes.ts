import type { CoursesUseCases } from '@campus/application';
import { z } from 'zod';
import { pageRequest, presentPage, encodeCursor } from '../http/pagination.js';
import { defineRoute, type AnyRoute } from '../http/route.js';
import { presentCourse, presentReview } from '../presenters/courses.presenter.js';
import { pageOf, schoolParams } from './board.schemas.js';
import {
  courseParams,
  courseSchema,
  courseSearchQuery,
  createCourseBody,
  pageOnlyQuery,
  reviewBody,
  reviewParams,
  reviewSchema,
  updateReviewBody,
} from './courses.schemas.js';

export function courseRoutes(uc: CoursesUseCases): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/schools/:schoolId/courses',
      tag: 'Courses',
      summary: 'Add a course (admin)',
      auth: true,
      params: schoolParams,
      body: createCourseBody,
      status: 201,
      response: courseSchema,
      errors: ['VALIDATION_FAILED', 'FORBIDDEN', 'SCHOOL_NOT_FOUND', 'COURSE_EXISTS'],
      handle: async ({ actor, params, body }) =>
        presentCourse(await uc.createCourse.execute({ actor, ...params, ...body })),
    }),
    defineRoute({
      method: 'get',
      path: '/schools/:schoolId/courses',
      tag: 'Courses',
      summary: 'Search the catalogue of a semester',
      auth: true,
      params: schoolParams,
      query: courseSearchQuery,
      status: 200,
      response: pageOf(courseSchema),
      errors: ['VALIDATION_FAILED', 'SCHOOL_NOT_FOUND', 'NOT_SCHOOL_MEMBER'],
      handle: async ({ actor, params, query }) =>
        presentPage(
          await uc.searchCourses.execute({
            actor,
            ...params,
            semester: query.semester,
            q: query.q,
            professor: query.professor,
            page: pageRequest(query),
          }),
          presentCourse,
        ),
    }),
    defineRoute({
      method: 'get',
      path: '/courses/:courseId',
      tag: 'Courses',
      summary: 'A course',
      auth: true,
      params: courseParams,
      status: 200,
      response: courseSchema,
      errors: ['COURSE_NOT_FOUND', 'NOT_SCHOOL_MEMBER'],
      handle: async ({ actor, params }) => presentCourse(await uc.getCourse.execute({ actor, ...params })),
    }),
    defineRoute({
      method: 'post',
      path: '/courses/:courseId/reviews',
      tag: 'Reviews',
      summary: 'Review a course, once',
      auth: true,
      params: courseParams,
      body: reviewBody,
      status: 201,
      response: reviewSchema,
      errors: ['VALIDATION_FAILED', 'COURSE_NOT_FOUND', 'NOT_SCHOOL_MEMBER', 'ALREADY_REVIEWED'],
      handle: async ({ actor, params, body }) =>
        presentReview(await uc.createReview.execute({ actor, ...params, ...body })),
    }),
    defineRoute({
      method: 'get',
      path: '/courses/:courseId/reviews',
      tag: 'Reviews',
      summary: 'Reviews of a course, newest first',
      auth: true,
      params: courseParams,
      query: pageOnlyQuery,
      status: 200,
      response: pageOf(reviewSchema).extend({
        averageRating: z.number().nullable(),
        reviewCount: z.number().int(),
      }),
      errors: ['VALIDATION_FAILED', 'COURSE_NOT_FOUND', 'NOT_SCHOOL_MEMBER'],
      handle: async ({ actor, params, query }) => {
        const result = await uc.listReviews.execute({ actor, ...params, page: pageRequest(query) });
        return {
          averageRating: result.averageRating,
          reviewCount: result.reviewCount,
          items: result.items.map(presentReview),
          nextCursor: result.next ? encodeCursor(result.next) : null,
        };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/reviews/:reviewId',
      tag: 'Reviews',
      summary: 'Edit my review',
      auth: true,
      params: reviewParams,
      body: updateReviewBody,
      status: 200,
      response: reviewSchema,
      errors: ['VALIDATION_FAILED', 'REVIEW_NOT_FOUND', 'NOT_AUTHOR'],
      handle: async ({ actor, params, body }) =>
        presentReview(await uc.updateReview.execute({ actor, ...params, ...body })),
    }),
    defineRoute({
      method: 'delete',
      path: '/reviews/:reviewId',
      tag: 'Reviews',
      summary: 'Delete my review',
      auth: true,
      params: reviewParams,
      status: 204,
      errors: ['REVIEW_NOT_FOUND', 'NOT_AUTHOR'],
      handle: ({ actor, params }) => uc.deleteReview.execute({ actor, ...params }),
    }),
  ];
}
