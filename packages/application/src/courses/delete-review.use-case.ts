import { ReviewId, ReviewNotFound, type Actor, type ReviewRepository } from '@campus/domain';

export interface DeleteReviewInput {
  actor: Actor;
  reviewId: string;
}

export class DeleteReview {
  constructor(private readonly reviews: ReviewRepository) {}

  /** @throws ReviewNotFound, NotReviewAuthor (NOT_AUTHOR) */
  async execute({ actor, reviewId }: DeleteReviewInput): Promise<void> {
    const review = await this.reviews.findById(ReviewId(reviewId));
    if (!review) throw new ReviewNotFound();
    review.assertAuthor(actor.id);
    // Another deletion got there first since the read: answered as a deletion after it would be.
    if (!(await this.reviews.remove(review))) throw new ReviewNotFound();
  }
}
