import type { IdentityUseCases } from '@campus/application';
import { z } from 'zod';
import { EXAMPLE_DEPARTMENTS, EXAMPLE_SCHOOLS } from '../openapi/examples.js';
import { defineRoute, type AnyRoute } from '../http/route.js';
import { presentNamed, presentSchool } from '../presenters/identity.presenter.js';
import { schoolParams } from './board.schemas.js';
import {
  createSchoolBody,
  departmentSchema,
  managedSchoolSchema,
  nameBody,
  schoolSchema,
} from './identity.schemas.js';

export function schoolRoutes(uc: IdentityUseCases): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/schools',
      tag: 'Schools',
      summary: 'Every school',
      description: 'Every school, for the signup form. No login needed.',
      auth: false,
      status: 200,
      response: z.array(schoolSchema),
      errors: [],
      examples: { response: EXAMPLE_SCHOOLS },
      handle: async () => (await uc.listSchools.execute()).map(presentNamed),
    }),
    defineRoute({
      method: 'post',
      path: '/schools',
      tag: 'Schools',
      summary: 'Add a school (admin)',
      description:
        'Admins only. School names are unique. `emailDomains` (optional, none by default) are the domains whose addresses can verify membership; `PATCH /schools/{schoolId}` changes them.',
      auth: true,
      body: createSchoolBody,
      status: 201,
      response: managedSchoolSchema,
      errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN', 'SCHOOL_EXISTS'],
      examples: {
        request: { name: '서강대학교', emailDomains: ['sogang.ac.kr'] },
        response: { ...EXAMPLE_SCHOOLS[0], emailDomains: ['sogang.ac.kr'] },
      },
      handle: async ({ actor, body }) =>
        presentSchool(
          await uc.createSchool.execute({ actor, name: body.name, emailDomains: body.emailDomains }),
        ),
    }),
    defineRoute({
      method: 'get',
      path: '/schools/:schoolId/departments',
      tag: 'Schools',
      summary: 'Departments of a school',
      description: 'The departments of a school, for the signup form. No login needed.',
      auth: false,
      params: schoolParams,
      status: 200,
      response: z.array(departmentSchema),
      errors: ['SCHOOL_NOT_FOUND'],
      examples: { response: EXAMPLE_DEPARTMENTS },
      handle: async ({ params }) => (await uc.listDepartments.execute(params)).map(presentNamed),
    }),
    defineRoute({
      method: 'post',
      path: '/schools/:schoolId/departments',
      tag: 'Schools',
      summary: 'Add a department (admin)',
      description: 'Admins only. Department names are unique within a school.',
      auth: true,
      params: schoolParams,
      body: nameBody,
      status: 201,
      response: departmentSchema,
      errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN', 'SCHOOL_NOT_FOUND', 'DEPARTMENT_EXISTS'],
      examples: { request: { name: '컴퓨터공학과' }, response: EXAMPLE_DEPARTMENTS[0] },
      handle: async ({ actor, params, body }) =>
        presentNamed(
          await uc.createDepartment.execute({ actor, schoolId: params.schoolId, name: body.name }),
        ),
    }),
  ];
}
