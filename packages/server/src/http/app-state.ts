import type { Actor, SessionId } from '@campus/domain';

export interface AppState {
  requestId: string;
  /** The matched route template, for logs (never the raw path: it may carry ids). */
  route?: string;
  actor?: Actor;
  sessionId?: SessionId;
}
