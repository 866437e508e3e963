/// <reference types="mocha" />
import { courseRepositoryContract } from './course-repository.contract.js';
import type { CoursesPortsSetup } from './courses-fixtures.js';
import { reviewRepositoryContract } from './review-repository.contract.js';

export type { CoursesPorts, CoursesPortsSetup } from './courses-fixtures.js';
export { CatalogueWorld, CoursesWorld } from './courses-fixtures.js';
export { cachedCoursesPorts } from './cached-courses-ports.js';
export { courseRepositoryContract, reviewRepositoryContract };

/** Every course and review contract against one implementation. */
export function coursesContract(name: string, setup: CoursesPortsSetup): void {
  courseRepositoryContract(name, setup);
  reviewRepositoryContract(name, setup);
}
