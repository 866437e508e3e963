import type { Brand } from '../shared/ids.js';

export type ConversationId = Brand<string, 'ConversationId'>;
export type MessageId = Brand<string, 'MessageId'>;

export const ConversationId = (value: string) => value as ConversationId;
export const MessageId = (value: string) => value as MessageId;
