import { messageCasesContract } from './message-cases.contract.js';
import type { ModerationPortsSetup } from './moderation-fixtures.js';
import { moderationWritesContract } from './moderation-writes.contract.js';
import { reportCasesContract } from './report-cases.contract.js';

/** Every moderation port of one store: the queue (posts, comments, messages), admins' writes, the audit log. */
export function moderationContract(name: string, setup: ModerationPortsSetup): void {
  reportCasesContract(name, setup);
  moderationWritesContract(name, setup);
  messageCasesContract(name, setup);
}
