import type {
  ChangePassword,
  GetMe,
  GetUserProfile,
  LogIn,
  LogOut,
  RefreshSession,
  SignUp,
  UpdateMe,
} from '@campus/application';
import { z } from 'zod';
import {
  EXAMPLE_LOG_IN,
  EXAMPLE_LOG_IN_RESPONSE,
  EXAMPLE_ME,
  EXAMPLE_PROFILE,
  EXAMPLE_SESSION,
  EXAMPLE_SIGN_UP,
  EXAMPLE_TOKENS,
} from '../openapi/examples.js';
import { defineRoute, type AnyRoute } from '../http/route.js';
import {
  presentAuth,
  presentLogIn,
  presentMe,
  presentProfile,
  presentTokens,
} from '../presenters/identity.presenter.js';
import {
  authSchema,
  changePasswordBody,
  logInBody,
  logInSchema,
  meSchema,
  profileSchema,
  refreshBody,
  signUpBody,
  tokensSchema,
  updateMeBody,
} from './identity.schemas.js';

export interface IdentityUseCases {
  signUp: SignUp;
  logIn: LogIn;
  refreshSession: RefreshSession;
  logOut: LogOut;
  getMe: GetMe;
  updateMe: UpdateMe;
  changePassword: ChangePassword;
  getUserProfile: GetUserProfile;
}

export function identityRoutes(uc: IdentityUseCases): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/auth/signup',
      tag: 'Auth',
      summary: 'Create an account and log in',
      description:
        'Creates a member of a school and logs them in. The department must belong to the school. Nicknames are unique after normalisation (look-alikes count as taken) and may not read as a label the service shows for others (`익명…`, `글쓴이…`, `탈퇴…`, `운영자…`, `admin`, or holding a parenthesis).',
      auth: false,
      body: signUpBody,
      status: 201,
      response: authSchema,
      errors: [
        'VALIDATION_FAILED',
        'NICKNAME_RESERVED',
        'USERNAME_TAKEN',
        'EMAIL_TAKEN',
        'NICKNAME_TAKEN',
        'SCHOOL_NOT_FOUND',
        'DEPARTMENT_NOT_FOUND',
      ],
      examples: { request: EXAMPLE_SIGN_UP, response: EXAMPLE_SESSION },
      handle: async ({ body }) => presentAuth(await uc.signUp.execute(body)),
    }),
    defineRoute({
      method: 'post',
      path: '/auth/login',
      tag: 'Auth',
      summary: 'Log in',
      description:
        'Answers the same `INVALID_CREDENTIALS` (same message and timing) for an unknown user, a wrong password and one over 72 bytes. Failed logins are throttled per user for unknown devices, per device token and per client address; keep the answered `deviceToken` and send it with later logins so that failures elsewhere never lock this device out. Over the limit: `429 TOO_MANY_ATTEMPTS` with `Retry-After`.',
      auth: false,
      body: logInBody,
      status: 200,
      response: logInSchema,
      errors: ['VALIDATION_FAILED', 'INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS'],
      examples: { request: EXAMPLE_LOG_IN, response: EXAMPLE_LOG_IN_RESPONSE },
      handle: async ({ body, clientAddress }) =>
        presentLogIn(await uc.logIn.execute({ ...body, clientAddress })),
    }),
    defineRoute({
      method: 'post',
      path: '/auth/refresh',
      tag: 'Auth',
      summary: 'Trade a refresh token for a new pair',
      description:
        'Uses up the refresh token and answers a new pair. The same token presented again within a short grace (two requests of one app racing) gets a valid pair too; later it counts as reuse (`REFRESH_TOKEN_REUSED`) and revokes the whole session. No session outlives its maximum age (`SESSION_EXPIRED`).',
      auth: false,
      body: refreshBody,
      status: 200,
      response: tokensSchema,
      errors: ['VALIDATION_FAILED', 'INVALID_REFRESH_TOKEN', 'REFRESH_TOKEN_REUSED', 'SESSION_EXPIRED'],
      examples: { request: { refreshToken: EXAMPLE_TOKENS.refreshToken }, response: EXAMPLE_TOKENS },
      handle: async ({ body }) => presentTokens(await uc.refreshSession.execute(body)),
    }),
    defineRoute({
      method: 'post',
      path: '/auth/logout',
      tag: 'Auth',
      summary: 'End this session',
      description:
        'Ends the session of the access token: its access and refresh tokens stop working at once (`401 SESSION_REVOKED`).',
      auth: true,
      body: refreshBody,
      status: 204,
      errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED', 'INVALID_REFRESH_TOKEN'],
      examples: { request: { refreshToken: EXAMPLE_TOKENS.refreshToken } },
      handle: ({ actor, body }) => uc.logOut.execute({ actor, refreshToken: body.refreshToken }),
    }),
    defineRoute({
      method: 'get',
      path: '/me',
      tag: 'Account',
      summary: 'My account',
      description: 'The signed-in member’s account, with their school and department.',
      auth: true,
      status: 200,
      response: meSchema,
      errors: ['UNAUTHENTICATED'],
      examples: { response: EXAMPLE_ME },
      handle: async ({ actor }) => presentMe(await uc.getMe.execute({ actor })),
    }),
    defineRoute({
      method: 'patch',
      path: '/me',
      tag: 'Account',
      summary: 'Change my nickname',
      description:
        'Nicknames are unique after normalisation (NFKC, case-folded, invisible characters removed), so look-alikes count as taken; invisible characters are refused, and one that reads as a label the service shows for others is `400 NICKNAME_RESERVED`.',
      auth: true,
      body: updateMeBody,
      status: 200,
      response: meSchema,
      errors: ['VALIDATION_FAILED', 'NICKNAME_RESERVED', 'UNAUTHENTICATED', 'NICKNAME_TAKEN'],
      examples: { request: { nickname: '중도지박령' }, response: { ...EXAMPLE_ME, nickname: '중도지박령' } },
      handle: async ({ actor, body }) => presentMe(await uc.updateMe.execute({ actor, ...body })),
    }),
    defineRoute({
      method: 'post',
      path: '/me/password',
      tag: 'Account',
      summary: 'Change my password; ends my other sessions',
      description:
        'Checks the current password (wrong ones count as failed logins of this member, and are throttled alike), then sets the new one (8–64 characters, at most 72 bytes of UTF-8) and revokes every other session of the member.',
      auth: true,
      body: changePasswordBody,
      status: 204,
      errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED', 'INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS'],
      examples: { request: { currentPassword: 'sogang2026!', newPassword: 'alba-toss-2027' } },
      handle: ({ actor, sessionId, body, clientAddress }) =>
        uc.changePassword.execute({ actor, sessionId, ...body, clientAddress }),
    }),
    defineRoute({
      method: 'get',
      path: '/users/:username',
      tag: 'Users',
      summary: 'A user profile',
      description: 'A member’s public profile. Usernames are compared exactly: no trimming or case folding.',
      auth: true,
      params: z.strictObject({ username: z.string().min(1).max(100) }),
      status: 200,
      response: profileSchema,
      errors: ['UNAUTHENTICATED', 'USER_NOT_FOUND'],
      examples: { response: EXAMPLE_PROFILE },
      handle: async ({ params }) => presentProfile(await uc.getUserProfile.execute(params)),
    }),
  ];
}
