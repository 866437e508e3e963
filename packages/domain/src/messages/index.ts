export {
  Conversation,
  type ConversationAbout,
  type ConversationSide,
  type ConversationState,
  type ConversationSubject,
  conversationKey,
} from './conversation.entity.js';
export { BlocksMessagingGate } from './blocks-messaging-gate.js';
export { Message, MessageContent, type MessageState, MESSAGE_MAX_LENGTH } from './message.entity.js';
export {
  CannotMessageSelf,
  ConversationClosed,
  ConversationNotFound,
  MessageNotFound,
  MessagingBlocked,
} from './messages.errors.js';
export { ConversationId, MessageId } from './messages.ids.js';
export {
  CONVERSATION_REPOSITORY,
  type ConversationRepository,
  type ListedConversation,
  type ListedPeer,
  listedKey,
  MESSAGE_REPORT_REPOSITORY,
  MESSAGES_ERASURE,
  type MessageAttempt,
  type MessageReportRepository,
  messageKey,
  MESSAGING_GATE,
  type MessagingGate,
} from './messages.ports.js';
