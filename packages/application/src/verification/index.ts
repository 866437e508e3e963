export { ConfirmVerification, type ConfirmVerificationInput } from './confirm-verification.use-case.js';
export {
  type LiftedRestrictionDto,
  LiftRestriction,
  type LiftRestrictionInput,
} from './lift-restriction.use-case.js';
export {
  RequestVerification,
  type RequestVerificationInput,
  type RequestVerificationOutput,
  type VerificationDelivery,
} from './request-verification.use-case.js';
export { type RestrictionDto, RestrictUser, type RestrictUserInput } from './restrict-user.use-case.js';
export { UpdateSchool, type UpdateSchoolInput } from './update-school.use-case.js';
export { verificationUseCases, type VerificationUseCases } from './verification.use-cases.js';
