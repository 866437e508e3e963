export { type CourseDto, mapPage, type ReviewDto, toCourseDto, toReviewDto } from './courses.dto.js';
export { CreateCourse, type CreateCourseInput } from './create-course.use-case.js';
export { SearchCourses, type SearchCoursesInput } from './search-courses.use-case.js';
export { GetCourse, type GetCourseInput } from './get-course.use-case.js';
export { CreateReview, type CreateReviewInput } from './create-review.use-case.js';
export { ListReviews, type ListReviewsInput, type ListReviewsOutput } from './list-reviews.use-case.js';
export { UpdateReview, type UpdateReviewInput } from './update-review.use-case.js';
export { DeleteReview, type DeleteReviewInput } from './delete-review.use-case.js';
export { coursesUseCases, type CoursesUseCases } from './courses.use-cases.js';
