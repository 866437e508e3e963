export { ConfirmPasswordReset, type ConfirmPasswordResetInput } from './confirm-password-reset.use-case.js';
export { passwordResetUseCases, type PasswordResetUseCases } from './password-reset.use-cases.js';
export {
  RequestPasswordReset,
  type RequestPasswordResetInput,
  type RequestPasswordResetOutput,
  type ResetDelivery,
} from './request-password-reset.use-case.js';
