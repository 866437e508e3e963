import type { ModerationUseCases } from '@campus/application';
import type { ReportTargetType } from '@campus/domain';
import { defineRoute, type AnyRoute } from '../http/route.js';
import { pageRequest, presentPage } from '../http/pagination.js';
import { presentAuditEntry, presentOutcome, presentReportCase } from '../presenters/moderation.presenter.js';
import { commentParams, pageOnly, postParams } from './board.schemas.js';
import {
  adminMessageParams,
  auditPage,
  moderationOutcomeSchema,
  reportCasePage,
  reportsQuery,
} from './moderation.schemas.js';
import {
  EXAMPLE_AUDIT_PAGE,
  EXAMPLE_DISMISSED,
  EXAMPLE_REPORT_PAGE,
  EXAMPLE_RESTORED,
} from './moderation.examples.js';

const ADMIN = ['FORBIDDEN'];

/** The admins' queue of reported posts and comments, restore and dismiss, and the audit trail. */
export function moderationRoutes(uc: ModerationUseCases): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/admin/reports',
      tag: 'Moderation',
      summary: 'The queue of reported posts, comments and messages (admin)',
      description:
        'Admins only. Each reported post, comment or message once per case (a message’s `postId` and `boardId` are `null`, and it is never hidden), most reported first: its open reports (`status=open`, the default) or the ones an admin resolved (`resolved`). Deleted content leaves the queue. Report counts and authors are shown here, and to admins reading a post, and nowhere else.',
      auth: true,
      query: reportsQuery,
      status: 200,
      response: reportCasePage,
      errors: ['VALIDATION_FAILED', ...ADMIN],
      examples: { response: EXAMPLE_REPORT_PAGE },
      handle: async ({ actor, query }) =>
        presentPage(
          await uc.listReports.execute({
            actor,
            status: query.status,
            schoolId: query.schoolId,
            page: pageRequest(query),
          }),
          presentReportCase,
        ),
    }),
    ...postTargetRoutes(uc),
    ...commentTargetRoutes(uc),
    defineRoute({
      method: 'post',
      path: '/admin/messages/:messageId/dismiss-reports',
      tag: 'Moderation',
      summary: 'Resolve a message’s reports (admin)',
      description:
        'Admins only. The message’s open reports are resolved; the message is unchanged (reports of messages hide nothing, so there is nothing to restore). Recorded in the audit trail as `message.dismiss-reports`.',
      auth: true,
      params: adminMessageParams,
      status: 200,
      response: moderationOutcomeSchema,
      errors: [...ADMIN, 'MESSAGE_NOT_FOUND'],
      examples: { response: example(EXAMPLE_DISMISSED, 'message') },
      handle: async ({ actor, params }) =>
        presentOutcome(await uc.dismissMessageReports.execute({ actor, messageId: params.messageId })),
    }),
    defineRoute({
      method: 'get',
      path: '/admin/audit',
      tag: 'Moderation',
      summary: 'The audit trail of admin actions (admin)',
      description:
        'Admins only. Every admin action (restores, dismissals, …), newest first: who, what, on which target, when, and what it changed.',
      auth: true,
      query: pageOnly,
      status: 200,
      response: auditPage,
      errors: ['VALIDATION_FAILED', ...ADMIN],
      examples: { response: EXAMPLE_AUDIT_PAGE },
      handle: async ({ actor, query }) =>
        presentPage(
          await uc.listAuditEntries.execute({ actor, page: pageRequest(query) }),
          presentAuditEntry,
        ),
    }),
  ];
}

const restoreText = (type: ReportTargetType) =>
  `Admins only. The ${type} is shown to everyone again${type === 'comment' ? ' (and counts in its post’s `commentCount` again)' : ''}; its open reports are resolved, so they no longer count toward \`REPORT_THRESHOLD\`: it takes that many new reports to hide it again. A ${type} that is not hidden has its reports resolved all the same. Recorded in the audit trail. A deleted ${type} is 404.`;
const dismissText = (type: ReportTargetType) =>
  `Admins only. The ${type}'s open reports are resolved and no longer count toward \`REPORT_THRESHOLD\`; the ${type} itself is unchanged (a hidden one stays hidden until restored). Recorded in the audit trail. A deleted ${type} is 404.`;
const example = (outcome: typeof EXAMPLE_RESTORED, type: ReportTargetType) => ({
  ...outcome,
  target: { type, id: outcome.target.id },
});

/** Restore and dismiss-reports of posts. */
function postTargetRoutes(uc: ModerationUseCases): AnyRoute[] {
  const errors = [...ADMIN, 'POST_NOT_FOUND'];
  return [
    defineRoute({
      method: 'post',
      path: '/admin/posts/:postId/restore',
      tag: 'Moderation',
      summary: 'Show a hidden post again and resolve its reports (admin)',
      description: restoreText('post'),
      auth: true,
      params: postParams,
      status: 200,
      response: moderationOutcomeSchema,
      errors,
      examples: { response: EXAMPLE_RESTORED },
      handle: async ({ actor, params }) =>
        presentOutcome(await uc.restoreContent.execute({ actor, type: 'post', id: params.postId })),
    }),
    defineRoute({
      method: 'post',
      path: '/admin/posts/:postId/dismiss-reports',
      tag: 'Moderation',
      summary: 'Resolve a post’s reports, leaving it as it is (admin)',
      description: dismissText('post'),
      auth: true,
      params: postParams,
      status: 200,
      response: moderationOutcomeSchema,
      errors,
      examples: { response: EXAMPLE_DISMISSED },
      handle: async ({ actor, params }) =>
        presentOutcome(await uc.dismissReports.execute({ actor, type: 'post', id: params.postId })),
    }),
  ];
}

/** Restore and dismiss-reports of comments. */
function commentTargetRoutes(uc: ModerationUseCases): AnyRoute[] {
  const errors = [...ADMIN, 'COMMENT_NOT_FOUND'];
  return [
    defineRoute({
      method: 'post',
      path: '/admin/comments/:commentId/restore',
      tag: 'Moderation',
      summary: 'Show a hidden comment again and resolve its reports (admin)',
      description: restoreText('comment'),
      auth: true,
      params: commentParams,
      status: 200,
      response: moderationOutcomeSchema,
      errors,
      examples: { response: example(EXAMPLE_RESTORED, 'comment') },
      handle: async ({ actor, params }) =>
        presentOutcome(await uc.restoreContent.execute({ actor, type: 'comment', id: params.commentId })),
    }),
    defineRoute({
      method: 'post',
      path: '/admin/comments/:commentId/dismiss-reports',
      tag: 'Moderation',
      summary: 'Resolve a comment’s reports, leaving it as it is (admin)',
      description: dismissText('comment'),
      auth: true,
      params: commentParams,
      status: 200,
      response: moderationOutcomeSchema,
      errors,
      examples: { response: example(EXAMPLE_DISMISSED, 'comment') },
      handle: async ({ actor, params }) =>
        presentOutcome(await uc.dismissReports.execute({ actor, type: 'comment', id: params.commentId })),
    }),
  ];
}
