import {
  ACCOUNT_REMOVAL,
  AUDIT_LOG,
  BOARD_ERASURE,
  CONVERSATION_REPOSITORY,
  ERASED_IDS,
  MESSAGE_REPORT_REPOSITORY,
  MESSAGES_ERASURE,
  REPORT_CASE_QUERIES,
  REPORT_CASE_REPOSITORY,
} from '@campus/domain';
import type { SequelizeAdapters } from '../../src/sequelize/index.js';
import type { ModerationPorts } from '../../src/testing/index.js';
import { portsOf } from './board-ports.js';

/** The moderation ports of one set of Sequelize adapters, as the moderation suites take them. */
export function moderationPortsOf(adapters: SequelizeAdapters): ModerationPorts {
  return {
    ...portsOf(adapters),
    cases: adapters.ports.get(REPORT_CASE_REPOSITORY),
    caseQueries: adapters.ports.get(REPORT_CASE_QUERIES),
    audit: adapters.ports.get(AUDIT_LOG),
    conversations: adapters.ports.get(CONVERSATION_REPOSITORY),
    messageReports: adapters.ports.get(MESSAGE_REPORT_REPOSITORY),
    removal: adapters.ports.get(ACCOUNT_REMOVAL),
    boardErasure: adapters.ports.get(BOARD_ERASURE),
    messagesErasure: adapters.ports.get(MESSAGES_ERASURE),
    ids: adapters.ports.get(ERASED_IDS),
  };
}
