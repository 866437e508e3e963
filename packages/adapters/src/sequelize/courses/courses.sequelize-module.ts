import { COURSE_REPOSITORY, REVIEW_REPOSITORY } from '@campus/domain';
import { provide, type AdapterModule } from '../../composition/provisions.js';
import type { SequelizeHandle } from '../sequelize-handle.js';
import { SequelizeCourseRepository, SequelizeReviewRepository } from './sequelize-courses.js';

/** The course catalogue and its reviews in SQL. */
export const sequelizeCourses: AdapterModule<SequelizeHandle> = ({ sql, unitOfWork }) => [
  provide(COURSE_REPOSITORY, new SequelizeCourseRepository(sql)),
  provide(REVIEW_REPOSITORY, new SequelizeReviewRepository(sql, unitOfWork)),
];
