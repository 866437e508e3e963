import type { CourseId, SchoolId } from '../shared/ids.js';
import { Credits, MeetingTimes, Semester, averageRating, text, type MeetingTime } from './courses.values.js';

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

/**
 * A course of one school's catalogue in one semester; its code is unique there. The review
 * counters are moved only by the ReviewRepository, in the same unit of work as the review.
 */
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
  get code(): string {
    return this.state.code;
  }
  get name(): string {
    return this.state.name;
  }
  get professor(): string {
    return this.state.professor;
  }
  get times(): MeetingTime[] {
    return this.state.times.map((t) => ({ ...t }));
  }
  get credits(): number {
    return this.state.credits;
  }
  get reviewCount(): number {
    return this.state.reviewCount;
  }
  get createdAt(): Date {
    return this.state.createdAt;
  }
  /** From the counters on the row: the mean rounded to one decimal, null without reviews. */
  get averageRating(): number | null {
    return averageRating(this.state.ratingSum, this.state.reviewCount);
  }

  snapshot(): CourseState {
    return { ...this.state, times: this.times };
  }
}
