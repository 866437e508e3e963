import type { CourseId, ReviewId, SchoolId, UserId } from '../shared/ids.js';
import {
  Credits,
  MeetingTimes,
  Rating,
  Semester,
  averageRating,
  text,
  type MeetingTime,
} from './courses.values.js';
import { NotReviewAuthor } from './courses.errors.js';

export interface CourseState {
  id: CourseId;
  schoolId: SchoolId;
  semester: string;
  code: string;
  name: string;
  professor: string;
  credits: number;
  times: MeetingTime[];
  /** Kept on the row by the review repository, so the average is never recounted on read. */
  ratingSum: number;
  reviewCount: number;
  createdAt: Date;
}

export type NewCourse = Omit<CourseState, 'ratingSum' | 'reviewCount' | 'createdAt'>;

export class Course {
  private constructor(private readonly state: CourseState) {}

  static create(input: NewCourse, now: Date): Course {
    return new Course({
      id: input.id,
      schoolId: input.schoolId,
      semester: Semester.parse(input.semester),
      code: text(input.code, 'code', 20),
      name: text(input.name, 'name', 100),
      professor: text(input.professor, 'professor', 50),
      credits: Credits.parse(input.credits),
      times: MeetingTimes.parse(input.times),
      ratingSum: 0,
      reviewCount: 0,
      createdAt: now,
    });
  }

  static rehydrate(state: CourseState): Course {
    return new Course({ ...state, times: state.times.map((t) => ({ ...t })) });
  }

  get id(): CourseId {
    return this.state.id;
  }
  get schoolId(): SchoolId {
    return this.state.schoolId;
  }
  get semester(): string {
    return this.state.semester;
  }
  get times(): MeetingTime[] {
    return this.state.times.map((t) => ({ ...t }));
  }
  get credits(): number {
    return this.state.credits;
  }
  get averageRating(): number | null {
    return averageRating(this.state.ratingSum, this.state.reviewCount);
  }

  snapshot(): CourseState {
    return { ...this.state, times: this.times };
  }
}

export interface ReviewState {
  id: ReviewId;
  courseId: CourseId;
  authorId: UserId;
  rating: number;
  content: string;
  createdAt: Date;
  updatedAt: Date;
}

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
