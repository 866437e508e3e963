import type { AdapterModule } from '../composition/provisions.js';
import { sequelizeAccountDeletion } from './account-deletion/account-deletion.sequelize-module.js';
import { sequelizeBlocking } from './blocking/blocking.sequelize-module.js';
import { sequelizeBoard } from './board/board.sequelize-module.js';
import { sequelizeCourses } from './courses/courses.sequelize-module.js';
import { sequelizeFriends } from './friends/friends.sequelize-module.js';
import { sequelizeTimetables } from './timetables/timetables.sequelize-module.js';
import { sequelizeIdentity } from './identity/identity.sequelize-module.js';
import { sequelizeModeration } from './moderation/moderation.sequelize-module.js';
import { sequelizeMessages } from './messages/messages.sequelize-module.js';
import { sequelizeNotifications } from './notifications/notifications.sequelize-module.js';
import { sequelizePasswordReset } from './password-reset/password-reset.sequelize-module.js';
import type { SequelizeHandle } from './sequelize-handle.js';
import { sequelizeVerification } from './verification/verification.sequelize-module.js';

/** Every feature's Sequelize adapters: a new feature adds its line here. */
export const sequelizeModules: readonly AdapterModule<SequelizeHandle>[] = [
  sequelizeIdentity,
  sequelizeBoard,
  sequelizeFriends,
  sequelizeCourses,
  sequelizeTimetables,
  sequelizePasswordReset,
  sequelizeVerification,
  sequelizeAccountDeletion,
  sequelizeModeration,
  sequelizeBlocking,
  sequelizeMessages,
  sequelizeNotifications,
];
