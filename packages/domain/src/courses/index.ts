export {
  AlreadyReviewed,
  CourseExists,
  CourseNotFound,
  NotCourseSchoolMember,
  NotReviewAuthor,
  ReviewNotFound,
} from './courses.errors.js';
export {
  averageRating,
  Credits,
  type Day,
  DAYS,
  meetingsClash,
  type MeetingTime,
  MeetingTimes,
  minutesOf,
  Rating,
  Semester,
  text,
} from './courses.values.js';
export { Course, type CourseState, type NewCourse } from './course.entity.js';
export { Review, type ReviewState } from './review.entity.js';
export { assertCourseSchoolMember } from './course-access.policy.js';
export {
  COURSE_REPOSITORY,
  type CourseFilter,
  type CourseRepository,
  REVIEW_REPOSITORY,
  type ReviewRepository,
} from './courses.ports.js';
