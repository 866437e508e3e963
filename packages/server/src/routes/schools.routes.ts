import type { IdentityUseCases } from '@campus/application';
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../http/route.js';
import { presentNamed } from '../presenters/identity.presenter.js';
import { schoolParams } from './board.schemas.js';
import { nameBody, namedRef } from './identity.schemas.js';

export function schoolRoutes(uc: IdentityUseCases): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/schools',
      tag: 'Schools',
      summary: 'Every school',
      auth: false,
      status: 200,
      response: z.array(namedRef),
      errors: [],
      handle: async () => (await uc.listSchools.execute()).map(presentNamed),
    }),
    defineRoute({
      method: 'post',
      path: '/schools',
      tag: 'Schools',
      summary: 'Add a school (admin)',
      auth: true,
      body: nameBody,
      status: 201,
      response: namedRef,
      errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN', 'SCHOOL_EXISTS'],
      handle: async ({ actor, body }) =>
        presentNamed(await uc.createSchool.execute({ actor, name: body.name })),
    }),
    defineRoute({
      method: 'get',
      path: '/schools/:schoolId/departments',
      tag: 'Schools',
      summary: 'Departments of a school',
      auth: false,
      params: schoolParams,
      status: 200,
      response: z.array(namedRef),
      errors: ['SCHOOL_NOT_FOUND'],
      handle: async ({ params }) => (await uc.listDepartments.execute(params)).map(presentNamed),
    }),
    defineRoute({
      method: 'post',
      path: '/schools/:schoolId/departments',
      tag: 'Schools',
      summary: 'Add a department (admin)',
      auth: true,
      params: schoolParams,
      body: nameBody,
      status: 201,
      response: namedRef,
      errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN', 'SCHOOL_NOT_FOUND', 'DEPARTMENT_EXISTS'],
      handle: async ({ actor, params, body }) =>
        presentNamed(
          await uc.createDepartment.execute({ actor, schoolId: params.schoolId, name: body.name }),
        ),
    }),
  ];
}
