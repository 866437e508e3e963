import {
  CLOCK,
  MAILER,
  PASSWORD_HASHER as HASHER,
  PASSWORD_RESET_SETTINGS,
  PASSWORD_RESET_TOKEN_REPOSITORY as TOKENS,
  RESET_ACCOUNT_LOOKUP as ACCOUNTS,
  RESET_MAIL_FAILURES,
  RESET_TOKEN_GENERATOR as GENERATOR,
  SESSION_REPOSITORY as SESSIONS,
  UNIT_OF_WORK as UOW,
  USER_REPOSITORY as USERS,
  WRITE_LIMITER,
  WRITE_LIMIT_POLICY,
} from '@campus/domain';
import { useCase, type UseCasesOf } from '../shared/use-case.js';
import { ConfirmPasswordReset } from './confirm-password-reset.use-case.js';
import { RequestPasswordReset } from './request-password-reset.use-case.js';

/** Password reset by a link mailed to the account's address. */
export const passwordResetUseCases = {
  requestPasswordReset: useCase(RequestPasswordReset, [
    ACCOUNTS,
    TOKENS,
    GENERATOR,
    MAILER,
    WRITE_LIMITER,
    WRITE_LIMIT_POLICY,
    PASSWORD_RESET_SETTINGS,
    RESET_MAIL_FAILURES,
    CLOCK,
  ]),
  confirmPasswordReset: useCase(ConfirmPasswordReset, [
    UOW,
    TOKENS,
    GENERATOR,
    USERS,
    SESSIONS,
    HASHER,
    CLOCK,
  ]),
};

export type PasswordResetUseCases = UseCasesOf<typeof passwordResetUseCases>;
