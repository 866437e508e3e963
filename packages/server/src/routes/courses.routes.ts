import type { CoursesUseCases } from '@campus/application';
import { pageRequest, presentPage, encodeCursor } from '../http/pagination.js';
import {
  EXAMPLE_COURSE,
  EXAMPLE_COURSE_PAGE,
  EXAMPLE_CREATE_COURSE,
  EXAMPLE_CREATE_REVIEW,
  EXAMPLE_REVIEW,
  EXAMPLE_REVIEW_PAGE,
} from '../openapi/examples.js';
import { defineRoute, type AnyRoute } from '../http/route.js';
import { presentCourse, presentReview } from '../presenters/courses.presenter.js';
import { pageOf, schoolParams } from './board.schemas.js';
import { STANDING_ERRORS } from './verification.schemas.js';
import {
  courseParams,
  courseSchema,
  courseSearchQuery,
  createCourseBody,
  pageOnlyQuery,
  reviewBody,
  reviewPageSchema,
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
      description:
        'Admins only. A course code is unique per school and semester. Meetings run from `start` to `end` (exclusive), `HH:MM` between 00:00 and 23:59.',
      auth: true,
      params: schoolParams,
      body: createCourseBody,
      status: 201,
      response: courseSchema,
      errors: ['VALIDATION_FAILED', 'FORBIDDEN', 'SCHOOL_NOT_FOUND', 'COURSE_EXISTS'],
      examples: {
        request: EXAMPLE_CREATE_COURSE,
        response: { ...EXAMPLE_COURSE, averageRating: null, reviewCount: 0 },
      },
      handle: async ({ actor, params, body }) =>
        presentCourse(await uc.createCourse.execute({ actor, ...params, ...body })),
    }),
    defineRoute({
      method: 'get',
      path: '/schools/:schoolId/courses',
      tag: 'Courses',
      summary: 'Search the catalogue of a semester',
      description:
        'The catalogue of one semester (`semester` is required), to members of the school (admins: any). `q` matches a course’s name or code, `professor` its professor.',
      auth: true,
      params: schoolParams,
      query: courseSearchQuery,
      status: 200,
      response: pageOf(courseSchema, 'CoursePage'),
      errors: ['VALIDATION_FAILED', 'SCHOOL_NOT_FOUND', 'NOT_SCHOOL_MEMBER'],
      examples: { response: EXAMPLE_COURSE_PAGE },
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
      description:
        'A course of the member’s own school, with its average rating (rounded to one decimal, `null` without reviews).',
      auth: true,
      params: courseParams,
      status: 200,
      response: courseSchema,
      errors: ['COURSE_NOT_FOUND', 'NOT_SCHOOL_MEMBER'],
      examples: { response: EXAMPLE_COURSE },
      handle: async ({ actor, params }) => presentCourse(await uc.getCourse.execute({ actor, ...params })),
    }),
    defineRoute({
      method: 'post',
      path: '/courses/:courseId/reviews',
      tag: 'Reviews',
      summary: 'Review a course, once',
      description:
        'One review per member and course, by members of the course’s school. Reviews are always anonymous to others.',
      auth: true,
      params: courseParams,
      body: reviewBody,
      status: 201,
      response: reviewSchema,
      errors: [
        'VALIDATION_FAILED',
        'COURSE_NOT_FOUND',
        'NOT_SCHOOL_MEMBER',
        'ALREADY_REVIEWED',
        ...STANDING_ERRORS,
        'TOO_FAST',
      ],
      examples: { request: EXAMPLE_CREATE_REVIEW, response: EXAMPLE_REVIEW },
      handle: async ({ actor, params, body }) =>
        presentReview(await uc.createReview.execute({ actor, ...params, ...body })),
    }),
    defineRoute({
      method: 'get',
      path: '/courses/:courseId/reviews',
      tag: 'Reviews',
      summary: 'Reviews of a course, newest first',
      description:
        'Newest first, with the course’s average rating and review count. Reviewers are never named; `isMine` marks my own.',
      auth: true,
      params: courseParams,
      query: pageOnlyQuery,
      status: 200,
      response: reviewPageSchema,
      errors: ['VALIDATION_FAILED', 'COURSE_NOT_FOUND', 'NOT_SCHOOL_MEMBER'],
      examples: { response: EXAMPLE_REVIEW_PAGE },
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
      description: 'The author only.',
      auth: true,
      params: reviewParams,
      body: updateReviewBody,
      status: 200,
      response: reviewSchema,
      errors: ['VALIDATION_FAILED', 'REVIEW_NOT_FOUND', 'NOT_AUTHOR'],
      examples: { request: { rating: 5 }, response: { ...EXAMPLE_REVIEW, rating: 5 } },
      handle: async ({ actor, params, body }) =>
        presentReview(await uc.updateReview.execute({ actor, ...params, ...body })),
    }),
    defineRoute({
      method: 'delete',
      path: '/reviews/:reviewId',
      tag: 'Reviews',
      summary: 'Delete my review',
      description: 'The author only.',
      auth: true,
      params: reviewParams,
      status: 204,
      errors: ['REVIEW_NOT_FOUND', 'NOT_AUTHOR'],
      handle: ({ actor, params }) => uc.deleteReview.execute({ actor, ...params }),
    }),
  ];
}
