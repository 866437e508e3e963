import type { PasswordResetUseCases } from '@campus/application';
import { defineRoute, type AnyRoute } from '../http/route.js';
import {
  RESET_REQUESTED,
  confirmPasswordResetBody,
  passwordResetBody,
  passwordResetRequestedSchema,
} from './password-reset.schemas.js';

export function passwordResetRoutes(uc: PasswordResetUseCases): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/auth/password-reset',
      tag: 'Auth',
      summary: 'Mail a password reset link',
      description:
        'Answers `202` with the same body whether or not an account has the address; if one does, a link with a one-time token, valid 30 minutes, is mailed to it. The mail is sent after the answer: a mail that fails is logged, not answered. One request a minute per address (known or not) and `WRITE_BURST` a minute per client address; over that, `429 TOO_FAST` with `Retry-After`.',
      auth: false,
      body: passwordResetBody,
      status: 202,
      response: passwordResetRequestedSchema,
      errors: ['VALIDATION_FAILED', 'TOO_FAST'],
      examples: { request: { email: 'minji.kim@sogang.ac.kr' }, response: RESET_REQUESTED },
      handle: async ({ body, clientAddress }) => {
        // The delivery is not awaited: it reports its own failure, and must not hold the answer.
        await uc.requestPasswordReset.execute({ email: body.email, clientAddress });
        return RESET_REQUESTED;
      },
    }),
    defineRoute({
      method: 'post',
      path: '/auth/password-reset/confirm',
      tag: 'Auth',
      summary: 'Set a new password with a reset link',
      description:
        'Sets the new password (8–64 characters, at most 72 bytes of UTF-8) of the account the token was mailed for, and ends every session of it: old access tokens get `401 SESSION_REVOKED`, refresh tokens stop working. A token works once; an unknown, used or expired one gets `400 INVALID_TOKEN` alike.',
      auth: false,
      body: confirmPasswordResetBody,
      status: 204,
      errors: ['VALIDATION_FAILED', 'INVALID_TOKEN'],
      examples: {
        request: { token: 'q3yLx0V9cS2sJm7tP1wR4uZ8bN6dF5gH0kA2eC9iT1o', newPassword: 'alba-toss-2027' },
      },
      handle: (input) => uc.confirmPasswordReset.execute(input.body),
    }),
  ];
}
