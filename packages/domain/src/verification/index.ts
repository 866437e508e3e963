export { assertMayWrite } from './member-standing.policy.js';
export {
  MAX_RESTRICTION_DAYS,
  restrictionTerms,
  type RestrictionTerms,
  verificationMailCounter,
} from './restriction.policy.js';
export {
  VERIFICATION_CODE_TRIES,
  VERIFICATION_CODE_TTL_MS,
  VerificationCode,
  type VerificationCodeState,
} from './verification-code.entity.js';
export {
  EmailDomainNotAllowed,
  InvalidCode,
  Restricted,
  VerificationRequired,
} from './verification.errors.js';
export {
  EMAIL_OWNER_LOOKUP,
  type EmailOwnerLookup,
  type IssuedVerificationCode,
  VERIFICATION_CODE_GENERATOR,
  VERIFICATION_CODE_REPOSITORY,
  VERIFICATION_MAIL_FAILURES,
  VERIFICATION_SETTINGS,
  type VerificationCodeGenerator,
  type VerificationCodeRepository,
  type VerificationMailFailures,
  type VerificationSettings,
} from './verification.ports.js';
