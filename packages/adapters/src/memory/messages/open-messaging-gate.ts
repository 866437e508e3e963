import type { MessagingGate } from '@campus/domain';

/**
 * The messaging gate while nothing blocks messages: every attempt is allowed. The one seam where
 * blocks (of a member, or of anonymous content) stop messages: bind a gate that reads them instead.
 */
export class OpenMessagingGate implements MessagingGate {
  allows(): Promise<boolean> {
    return Promise.resolve(true);
  }
}
