import {
  CLOCK,
  COMMENT_REPOSITORY as COMMENTS,
  CONVERSATION_REPOSITORY as CONVERSATIONS,
  ID_GENERATOR as IDS,
  MESSAGE_REPORT_REPOSITORY as REPORTS,
  MESSAGING_GATE as GATE,
  POST_REPOSITORY as POSTS,
  UNIT_OF_WORK as UOW,
  USER_REPOSITORY as USERS,
} from '@campus/domain';
import { writeGuard } from '../limits/write-guard.js';
import { reportQueue } from '../moderation/report-queue.js';
import { notifier } from '../notifications/notifier.js';
import { useCase, type UseCasesOf } from '../shared/use-case.js';
import { DeleteConversation } from './delete-conversation.use-case.js';
import { ListConversations } from './list-conversations.use-case.js';
import { ListMessages } from './list-messages.use-case.js';
import { MarkConversationRead } from './mark-conversation-read.use-case.js';
import { ReplyInConversation } from './reply-in-conversation.use-case.js';
import { ReportMessage } from './report-message.use-case.js';
import { SendMessage } from './send-message.use-case.js';

/** Messages (쪽지) between members, anonymous both ways. */
export const messagesUseCases = {
  sendMessage: useCase(SendMessage, [
    UOW,
    USERS,
    POSTS,
    COMMENTS,
    CONVERSATIONS,
    GATE,
    IDS,
    CLOCK,
    writeGuard,
    notifier,
  ]),
  replyInConversation: useCase(ReplyInConversation, [
    UOW,
    CONVERSATIONS,
    GATE,
    IDS,
    CLOCK,
    writeGuard,
    USERS,
    notifier,
  ]),
  listConversations: useCase(ListConversations, [CONVERSATIONS]),
  listMessages: useCase(ListMessages, [CONVERSATIONS]),
  markConversationRead: useCase(MarkConversationRead, [CONVERSATIONS]),
  deleteConversation: useCase(DeleteConversation, [CONVERSATIONS]),
  reportMessage: useCase(ReportMessage, [UOW, CONVERSATIONS, REPORTS, USERS, reportQueue, CLOCK, writeGuard]),
};

export type MessagesUseCases = UseCasesOf<typeof messagesUseCases>;
