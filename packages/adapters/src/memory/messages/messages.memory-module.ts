import {
  BLOCK_REPOSITORY,
  BlocksMessagingGate,
  CONVERSATION_REPOSITORY,
  MESSAGE_REPORT_REPOSITORY,
  MESSAGES_ERASURE,
  MESSAGING_GATE,
} from '@campus/domain';
import { provide, type AdapterModule } from '../../composition/provisions.js';
import type { MemoryDatabase } from '../memory-database.js';
import {
  InMemoryConversationRepository,
  InMemoryMessageReportRepository,
  InMemoryMessagesErasure,
} from './in-memory-conversation-repository.js';

/** Conversations, messages and their reports, in memory; blocks decide who may message whom. */
export const memoryMessages: AdapterModule<MemoryDatabase> = (db, get) => [
  provide(CONVERSATION_REPOSITORY, new InMemoryConversationRepository(db)),
  provide(MESSAGE_REPORT_REPOSITORY, new InMemoryMessageReportRepository(db)),
  provide(MESSAGES_ERASURE, new InMemoryMessagesErasure(db)),
  provide(MESSAGING_GATE, new BlocksMessagingGate(get(BLOCK_REPOSITORY))),
];
