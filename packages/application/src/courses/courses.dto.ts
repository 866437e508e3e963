import type { Course, MeetingTime, Page, Review, UserId } from '@campus/domain';

export interface CourseDto {
  id: string;
  schoolId: string;
  semester: string;
  code: string;
  name: string;
  professor: string;
  credits: number;
  times: MeetingTime[];
  averageRating: number | null;
  reviewCount: number;
}

/** Reviews are anonymous to everyone: the author is only ever told `isMine`. */
export interface ReviewDto {
  id: string;
  rating: number;
  content: string;
  isMine: boolean;
  createdAt: Date;
}

export function toCourseDto(course: Course): CourseDto {
  const s = course.snapshot();
  return {
    id: s.id,
    schoolId: s.schoolId,
    semester: s.semester,
    code: s.code,
    name: s.name,
    professor: s.professor,
    credits: s.credits,
    times: s.times,
    averageRating: course.averageRating,
    reviewCount: s.reviewCount,
  };
}

export function toReviewDto(review: Review, viewerId: UserId): ReviewDto {
  const s = review.snapshot();
  return {
    id: s.id,
    rating: s.rating,
    content: s.content,
    isMine: s.authorId === viewerId,
    createdAt: s.createdAt,
  };
}

export function mapPage<T, R>(page: Page<T>, map: (item: T) => R): { items: R[]; next: Page<T>['next'] } {
  return { items: page.items.map(map), next: page.next };
}
