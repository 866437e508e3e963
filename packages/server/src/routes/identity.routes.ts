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
  refreshBody,
  signUpBody,
  tokensSchema,
  updateMeBody,
  userSchema,
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
      handle: async ({ body }) => presentAuth(await uc.signUp.execute(body)),
    }),
    defineRoute({
      method: 'post',
      path: '/auth/login',
      tag: 'Auth',
      summary: 'Log in',
      auth: false,
      body: logInBody,
      status: 200,
      response: logInSchema,
      errors: ['VALIDATION_FAILED', 'INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS'],
      handle: async ({ body, clientAddress }) =>
        presentLogIn(await uc.logIn.execute({ ...body, clientAddress })),
    }),
    defineRoute({
      method: 'post',
      path: '/auth/refresh',
      tag: 'Auth',
      summary: 'Trade a refresh token for a new pair',
      auth: false,
      body: refreshBody,
      status: 200,
      response: tokensSchema,
      errors: ['VALIDATION_FAILED', 'INVALID_REFRESH_TOKEN', 'REFRESH_TOKEN_REUSED', 'SESSION_EXPIRED'],
      handle: async ({ body }) => presentTokens(await uc.refreshSession.execute(body)),
    }),
    defineRoute({
      method: 'post',
      path: '/auth/logout',
      tag: 'Auth',
      summary: 'End this session',
      auth: true,
      body: refreshBody,
      status: 204,
      errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED', 'INVALID_REFRESH_TOKEN'],
      handle: ({ actor, body }) => uc.logOut.execute({ actor, refreshToken: body.refreshToken }),
    }),
    defineRoute({
      method: 'get',
      path: '/me',
      tag: 'Account',
      summary: 'My account',
      auth: true,
      status: 200,
      response: meSchema,
      errors: ['UNAUTHENTICATED'],
      handle: async ({ actor }) => presentMe(await uc.getMe.execute({ actor })),
    }),
    defineRoute({
      method: 'patch',
      path: '/me',
      tag: 'Account',
      summary: 'Change my nickname',
      auth: true,
      body: updateMeBody,
      status: 200,
      response: meSchema,
      errors: ['VALIDATION_FAILED', 'NICKNAME_RESERVED', 'UNAUTHENTICATED', 'NICKNAME_TAKEN'],
      handle: async ({ actor, body }) => presentMe(await uc.updateMe.execute({ actor, ...body })),
    }),
    defineRoute({
      method: 'post',
      path: '/me/password',
      tag: 'Account',
      summary: 'Change my password; ends my other sessions',
      auth: true,
      body: changePasswordBody,
      status: 204,
      errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED', 'INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS'],
      handle: ({ actor, sessionId, body, clientAddress }) =>
        uc.changePassword.execute({ actor, sessionId, ...body, clientAddress }),
    }),
    defineRoute({
      method: 'get',
      path: '/users/:username',
      tag: 'Users',
      summary: 'A user profile',
      auth: true,
      params: z.strictObject({ username: z.string().min(1).max(100) }),
      status: 200,
      response: userSchema.extend({ joinedAt: z.iso.datetime() }),
      errors: ['UNAUTHENTICATED', 'USER_NOT_FOUND'],
      handle: async ({ params }) => presentProfile(await uc.getUserProfile.execute(params)),
    }),
  ];
}
