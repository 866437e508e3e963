import { MessageNotFound, REPORT_CASE_STATUSES, REPORT_REASONS } from '@campus/domain';
import { resourceId } from '../http/resource-id.js';
import { pageQuery } from '../http/pagination.js';
import { z } from '../openapi/zod-extension.js';
import { pageOf } from './board.schemas.js';

/** The message an admin dismisses the reports of. */
export const adminMessageParams = z.strictObject({ messageId: resourceId(() => new MessageNotFound()) });

export const reportsQuery = z.strictObject({
  ...pageQuery,
  status: z
    .enum(REPORT_CASE_STATUSES)
    .default('open')
    .openapi({ description: '`open`: waiting for an admin (default); `resolved`: restored or dismissed.' }),
  schoolId: z.string().min(1).max(100).optional().openapi({
    description:
      'Only that school’s posts and comments, and the messages its members sent (a message belongs to its sender’s school).',
  }),
});

const reasons = z
  .object(Object.fromEntries(REPORT_REASONS.map((reason) => [reason, z.number().int()])))
  .openapi({ description: 'The reports by reason, every reason present.' });

export const reportCaseSchema = z
  .object({
    target: z.object({
      type: z.enum(['post', 'comment', 'message']),
      id: z.string(),
      postId: z
        .string()
        .nullable()
        .openapi({ description: 'The post itself, or the comment’s post; `null` for a message.' }),
      boardId: z.string().nullable().openapi({ description: '`null` for a message.' }),
      excerpt: z.string().openapi({ description: 'The first 100 characters of its content as it is now.' }),
    }),
    hidden: z
      .boolean()
      .openapi({ description: 'Hidden by reports until an admin restores it; always false for a message.' }),
    reportCount: z.number().int().openapi({
      description:
        'Reports in this case, from every reporter; only those from accounts at least `REPORT_MIN_ACCOUNT_AGE` old count toward `REPORT_THRESHOLD`.',
    }),
    reasons,
    firstReportedAt: z.iso.datetime(),
    lastReportedAt: z.iso.datetime(),
    author: z.object({ id: z.string().nullable(), username: z.string().nullable() }).openapi({
      description:
        'The account that wrote it, anonymous or not: shown to admins only. Both `null` once that account is deleted: its content stays, and so does the case.',
    }),
    resolution: z.enum(['restored', 'dismissed']).nullable().openapi({ description: '`null` while open.' }),
    resolvedAt: z.iso.datetime().nullable(),
  })
  .openapi('ReportCase');
export const reportCasePage = pageOf(reportCaseSchema, 'ReportCasePage');

export const moderationOutcomeSchema = z
  .object({
    target: z.object({ type: z.enum(['post', 'comment', 'message']), id: z.string() }),
    hidden: z.boolean().openapi({ description: 'Whether it is hidden now: false after a restore.' }),
    resolvedReports: z.number().int().openapi({
      description: 'Open reports this resolved; 0 when there were none (the call changes nothing then).',
    }),
  })
  .openapi('ModerationOutcome');

export const auditEntrySchema = z
  .object({
    id: z.string(),
    actorId: z.string().openapi({ description: 'The admin who acted.' }),
    action: z.string().openapi({ description: '`post.restore`, `comment.dismiss-reports`, …' }),
    target: z.object({ type: z.string(), id: z.string() }),
    detail: z.record(z.string(), z.unknown()).openapi({ description: 'What the action changed.' }),
    at: z.iso.datetime(),
  })
  .openapi('AuditEntry');
export const auditPage = pageOf(auditEntrySchema, 'AuditEntryPage');
