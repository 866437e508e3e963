import {
  ACCOUNT_REMOVAL,
  BOARD_ERASURE,
  COURSES_ERASURE,
  ERASED_IDS,
  FRIENDS_ERASURE,
  TIMETABLES_ERASURE,
} from '@campus/domain';
import { provide, type AdapterModule } from '../../composition/provisions.js';
import { RandomErasedIds } from '../../system/random-erased-ids.js';
import type { SequelizeHandle } from '../sequelize-handle.js';
import { SequelizeAccountRemoval } from './sequelize-account-removal.js';
import {
  SequelizeBoardErasure,
  SequelizeCoursesErasure,
  SequelizeFriendsErasure,
  SequelizeTimetablesErasure,
} from './sequelize-erasures.js';

/** Account deletion on Sequelize: the account's removal and each existing feature's erasure step. */
export const sequelizeAccountDeletion: AdapterModule<SequelizeHandle> = ({ sql }) => [
  provide(ACCOUNT_REMOVAL, new SequelizeAccountRemoval(sql)),
  provide(ERASED_IDS, new RandomErasedIds()),
  provide(BOARD_ERASURE, new SequelizeBoardErasure(sql)),
  provide(COURSES_ERASURE, new SequelizeCoursesErasure(sql)),
  provide(FRIENDS_ERASURE, new SequelizeFriendsErasure(sql)),
  provide(TIMETABLES_ERASURE, new SequelizeTimetablesErasure(sql)),
];
