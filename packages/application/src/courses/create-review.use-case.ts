import {
  CourseId,
  CourseNotFound,
  Review,
  ReviewId,
  assertCourseSchoolMember,
  type Actor,
  type Clock,
  type CourseRepository,
  type IdGenerator,
  type ReviewRepository,
} from '@campus/domain';
import type { WriteGuard } from '../limits/write-guard.js';
import { toReviewDto, type ReviewDto } from './courses.dto.js';

export interface CreateReviewInput {
  actor: Actor;
  courseId: string;
  rating: number;
  content: string;
}

export class CreateReview {
  constructor(
    private readonly courses: CourseRepository,
    private readonly reviews: ReviewRepository,
    private readonly ids: IdGenerator,
    private readonly clock: Clock,
    private readonly guard: WriteGuard,
  ) {}

  /** @throws TooFast, CourseNotFound, NotCourseSchoolMember (NOT_SCHOOL_MEMBER), ValidationFailed, AlreadyReviewed (a unique index decides) */
  execute(input: CreateReviewInput): Promise<ReviewDto> {
    return this.guard.run(input.actor.id, 'other', () => this.write(input));
  }

  private async write({ actor, courseId, rating, content }: CreateReviewInput): Promise<ReviewDto> {
    const course = await this.courses.findById(CourseId(courseId));
    if (!course) throw new CourseNotFound();
    assertCourseSchoolMember(actor, course.schoolId);
    const review = Review.create(
      { id: ReviewId(this.ids.next()), courseId: course.id, authorId: actor.id, rating, content },
      this.clock.now(),
    );
    await this.reviews.add(review);
    return toReviewDto(review, actor.id);
  }
}
