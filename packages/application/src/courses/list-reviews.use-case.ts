import {
  checkPageRequest,
  CourseId,
  CourseNotFound,
  assertCourseSchoolMember,
  type Actor,
  type CourseRepository,
  type Keyset,
  type PageRequest,
  type ReviewRepository,
} from '@campus/domain';
import { toReviewDto, type ReviewDto } from './courses.dto.js';

export interface ListReviewsInput {
  actor: Actor;
  courseId: string;
  page: PageRequest;
}

export interface ListReviewsOutput {
  averageRating: number | null;
  reviewCount: number;
  items: ReviewDto[];
  next: Keyset | null;
}

export class ListReviews {
  constructor(
    private readonly courses: CourseRepository,
    private readonly reviews: ReviewRepository,
  ) {}

  /** @throws CourseNotFound, NotCourseSchoolMember (NOT_SCHOOL_MEMBER) */
  async execute({ actor, courseId, page }: ListReviewsInput): Promise<ListReviewsOutput> {
    checkPageRequest(page);
    const course = await this.courses.findById(CourseId(courseId));
    if (!course) throw new CourseNotFound();
    assertCourseSchoolMember(actor, course.schoolId);
    const found = await this.reviews.listByCourse(course.id, page);
    return {
      averageRating: course.averageRating,
      reviewCount: course.reviewCount,
      items: found.items.map((review) => toReviewDto(review, actor.id)),
      next: found.next,
    };
  }
}
