import type { Actor, SessionId } from '@campus/domain';

export interface AppState {
  requestId: string;
  /** The matched route template, for logs (never the raw path: it may carry ids). */
  route?: string;
  actor?: Actor;
  sessionId?: SessionId;
  /** How long from authentication the request's authority lasts (the token's exp, the session's age). */
  expiresInMs?: number;
}
