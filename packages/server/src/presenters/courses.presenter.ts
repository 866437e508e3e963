import { isoTime } from '@campus/adapters/system';
import type { CourseDto, ReviewDto } from '@campus/application';

export function presentCourse(course: CourseDto) {
  return {
    id: course.id,
    schoolId: course.schoolId,
    semester: course.semester,
    code: course.code,
    name: course.name,
    professor: course.professor,
    credits: course.credits,
    times: course.times.map((t) => ({
      day: t.day,
      start: t.start,
      end: t.end,
      ...(t.room ? { room: t.room } : {}),
    })),
    averageRating: course.averageRating,
    reviewCount: course.reviewCount,
  };
}

/** Reviews never carry their author: only `isMine`. */
export function presentReview(review: ReviewDto) {
  return {
    id: review.id,
    rating: review.rating,
    content: review.content,
    isMine: review.isMine,
    createdAt: isoTime(review.createdAt),
  };
}
