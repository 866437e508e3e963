import type { AccountDeletionUseCases } from '@campus/application';
import { defineRoute, type AnyRoute } from '../http/route.js';
import { deleteAccountBody } from './account-deletion.schemas.js';

export function accountDeletionRoutes(uc: AccountDeletionUseCases): AnyRoute[] {
  return [
    defineRoute({
      method: 'delete',
      path: '/me',
      tag: 'Account',
      summary: 'Delete my account',
      description:
        'Checks the password (a wrong one counts as a failed login of this member, and is throttled alike), then deletes the account at once: every session ends (old access tokens get `401 SESSION_REVOKED`), the username, e-mail and nickname are free again, and timetables, friendships, friend requests and scraps are deleted. Posts, comments and reviews stay: named ones show `author: { id: null, displayName: "(탈퇴한 사용자)" }`, anonymous ones exactly as before (their 익명 numbers too), and nothing kept leads back to the account or ties its named and anonymous writing together. The only admin cannot delete itself: `409 LAST_ADMIN`.',
      auth: true,
      body: deleteAccountBody,
      status: 204,
      errors: [
        'VALIDATION_FAILED',
        'UNAUTHENTICATED',
        'SESSION_REVOKED',
        'INVALID_CREDENTIALS',
        'TOO_MANY_ATTEMPTS',
        'LAST_ADMIN',
      ],
      examples: { request: { password: 'sogang2026!' } },
      handle: ({ actor, body, clientAddress }) =>
        uc.deleteAccount.execute({ actor, password: body.password, clientAddress }),
    }),
  ];
}
