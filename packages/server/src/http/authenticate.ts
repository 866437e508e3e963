import { Unauthenticated } from '@campus/domain';
import type { Authenticate } from '@campus/application';
import type { Middleware } from 'koa';
import type { AppState } from './app-state.js';

const BEARER = /^Bearer ([\w.~+/=-]+)$/;

/** Requires `Authorization: Bearer <accessToken>` and puts the actor on the request state. */
export function authenticate(useCase: Authenticate): Middleware<AppState> {
  return async (ctx, next) => {
    const match = BEARER.exec(ctx.get('Authorization'));
    if (!match?.[1]) throw new Unauthenticated('Send an access token as Authorization: Bearer <token>.');
    const { actor, sessionId, expiresInMs } = await useCase.execute({ accessToken: match[1] });
    ctx.state.actor = actor;
    ctx.state.sessionId = sessionId;
    ctx.state.expiresInMs = expiresInMs;
    await next();
  };
}
