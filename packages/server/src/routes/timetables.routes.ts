import type { TimetablesUseCases } from '@campus/application';
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../http/route.js';
import { presentTimetable } from '../presenters/timetables.presenter.js';
import {
  addCourseBody,
  createTimetableBody,
  optionalSemesterQuery,
  semesterQuery,
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
      auth: true,
      body: createTimetableBody,
      status: 201,
      response: timetableSchema,
      errors: ['VALIDATION_FAILED', 'TIMETABLE_NAME_TAKEN'],
      handle: async ({ actor, body }) =>
        presentTimetable(await uc.createTimetable.execute({ actor, ...body })),
    }),
    defineRoute({
      method: 'get',
      path: '/me/timetables',
      tag: 'Timetables',
      summary: 'My timetables',
      auth: true,
      query: optionalSemesterQuery,
      status: 200,
      response: z.array(timetableSchema),
      errors: ['VALIDATION_FAILED'],
      handle: async ({ actor, query }) =>
        (await uc.listMyTimetables.execute({ actor, semester: query.semester })).map(presentTimetable),
    }),
    defineRoute({
      method: 'get',
      path: '/timetables/:id',
      tag: 'Timetables',
      summary: 'A timetable, when its visibility allows',
      auth: true,
      params: timetableParams,
      status: 200,
      response: timetableSchema,
      errors: NOT_FOUND,
      handle: async ({ actor, params }) =>
        presentTimetable(await uc.getTimetable.execute({ actor, timetableId: params.id })),
    }),
    defineRoute({
      method: 'patch',
      path: '/timetables/:id',
      tag: 'Timetables',
      summary: 'Rename, change visibility, or make primary',
      auth: true,
      params: timetableParams,
      body: updateTimetableBody,
      status: 200,
      response: timetableSchema,
      errors: ['VALIDATION_FAILED', ...NOT_FOUND, 'TIMETABLE_NAME_TAKEN'],
      handle: async ({ actor, params, body }) =>
        presentTimetable(await uc.updateTimetable.execute({ actor, timetableId: params.id, ...body })),
    }),
    defineRoute({
      method: 'delete',
      path: '/timetables/:id',
      tag: 'Timetables',
      summary: 'Delete a timetable',
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
      auth: true,
      params: timetableCourseParams,
      status: 200,
      response: timetableSchema,
      errors: [...NOT_FOUND, 'COURSE_NOT_FOUND'],
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
      auth: true,
      params: usernameParams,
      query: semesterQuery,
      status: 200,
      response: timetableSchema,
      errors: ['VALIDATION_FAILED', 'USER_NOT_FOUND', ...NOT_FOUND],
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
