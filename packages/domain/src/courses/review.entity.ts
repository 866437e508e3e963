import type { CourseId, ReviewId, UserId } from '../shared/ids.js';
import { NotReviewAuthor } from './courses.errors.js';
import { Rating, text } from './courses.values.js';

export interface ReviewState {
  id: ReviewId;
  courseId: CourseId;
  authorId: UserId;
  rating: number;
  content: string;
  createdAt: Date;
  updatedAt: Date;
}

/** One review per user and course (a unique index); anonymous to everyone but its author. */
export class Review {
  private constructor(private state: ReviewState) {}

  static create(input: Omit<ReviewState, 'createdAt' | 'updatedAt'>, now: Date): Review {
    return new Review({
      ...input,
      rating: Rating.parse(input.rating),
      content: text(input.content, 'content', 2000),
      createdAt: now,
      updatedAt: now,
    });
  }

  static rehydrate(state: ReviewState): Review {
    return new Review({ ...state });
  }

  get id(): ReviewId {
    return this.state.id;
  }
  get courseId(): CourseId {
    return this.state.courseId;
  }
  get authorId(): UserId {
    return this.state.authorId;
  }
  get rating(): number {
    return this.state.rating;
  }
  get content(): string {
    return this.state.content;
  }
  get createdAt(): Date {
    return this.state.createdAt;
  }

  /** @throws NotReviewAuthor */
  assertAuthor(userId: UserId): void {
    if (userId !== this.state.authorId) throw new NotReviewAuthor();
  }

  edit(change: { rating?: number | undefined; content?: string | undefined }, now: Date): void {
    this.state = {
      ...this.state,
      rating: change.rating === undefined ? this.state.rating : Rating.parse(change.rating),
      content: change.content === undefined ? this.state.content : text(change.content, 'content', 2000),
      updatedAt: now,
    };
  }

  snapshot(): ReviewState {
    return { ...this.state };
  }
}
