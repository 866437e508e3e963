import {
  CLOCK,
  DEPARTMENT_REPOSITORY as DEPARTMENTS,
  EMAIL_OWNER_LOOKUP as OWNERS,
  MAILER,
  SCHOOL_REPOSITORY as SCHOOLS,
  UNIT_OF_WORK as UOW,
  USER_REPOSITORY as USERS,
  VERIFICATION_CODE_GENERATOR as GENERATOR,
  VERIFICATION_CODE_REPOSITORY as CODES,
  VERIFICATION_MAIL_FAILURES,
  WRITE_LIMITER,
  WRITE_LIMIT_POLICY,
} from '@campus/domain';
import { auditTrail } from '../moderation/audit-trail.js';
import { notifier } from '../notifications/notifier.js';
import { useCase, type UseCasesOf } from '../shared/use-case.js';
import { ConfirmVerification } from './confirm-verification.use-case.js';
import { LiftRestriction } from './lift-restriction.use-case.js';
import { RequestVerification } from './request-verification.use-case.js';
import { RestrictUser } from './restrict-user.use-case.js';
import { UpdateSchool } from './update-school.use-case.js';

/** A member's standing: a school address proven by a mailed code, and admins' restrictions. */
export const verificationUseCases = {
  requestVerification: useCase(RequestVerification, [
    USERS,
    SCHOOLS,
    OWNERS,
    CODES,
    GENERATOR,
    MAILER,
    WRITE_LIMITER,
    WRITE_LIMIT_POLICY,
    VERIFICATION_MAIL_FAILURES,
    CLOCK,
  ]),
  confirmVerification: useCase(ConfirmVerification, [
    UOW,
    CODES,
    GENERATOR,
    USERS,
    SCHOOLS,
    DEPARTMENTS,
    CLOCK,
  ]),
  updateSchool: useCase(UpdateSchool, [SCHOOLS]),
  restrictUser: useCase(RestrictUser, [UOW, USERS, CLOCK, auditTrail, notifier]),
  liftRestriction: useCase(LiftRestriction, [UOW, USERS, CLOCK, auditTrail]),
};

export type VerificationUseCases = UseCasesOf<typeof verificationUseCases>;
