/// <reference types="mocha" />
import {
  Course,
  CourseId,
  Review,
  ReviewId,
  School,
  SchoolId,
  User,
  UserId,
  type CourseRepository,
  type NewCourse,
  type ReviewRepository,
  type SchoolRepository,
  type UnitOfWork,
  type UserRepository,
} from '@campus/domain';
import { expect } from 'chai';

export { at, codeOf, concurrently, T0 } from '../friends/friends-fixtures.js';
import { T0, at } from '../friends/friends-fixtures.js';
import type { AfterCommit } from '../../cache/after-commit.js';

/** The course and review ports of one store, with the identity ports they need (foreign keys in SQL). */
export interface CoursesPorts {
  schools: SchoolRepository;
  users: UserRepository;
  courses: CourseRepository;
  reviews: ReviewRepository;
  uow: UnitOfWork & AfterCommit;
  teardown?: () => Promise<void>;
}
/** Called before every test; ports on an empty store, or null to skip (service unreachable outside CI). */
export type CoursesPortsSetup = () => Promise<CoursesPorts | null>;

/** Opens fresh ports before each test of the enclosing `describe`, and tears them down after. */
export function withPorts<P extends { teardown?: () => Promise<void> }, W>(
  setup: () => Promise<P | null>,
  makeWorld: (ports: P) => W & { ports: P },
): () => W & { ports: P } {
  let world: (W & { ports: P }) | undefined;
  beforeEach(async function () {
    const ports = await setup();
    if (!ports) return this.skip();
    world = makeWorld(ports);
  });
  afterEach(async () => {
    await world?.ports.teardown?.();
    world = undefined;
  });
  return () => {
    if (!world) throw new Error('ports are not open');
    return world;
  };
}

/** Builds schools, users and courses through the ports, with UUID-shaped ids in creation order. */
export class CatalogueWorld {
  private n = 0;

  constructor(readonly ports: Pick<CoursesPorts, 'schools' | 'users' | 'courses' | 'uow'>) {}

  id(): string {
    this.n += 1;
    return `0190d000-0000-7000-8000-${this.n.toString(16).padStart(12, '0')}`;
  }

  async school(): Promise<School> {
    const school = School.create({ id: SchoolId(this.id()), name: `School ${this.n}` });
    await this.ports.schools.save(school);
    return school;
  }

  async user(school: School): Promise<User> {
    const id = this.id();
    const user = User.create(
      {
        id: UserId(id),
        username: `student_${this.n}`,
        email: `student${this.n}@example.com`,
        nickname: `학생${this.n}`,
        schoolId: school.id,
        departmentId: null,
        passwordHash: 'x',
      },
      T0,
    );
    await this.ports.users.add(user);
    return user;
  }

  newCourse(school: School, code: string, overrides: Partial<NewCourse> = {}, createdAt = at(0)): Course {
    return Course.create(
      {
        id: CourseId(this.id()),
        schoolId: school.id,
        semester: '2026-1',
        code,
        name: `Course ${code}`,
        professor: 'Grace Hopper',
        credits: 3,
        times: [],
        ...overrides,
      },
      createdAt,
    );
  }

  async course(school: School, code: string, overrides: Partial<NewCourse> = {}, createdAt = at(0)) {
    const course = this.newCourse(school, code, overrides, createdAt);
    await this.ports.courses.add(course);
    return course;
  }
}

export class CoursesWorld extends CatalogueWorld {
  constructor(override readonly ports: CoursesPorts) {
    super(ports);
  }

  newReview(course: Course, author: User, rating: number, createdAt = at(1), content = 'Fine.'): Review {
    return Review.create(
      { id: ReviewId(this.id()), courseId: course.id, authorId: author.id, rating, content },
      createdAt,
    );
  }

  async review(course: Course, author: User, rating: number, createdAt = at(1)): Promise<Review> {
    const review = this.newReview(course, author, rating, createdAt);
    await this.ports.reviews.add(review);
    return review;
  }

  /** The counters on the course row equal a recount of its stored reviews. */
  async expectCountersMatchReviews(course: Course): Promise<{ ratingSum: number; reviewCount: number }> {
    const stored = (await this.ports.courses.findById(course.id))!.snapshot();
    const all = await this.ports.reviews.listByCourse(course.id, { limit: 1000, after: null });
    const recount = {
      ratingSum: all.items.reduce((sum, r) => sum + r.rating, 0),
      reviewCount: all.items.length,
    };
    expect({ ratingSum: stored.ratingSum, reviewCount: stored.reviewCount }).to.deep.equal(recount);
    return recount;
  }
}

export const withCoursesPorts = (setup: CoursesPortsSetup) =>
  withPorts(setup, (ports) => new CoursesWorld(ports));
