import type { MessagesUseCases } from '@campus/application';
import { defineRoute, type AnyRoute } from '../http/route.js';
import { pageRequest, presentPage } from '../http/pagination.js';
import { presentConversation, presentMessage, presentSent } from '../presenters/messages.presenter.js';
import { reportBody, reportedSchema } from './board.schemas.js';
import { EXAMPLE_CONVERSATION, EXAMPLE_MESSAGE } from './messages.examples.js';
import {
  conversationPageSchema,
  conversationParams,
  messagePageSchema,
  messageParams,
  messagesPageQuery,
  messageSchema,
  replyBody,
  sendMessageBody,
  sentSchema,
} from './messages.schemas.js';

const CONVERSATION = ['CONVERSATION_NOT_FOUND'];

export function messageRoutes(uc: MessagesUseCases): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/messages',
      tag: 'Messages',
      summary: 'Send a message to a member, or to the author of a post or comment',
      description:
        'Writes in the open conversation between the two about the same thing (the same member, post or comment, each side as anonymous or named as before), or starts one. The author of anonymous content is shown to me only by the label I saw (`익명`, `익명3`, `익명(글쓴이)`); with `isAnonymous` (the default) I am shown to them as `익명`, with the post as `about`. Only content I can read can be messaged about. Named content whose author deleted their account is `404 USER_NOT_FOUND`; anonymous content of theirs is written to as to an author who never answers, so no answer tells who left. At most one message per `MESSAGE_INTERVAL`.',
      auth: true,
      body: sendMessageBody,
      status: 201,
      response: sentSchema,
      errors: [
        'VALIDATION_FAILED',
        'CANNOT_MESSAGE_SELF',
        'BLOCKED',
        'NOT_SCHOOL_MEMBER',
        'USER_NOT_FOUND',
        'POST_NOT_FOUND',
        'COMMENT_NOT_FOUND',
        'TOO_FAST',
      ],
      examples: {
        request: { postId: EXAMPLE_CONVERSATION.about.postId, content: EXAMPLE_MESSAGE.content },
        response: { conversation: EXAMPLE_CONVERSATION, message: EXAMPLE_MESSAGE },
      },
      handle: async ({ actor, body }) => presentSent(await uc.sendMessage.execute({ actor, ...body })),
    }),
    defineRoute({
      method: 'get',
      path: '/conversations',
      tag: 'Messages',
      summary: 'My conversations, most recent message first',
      description:
        'Each with the other side as I see it, its last message and my unread count. A conversation I deleted is left out until a new message arrives in it.',
      auth: true,
      query: messagesPageQuery,
      status: 200,
      response: conversationPageSchema,
      errors: ['VALIDATION_FAILED'],
      examples: { response: { items: [EXAMPLE_CONVERSATION], nextCursor: null } },
      handle: async ({ actor, query }) =>
        presentPage(
          await uc.listConversations.execute({ actor, page: pageRequest(query) }),
          presentConversation,
        ),
    }),
    defineRoute({
      method: 'get',
      path: '/conversations/:id/messages',
      tag: 'Messages',
      summary: 'Messages of one of my conversations, newest first',
      description:
        'Another member’s conversation is `404 CONVERSATION_NOT_FOUND`, like one that does not exist.',
      auth: true,
      params: conversationParams,
      query: messagesPageQuery,
      status: 200,
      response: messagePageSchema,
      errors: ['VALIDATION_FAILED', ...CONVERSATION],
      examples: { response: { items: [EXAMPLE_MESSAGE], nextCursor: null } },
      handle: async ({ actor, params, query }) =>
        presentPage(
          await uc.listMessages.execute({ actor, conversationId: params.id, page: pageRequest(query) }),
          presentMessage,
        ),
    }),
    defineRoute({
      method: 'post',
      path: '/conversations/:id/messages',
      tag: 'Messages',
      summary: 'Write in one of my conversations',
      description:
        'I write as the side I am in it: anonymous or named as it began. A closed conversation (the other account is gone) is `409 CONVERSATION_CLOSED`. At most one message per `MESSAGE_INTERVAL`.',
      auth: true,
      params: conversationParams,
      body: replyBody,
      status: 201,
      response: messageSchema,
      errors: ['VALIDATION_FAILED', ...CONVERSATION, 'CONVERSATION_CLOSED', 'BLOCKED', 'TOO_FAST'],
      examples: { request: { content: EXAMPLE_MESSAGE.content }, response: EXAMPLE_MESSAGE },
      handle: async ({ actor, params, body }) =>
        presentMessage(
          await uc.replyInConversation.execute({ actor, conversationId: params.id, content: body.content }),
        ),
    }),
    defineRoute({
      method: 'post',
      path: '/conversations/:id/read',
      tag: 'Messages',
      summary: 'Mark a conversation read',
      description: 'Everything in it up to now is read: its `unreadCount` becomes 0.',
      auth: true,
      params: conversationParams,
      status: 204,
      errors: CONVERSATION,
      handle: ({ actor, params }) => uc.markConversationRead.execute({ actor, conversationId: params.id }),
    }),
    defineRoute({
      method: 'delete',
      path: '/conversations/:id',
      tag: 'Messages',
      summary: 'Delete a conversation from my list',
      description: 'Gone from my list only, until a new message arrives in it; the other side keeps theirs.',
      auth: true,
      params: conversationParams,
      status: 204,
      errors: CONVERSATION,
      handle: ({ actor, params }) => uc.deleteConversation.execute({ actor, conversationId: params.id }),
    }),
    defineRoute({
      method: 'post',
      path: '/messages/:id/reports',
      tag: 'Messages',
      summary: 'Report a message sent to me, once',
      description:
        'One report per member and message, never of one’s own. It goes to the moderators and hides nothing. A message of another member’s conversation is `404 MESSAGE_NOT_FOUND`.',
      auth: true,
      params: messageParams,
      body: reportBody,
      status: 201,
      response: reportedSchema,
      errors: ['VALIDATION_FAILED', 'MESSAGE_NOT_FOUND', 'CANNOT_REPORT_OWN', 'ALREADY_REPORTED', 'TOO_FAST'],
      examples: { request: { reason: 'abuse' }, response: { reported: true } },
      handle: ({ actor, params, body }) =>
        uc.reportMessage.execute({ actor, messageId: params.id, reason: body.reason }),
    }),
  ];
}
