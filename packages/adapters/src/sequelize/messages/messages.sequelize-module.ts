import {
  BLOCK_REPOSITORY,
  BlocksMessagingGate,
  CONVERSATION_REPOSITORY,
  MESSAGE_REPORT_REPOSITORY,
  MESSAGES_ERASURE,
  MESSAGING_GATE,
} from '@campus/domain';
import { provide, type AdapterModule } from '../../composition/provisions.js';
import type { SequelizeHandle } from '../sequelize-handle.js';
import {
  SequelizeConversationRepository,
  SequelizeMessageReportRepository,
  SequelizeMessagesErasure,
} from './sequelize-conversation-repository.js';

/** Conversations, messages and their reports in SQL; blocks decide who may message whom. */
export const sequelizeMessages: AdapterModule<SequelizeHandle> = ({ sql }, get) => [
  provide(CONVERSATION_REPOSITORY, new SequelizeConversationRepository(sql)),
  provide(MESSAGE_REPORT_REPOSITORY, new SequelizeMessageReportRepository(sql)),
  provide(MESSAGES_ERASURE, new SequelizeMessagesErasure(sql)),
  provide(MESSAGING_GATE, new BlocksMessagingGate(get(BLOCK_REPOSITORY))),
];
