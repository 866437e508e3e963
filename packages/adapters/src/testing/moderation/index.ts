export { messageCasesContract } from './message-cases.contract.js';
export { moderationContract } from './moderation.contract.js';
export {
  type ModerationPorts,
  type ModerationPortsSetup,
  type ModerationStage,
  ModerationWorld,
  moderationPortsIn,
  type ReportOptions,
  withModerationStage,
} from './moderation-fixtures.js';
export { moderationWritesContract } from './moderation-writes.contract.js';
export { reportCasesContract } from './report-cases.contract.js';
