export { type ConversationDto, type MessageDto, type PeerDto } from './messages.dto.js';
export { SendMessage, type SendMessageInput, type SendMessageOutput } from './send-message.use-case.js';
export { ReplyInConversation, type ReplyInConversationInput } from './reply-in-conversation.use-case.js';
export { ListConversations, type ListConversationsInput } from './list-conversations.use-case.js';
export { ListMessages, type ListMessagesInput } from './list-messages.use-case.js';
export { MarkConversationRead, type ConversationInput } from './mark-conversation-read.use-case.js';
export { DeleteConversation } from './delete-conversation.use-case.js';
export { ReportMessage, type ReportMessageInput } from './report-message.use-case.js';
export { messagesUseCases, type MessagesUseCases } from './messages.use-cases.js';
