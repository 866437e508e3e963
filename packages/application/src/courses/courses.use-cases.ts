import {
  CLOCK,
  COURSE_REPOSITORY as COURSES,
  ID_GENERATOR as IDS,
  REVIEW_REPOSITORY as REVIEWS,
  SCHOOL_REPOSITORY as SCHOOLS,
} from '@campus/domain';
import { writeGuard } from '../limits/write-guard.js';
import { useCase, type UseCasesOf } from '../shared/use-case.js';
import { CreateCourse } from './create-course.use-case.js';
import { CreateReview } from './create-review.use-case.js';
import { DeleteReview } from './delete-review.use-case.js';
import { GetCourse } from './get-course.use-case.js';
import { ListReviews } from './list-reviews.use-case.js';
import { SearchCourses } from './search-courses.use-case.js';
import { UpdateReview } from './update-review.use-case.js';

/** The course catalogue and its reviews. */
export const coursesUseCases = {
  createCourse: useCase(CreateCourse, [SCHOOLS, COURSES, IDS, CLOCK]),
  searchCourses: useCase(SearchCourses, [COURSES, SCHOOLS]),
  getCourse: useCase(GetCourse, [COURSES]),
  createReview: useCase(CreateReview, [COURSES, REVIEWS, IDS, CLOCK, writeGuard]),
  listReviews: useCase(ListReviews, [COURSES, REVIEWS]),
  updateReview: useCase(UpdateReview, [REVIEWS, CLOCK]),
  deleteReview: useCase(DeleteReview, [REVIEWS]),
};

export type CoursesUseCases = UseCasesOf<typeof coursesUseCases>;
