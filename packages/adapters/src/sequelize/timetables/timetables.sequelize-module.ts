import { TIMETABLE_REPOSITORY } from '@campus/domain';
import { provide, type AdapterModule } from '../../composition/provisions.js';
import type { SequelizeHandle } from '../sequelize-handle.js';
import { SequelizeTimetableRepository } from './sequelize-timetables.js';

/** Timetables in SQL. */
export const sequelizeTimetables: AdapterModule<SequelizeHandle> = ({ sql }) => [
  provide(TIMETABLE_REPOSITORY, new SequelizeTimetableRepository(sql)),
];
