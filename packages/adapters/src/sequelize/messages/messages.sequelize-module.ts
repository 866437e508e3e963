import { CONVERSATION_REPOSITORY, MESSAGE_REPORT_REPOSITORY, MESSAGING_GATE } from '@campus/domain';
import { provide, type AdapterModule } from '../../composition/provisions.js';
import { OpenMessagingGate } from '../../memory/messages/open-messaging-gate.js';
import type { SequelizeHandle } from '../sequelize-handle.js';
import {
  SequelizeConversationRepository,
  SequelizeMessageReportRepository,
} from './sequelize-conversation-repository.js';

/** Conversations, messages and their reports in SQL; the gate that lets every message through. */
export const sequelizeMessages: AdapterModule<SequelizeHandle> = ({ sql }) => [
  provide(CONVERSATION_REPOSITORY, new SequelizeConversationRepository(sql)),
  provide(MESSAGE_REPORT_REPOSITORY, new SequelizeMessageReportRepository(sql)),
  provide(MESSAGING_GATE, new OpenMessagingGate()),
];
