export { InvalidResetToken } from './password-reset.errors.js';
export {
  type IssuedResetToken,
  PASSWORD_RESET_SETTINGS,
  PASSWORD_RESET_TOKEN_REPOSITORY,
  type PasswordResetSettings,
  type PasswordResetTokenRepository,
  RESET_ACCOUNT_LOOKUP,
  RESET_MAIL_FAILURES,
  RESET_TOKEN_GENERATOR,
  type ResetMailFailures,
  type ResetAccountLookup,
  type ResetTokenGenerator,
} from './password-reset.ports.js';
export { passwordResetCounters } from './password-reset.policy.js';
export {
  PasswordResetToken,
  type PasswordResetTokenState,
  RESET_TOKEN_TTL_MS,
} from './password-reset-token.entity.js';
