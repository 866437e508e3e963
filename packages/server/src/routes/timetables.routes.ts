import type { TimetablesUseCases } from '@campus/application';
import { z } from 'zod';
import {
  EXAMPLE_CREATE_TIMETABLE,
  EXAMPLE_EMPTY_TIMETABLE,
  EXAMPLE_IDS,
  EXAMPLE_TIMETABLE,
} from '../openapi/examples.js';
import { defineRoute, type AnyRoute } from '../http/route.js';
import { presentTimetable } from '../presenters/timetables.presenter.js';
import {
  addCourseBody,
  createTimetableBody,
  optionalSemesterQuery,
  timetableCourseParams,
  timetableParams,
  timetableSchema,
  updateTimetableBody,
  usernameParams,
} from './timetables.schemas.js';

const NOT_FOUND = ['TIMETABLE_NOT_FOUND'];

export function timetableRoutes(uc: TimetablesUseCases): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/timetables',
      tag: 'Timetables',
      summary: 'Make a timetable (the first of a semester is primary)',
      description:
        'Makes a timetable of a semester. A member’s first timetable of a semester is their primary one. Names are unique per owner and semester; without one it is `시간표1`, `시간표2`, …; visibility defaults to `private`.',
      auth: true,
      body: createTimetableBody,
      status: 201,
      response: timetableSchema,
      errors: ['VALIDATION_FAILED', 'TIMETABLE_NAME_TAKEN'],
      examples: { request: EXAMPLE_CREATE_TIMETABLE, response: EXAMPLE_EMPTY_TIMETABLE },
      handle: async ({ actor, body }) =>
        presentTimetable(await uc.createTimetable.execute({ actor, ...body })),
    }),
    defineRoute({
      method: 'get',
      path: '/me/timetables',
      tag: 'Timetables',
      summary: 'My timetables',
      description: 'My timetables, oldest first: of one semester, or of all without `semester`.',
      auth: true,
      query: optionalSemesterQuery,
      status: 200,
      response: z.array(timetableSchema),
      errors: ['VALIDATION_FAILED'],
      examples: { response: [EXAMPLE_TIMETABLE] },
      handle: async ({ actor, query }) =>
        (await uc.listMyTimetables.execute({ actor, semester: query.semester })).map(presentTimetable),
    }),
    defineRoute({
      method: 'get',
      path: '/timetables/:id',
      tag: 'Timetables',
      summary: 'A timetable, when its visibility allows',
      description:
        'To its owner always; to others only when it is `public`, or `friends` and they are friends; otherwise `404 TIMETABLE_NOT_FOUND`, as if it did not exist.',
      auth: true,
      params: timetableParams,
      status: 200,
      response: timetableSchema,
      errors: NOT_FOUND,
      examples: { response: EXAMPLE_TIMETABLE },
      handle: async ({ actor, params }) =>
        presentTimetable(await uc.getTimetable.execute({ actor, timetableId: params.id })),
    }),
    defineRoute({
      method: 'patch',
      path: '/timetables/:id',
      tag: 'Timetables',
      summary: 'Rename, change visibility, or make primary',
      description:
        'The owner only. `isPrimary` takes only `true`: making one primary unmarks the others of its semester.',
      auth: true,
      params: timetableParams,
      body: updateTimetableBody,
      status: 200,
      response: timetableSchema,
      errors: ['VALIDATION_FAILED', ...NOT_FOUND, 'TIMETABLE_NAME_TAKEN'],
      examples: {
        request: { name: '2학기 최종', visibility: 'public' },
        response: { ...EXAMPLE_TIMETABLE, name: '2학기 최종', visibility: 'public' },
      },
      handle: async ({ actor, params, body }) =>
        presentTimetable(await uc.updateTimetable.execute({ actor, timetableId: params.id, ...body })),
    }),
    defineRoute({
      method: 'delete',
      path: '/timetables/:id',
      tag: 'Timetables',
      summary: 'Delete a timetable',
      description:
        'The owner only. If it was primary, the oldest remaining timetable of its semester becomes primary.',
      auth: true,
      params: timetableParams,
      status: 204,
      errors: NOT_FOUND,
      handle: ({ actor, params }) => uc.deleteTimetable.execute({ actor, timetableId: params.id }),
    }),
    defineRoute({
      method: 'post',
      path: '/timetables/:id/courses',
      tag: 'Timetables',
      summary: 'Add a course',
      description:
        'The owner only. Checks, in order: the course is of the owner’s school (else `404 COURSE_NOT_FOUND`), of the timetable’s semester (`400 SEMESTER_MISMATCH`), not already in it (`409 COURSE_ALREADY_ADDED`), and clashes with no course in it (`409 TIMETABLE_CONFLICT`, with `details` naming the clashing course ids). Meetings clash when on the same day and their `[start, end)` intervals overlap.',
      auth: true,
      params: timetableParams,
      body: addCourseBody,
      status: 200,
      response: timetableSchema,
      errors: [
        'VALIDATION_FAILED',
        ...NOT_FOUND,
        'COURSE_NOT_FOUND',
        'SEMESTER_MISMATCH',
        'COURSE_ALREADY_ADDED',
        'TIMETABLE_CONFLICT',
      ],
      examples: { request: { courseId: EXAMPLE_IDS.course }, response: EXAMPLE_TIMETABLE },
      handle: async ({ actor, params, body }) =>
        presentTimetable(
          await uc.addTimetableCourse.execute({ actor, timetableId: params.id, courseId: body.courseId }),
        ),
    }),
    defineRoute({
      method: 'delete',
      path: '/timetables/:id/courses/:courseId',
      tag: 'Timetables',
      summary: 'Take a course out',
      description: 'The owner only. Answers the timetable without the course.',
      auth: true,
      params: timetableCourseParams,
      status: 200,
      response: timetableSchema,
      errors: [...NOT_FOUND, 'COURSE_NOT_FOUND'],
      examples: { response: EXAMPLE_EMPTY_TIMETABLE },
      handle: async ({ actor, params }) =>
        presentTimetable(
          await uc.removeTimetableCourse.execute({
            actor,
            timetableId: params.id,
            courseId: params.courseId,
          }),
        ),
    }),
    defineRoute({
      method: 'get',
      path: '/users/:username/timetable',
      tag: 'Timetables',
      summary: 'A user’s primary timetable, when visible',
      description:
        'That member’s primary timetable of `semester` when it is visible to me (mine, `public`, or `friends` and we are friends); otherwise `404 TIMETABLE_NOT_FOUND`. Without `semester`, the primary timetable of their latest semester.',
      auth: true,
      params: usernameParams,
      query: optionalSemesterQuery,
      status: 200,
      response: timetableSchema,
      errors: ['VALIDATION_FAILED', 'USER_NOT_FOUND', ...NOT_FOUND],
      examples: { response: EXAMPLE_TIMETABLE },
      handle: async ({ actor, params, query }) =>
        presentTimetable(
          await uc.getUserPrimaryTimetable.execute({
            actor,
            username: params.username,
            semester: query.semester,
          }),
        ),
    }),
  ];
}
