import { z } from '../openapi/zod-extension.js';
import { password } from './identity.schemas.js';

export const passwordResetBody = z.strictObject({
  email: z.email().max(254).openapi({ description: 'The address of the account, as it was signed up with.' }),
});

export const confirmPasswordResetBody = z.strictObject({
  token: z.string().min(1).max(200).openapi({ description: 'The `token` of the link in the mail.' }),
  newPassword: password,
});

/** The one answer to every reset request: it tells nothing of whether the address has an account. */
export const RESET_REQUESTED = {
  message: 'If an account has this address, a link to reset its password has been mailed to it.',
} as const;

export const passwordResetRequestedSchema = z
  .object({ message: z.string() })
  .openapi('PasswordResetRequested');
