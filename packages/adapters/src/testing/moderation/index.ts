export { moderationContract } from './moderation.contract.js';
export {
  type ModerationPorts,
  type ModerationPortsSetup,
  ModerationWorld,
  type ReportOptions,
} from './moderation-fixtures.js';
