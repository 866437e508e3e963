import {
  AUDIT_LOG,
  CLOCK,
  COMMENT_REPOSITORY as COMMENTS,
  CONVERSATION_REPOSITORY as CONVERSATIONS,
  POST_REPOSITORY as POSTS,
  REPORT_CASE_QUERIES as QUERIES,
  REPORT_CASE_REPOSITORY as CASES,
  UNIT_OF_WORK as UOW,
} from '@campus/domain';
import { useCase, type UseCasesOf } from '../shared/use-case.js';
import { auditTrail } from './audit-trail.js';
import { DismissMessageReports } from './dismiss-message-reports.use-case.js';
import { DismissReports } from './dismiss-reports.use-case.js';
import { ListAuditEntries } from './list-audit-entries.use-case.js';
import { ListReports } from './list-reports.use-case.js';
import { RestoreContent } from './restore-content.use-case.js';

/** The admins' moderation queue, what they do with it, and the audit trail of what they did. */
export const moderationUseCases = {
  listReports: useCase(ListReports, [QUERIES]),
  restoreContent: useCase(RestoreContent, [UOW, POSTS, COMMENTS, CASES, auditTrail, CLOCK]),
  dismissReports: useCase(DismissReports, [UOW, POSTS, COMMENTS, CASES, auditTrail, CLOCK]),
  dismissMessageReports: useCase(DismissMessageReports, [UOW, CONVERSATIONS, CASES, auditTrail, CLOCK]),
  listAuditEntries: useCase(ListAuditEntries, [AUDIT_LOG]),
};

export type ModerationUseCases = UseCasesOf<typeof moderationUseCases>;
