import { UNIT_OF_WORK } from '@campus/domain';
import { AFTER_COMMIT } from '../cache/after-commit.js';
import { memoryAccountDeletion } from './account-deletion/account-deletion.memory-module.js';
import { Ports, provide, type AdapterModule } from '../composition/provisions.js';
import { memoryBlocking } from './blocking/blocking.memory-module.js';
import { memoryBoard } from './board/board.memory-module.js';
import { memoryCourses } from './courses/courses.memory-module.js';
import { memoryFriends } from './friends/friends.memory-module.js';
import { memoryIdentity } from './identity/identity.memory-module.js';
import { InMemoryUnitOfWork, MemoryDatabase } from './memory-database.js';
import { memoryModeration } from './moderation/moderation.memory-module.js';
import { memoryMessages } from './messages/messages.memory-module.js';
import { memoryNotifications } from './notifications/notifications.memory-module.js';
import { memoryPasswordReset } from './password-reset/password-reset.memory-module.js';
import { memoryTimetables } from './timetables/timetables.memory-module.js';
import { memoryVerification } from './verification/verification.memory-module.js';

/** Every feature's in-memory adapters: a new feature adds its line here. */
export const memoryModules: readonly AdapterModule<MemoryDatabase>[] = [
  memoryIdentity,
  memoryBoard,
  memoryFriends,
  memoryCourses,
  memoryTimetables,
  memoryPasswordReset,
  memoryVerification,
  memoryAccountDeletion,
  memoryModeration,
  memoryBlocking,
  memoryMessages,
  memoryNotifications,
];

/** Every repository of every feature on one `MemoryDatabase`, with its unit of work. */
export function memoryRepositories(
  db = new MemoryDatabase(),
  unitOfWork = new InMemoryUnitOfWork(db),
): Ports {
  return new Ports([provide(UNIT_OF_WORK, unitOfWork), provide(AFTER_COMMIT, unitOfWork)]).load(
    db,
    memoryModules,
  );
}
