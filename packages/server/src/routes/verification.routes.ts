import type { VerificationUseCases } from '@campus/application';
import { defineRoute, type AnyRoute } from '../http/route.js';
import { EXAMPLE_IDS, EXAMPLE_ME, EXAMPLE_SCHOOLS } from '../openapi/examples.js';
import { presentMe, presentSchool } from '../presenters/identity.presenter.js';
import { presentRestriction } from '../presenters/verification.presenter.js';
import { schoolParams } from './board.schemas.js';
import { managedSchoolSchema, meSchema } from './identity.schemas.js';
import {
  VERIFICATION_REQUESTED,
  confirmVerificationBody,
  restrictionBody,
  restrictionSchema,
  updateSchoolBody,
  userParams,
  verificationBody,
  verificationRequestedSchema,
} from './verification.schemas.js';

const ADMIN_ERRORS = ['UNAUTHENTICATED', 'FORBIDDEN', 'USER_NOT_FOUND'] as const;

export function verificationRoutes(uc: VerificationUseCases): AnyRoute[] {
  return [
    defineRoute({
      method: 'patch',
      path: '/schools/:schoolId',
      tag: 'Schools',
      summary: 'Rename a school or set its e-mail domains (admin)',
      description:
        'Admins only. `name` and `emailDomains` are each optional, at least one given. Only addresses at the school’s `emailDomains` (or their subdomains) can verify membership; members already verified stay verified when a domain is taken away.',
      auth: true,
      params: schoolParams,
      body: updateSchoolBody,
      status: 200,
      response: managedSchoolSchema,
      errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN', 'SCHOOL_NOT_FOUND', 'SCHOOL_EXISTS'],
      examples: {
        request: { emailDomains: ['sogang.ac.kr'] },
        response: { ...EXAMPLE_SCHOOLS[0], emailDomains: ['sogang.ac.kr'] },
      },
      handle: async ({ actor, params, body }) =>
        presentSchool(await uc.updateSchool.execute({ actor, schoolId: params.schoolId, ...body })),
    }),
    defineRoute({
      method: 'post',
      path: '/me/verification',
      tag: 'Account',
      summary: 'Mail a code to verify my school e-mail',
      description:
        'Mails a 6-digit code, valid 10 minutes, to an address at one of the member’s school’s `emailDomains` (or a subdomain); a new code voids the one before. `400 EMAIL_DOMAIN_NOT_ALLOWED` for any other address, `409 EMAIL_TAKEN` when another account has it. One mail a minute, and counted in `WRITE_BURST`: over that, `429 TOO_FAST` with `Retry-After`. The mail is sent after the answer: one that fails is logged, not answered.',
      auth: true,
      body: verificationBody,
      status: 202,
      response: verificationRequestedSchema,
      errors: ['VALIDATION_FAILED', 'EMAIL_DOMAIN_NOT_ALLOWED', 'UNAUTHENTICATED', 'EMAIL_TAKEN', 'TOO_FAST'],
      examples: { request: { email: 'minji.kim@sogang.ac.kr' }, response: VERIFICATION_REQUESTED },
      handle: async ({ actor, body }) => {
        // The delivery is not awaited: it reports its own failure, and must not hold the answer.
        await uc.requestVerification.execute({ actor, email: body.email });
        return VERIFICATION_REQUESTED;
      },
    }),
    defineRoute({
      method: 'post',
      path: '/me/verification/confirm',
      tag: 'Account',
      summary: 'Verify my school e-mail with the mailed code',
      description:
        'The address the code was mailed to becomes the account’s `email` (the one password reset mails) and the member is `verified`. A code works once; five wrong tries void it; wrong, used, voided and expired codes all get `400 INVALID_CODE`. When another account took the address meanwhile, `409 EMAIL_TAKEN` (the code stays good); when the school no longer has its domain, `400 EMAIL_DOMAIN_NOT_ALLOWED`.',
      auth: true,
      body: confirmVerificationBody,
      status: 200,
      response: meSchema,
      errors: [
        'VALIDATION_FAILED',
        'INVALID_CODE',
        'EMAIL_DOMAIN_NOT_ALLOWED',
        'UNAUTHENTICATED',
        'EMAIL_TAKEN',
      ],
      examples: { request: { code: '042917' }, response: EXAMPLE_ME },
      handle: async ({ actor, body }) =>
        presentMe(await uc.confirmVerification.execute({ actor, code: body.code })),
    }),
    defineRoute({
      method: 'post',
      path: '/admin/users/:userId/restrictions',
      tag: 'Admin',
      summary: 'Restrict a member to reading (admin)',
      description:
        'Admins only. For `days` from now the member can read but not post, comment, like, report, review, send friend requests or messages: those answer `403 RESTRICTED` with `details: [{ path: "until", message: <ISO time> }]`. A new restriction replaces the one before. Admins are never held by one.',
      auth: true,
      params: userParams,
      body: restrictionBody,
      status: 201,
      response: restrictionSchema,
      errors: ['VALIDATION_FAILED', ...ADMIN_ERRORS],
      examples: {
        request: { days: 7, reason: '반복된 욕설' },
        response: { userId: EXAMPLE_IDS.junho, until: '2026-03-09T09:00:00.000Z', reason: '반복된 욕설' },
      },
      handle: async ({ actor, params, body }) =>
        presentRestriction(await uc.restrictUser.execute({ actor, userId: params.userId, ...body })),
    }),
    defineRoute({
      method: 'delete',
      path: '/admin/users/:userId/restrictions',
      tag: 'Admin',
      summary: 'Lift a member’s restriction (admin)',
      description:
        'Admins only. The member may write again at once; a member without a restriction stays as is.',
      auth: true,
      params: userParams,
      status: 204,
      errors: [...ADMIN_ERRORS],
      handle: async ({ actor, params }) => {
        await uc.liftRestriction.execute({ actor, userId: params.userId });
      },
    }),
  ];
}
