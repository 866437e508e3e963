import { ReviewId, ReviewNotFound, type Actor, type Clock, type ReviewRepository } from '@campus/domain';
import { toReviewDto, type ReviewDto } from './courses.dto.js';

export interface UpdateReviewInput {
  actor: Actor;
  reviewId: string;
  rating?: number | undefined;
  content?: string | undefined;
}

export class UpdateReview {
  constructor(
    private readonly reviews: ReviewRepository,
    private readonly clock: Clock,
  ) {}

  /** @throws ReviewNotFound, NotReviewAuthor (NOT_AUTHOR), ValidationFailed */
  async execute({ actor, reviewId, rating, content }: UpdateReviewInput): Promise<ReviewDto> {
    const review = await this.reviews.findById(ReviewId(reviewId));
    if (!review) throw new ReviewNotFound();
    review.assertAuthor(actor.id);
    const previousRating = review.rating;
    review.edit({ rating, content }, this.clock.now());
    // The repository moves the course's sum by the change to the stored rating, atomically.
    await this.reviews.update(review, previousRating);
    return toReviewDto(review, actor.id);
  }
}
