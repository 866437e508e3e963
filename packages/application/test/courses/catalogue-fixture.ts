import {
  InMemoryBlockRepository,
  InMemoryCourseRepository,
  InMemoryFriendRequestRepository,
  InMemoryFriendshipRepository,
  InMemoryReviewRepository,
  InMemorySchoolRepository,
  InMemoryTimetableRepository,
  InMemoryUnitOfWork,
  InMemoryUserRepository,
  MemoryDatabase,
} from '@campus/adapters/memory';
import { SequentialIdGenerator } from '@campus/adapters/system';
import type { DomainError } from '@campus/domain';
import {
  School,
  SchoolId,
  User,
  UserId,
  type Actor,
  type Clock,
  type MeetingTime,
  type Role,
} from '@campus/domain';
import { expect } from 'chai';
import {
  AcceptFriendRequest,
  AddTimetableCourse,
  CreateCourse,
  CreateReview,
  CreateTimetable,
  DeleteFriendRequest,
  DeleteReview,
  DeleteTimetable,
  GetCourse,
  GetTimetable,
  GetUserPrimaryTimetable,
  ListFriendRequests,
  ListFriends,
  ListMyTimetables,
  ListReviews,
  RemoveFriend,
  RemoveTimetableCourse,
  SearchCourses,
  SendFriendRequest,
  TimetableViews,
  UpdateReview,
  UpdateTimetable,
} from '../../src/index.js';
import { testNotifier } from '../support/notifiers.js';
import { unlimited } from '../support/write-guards.js';

/** Starts at a fixed instant and moves one second on at every reading, so every time is distinct. */
export class SteppingClock implements Clock {
  constructor(private current = Date.parse('2026-03-02T09:00:00.000Z')) {}
  now(): Date {
    const now = new Date(this.current);
    this.current += 1000;
    return now;
  }
}

export interface Member {
  user: User;
  actor: Actor;
}

/**
 * The friends, courses and timetables use cases on one in-memory store, wired with the
 * constructor parameter order the server's composition root uses.
 */
export async function catalogueFixture() {
  const db = new MemoryDatabase();
  const clock = new SteppingClock();
  const ids = new SequentialIdGenerator();
  const uow = new InMemoryUnitOfWork(db);
  const schools = new InMemorySchoolRepository(db);
  const users = new InMemoryUserRepository(db);
  const requests = new InMemoryFriendRequestRepository(db);
  const friendships = new InMemoryFriendshipRepository(db);
  const blocks = new InMemoryBlockRepository(db);
  const courses = new InMemoryCourseRepository(db);
  const reviews = new InMemoryReviewRepository(db);
  const timetables = new InMemoryTimetableRepository(db);
  const views = new TimetableViews(users, courses);
  let n = 0;

  const school = async (name = `School ${++n}`) => {
    const made = School.create({ id: SchoolId(ids.next()), name });
    await schools.save(made);
    return made;
  };
  const home = await school('Campus U');

  /** A user of `of` (default: the home school), as a row and as the actor authentication makes. */
  const member = async (tag: string, of: School | null = home, role: Role = 'user'): Promise<Member> => {
    const user = User.create(
      {
        id: UserId(ids.next()),
        username: `user_${tag}`,
        email: `${tag}@example.com`,
        nickname: `닉${tag}`,
        role,
        schoolId: of?.id ?? null,
        departmentId: null,
        passwordHash: 'x',
      },
      clock.now(),
    );
    await users.add(user);
    return { user, actor: { id: user.id, role: user.role, schoolId: user.schoolId } };
  };
  const admin = await member('admin', null, 'admin');

  const notifications = testNotifier(clock, ids, { db, uow });
  const { notifier } = notifications;
  const uc = {
    sendFriendRequest: new SendFriendRequest(
      uow,
      users,
      requests,
      friendships,
      ids,
      clock,
      unlimited(clock),
      blocks,
      notifier,
    ),
    listFriendRequests: new ListFriendRequests(requests, users),
    acceptFriendRequest: new AcceptFriendRequest(uow, requests, friendships, users, clock, blocks, notifier),
    deleteFriendRequest: new DeleteFriendRequest(requests),
    listFriends: new ListFriends(friendships, users),
    removeFriend: new RemoveFriend(friendships),
    createCourse: new CreateCourse(schools, courses, ids, clock),
    searchCourses: new SearchCourses(courses, schools),
    getCourse: new GetCourse(courses),
    createReview: new CreateReview(courses, reviews, ids, clock, unlimited(clock)),
    listReviews: new ListReviews(courses, reviews),
    updateReview: new UpdateReview(reviews, clock),
    deleteReview: new DeleteReview(reviews),
    createTimetable: new CreateTimetable(uow, timetables, views, ids, clock),
    listMyTimetables: new ListMyTimetables(timetables, views),
    getTimetable: new GetTimetable(timetables, friendships, views),
    updateTimetable: new UpdateTimetable(uow, timetables, views),
    deleteTimetable: new DeleteTimetable(uow, timetables),
    addTimetableCourse: new AddTimetableCourse(uow, timetables, courses, views, clock),
    removeTimetableCourse: new RemoveTimetableCourse(uow, timetables, views),
    getUserPrimaryTimetable: new GetUserPrimaryTimetable(users, timetables, friendships, views),
  };

  /** A course of the home school in 2026-1, made by the admin through the use case. */
  const course = (code: string, times: MeetingTime[] = [], overrides: Partial<CourseInput> = {}) =>
    uc.createCourse.execute({
      actor: admin.actor,
      schoolId: home.id,
      semester: '2026-1',
      code,
      name: `Course ${code}`,
      professor: 'Grace Hopper',
      credits: 3,
      times,
      ...overrides,
    });

  /** Makes two members friends through the use cases. */
  const befriend = async (a: Member, b: Member) => {
    await uc.sendFriendRequest.execute({ actor: a.actor, username: b.user.username });
    await uc.sendFriendRequest.execute({ actor: b.actor, username: a.user.username });
  };

  return {
    db,
    notifications,
    clock,
    ids,
    home,
    admin,
    school,
    member,
    course,
    befriend,
    uc,
    repos: { uow, users, requests, friendships, courses, reviews, timetables, blocks },
  };
}

type CourseInput = Parameters<CreateCourse['execute']>[0];

export const mon = (start: string, end: string, room?: string): MeetingTime =>
  room ? { day: 'MON', start, end, room } : { day: 'MON', start, end };

/** Awaits a promise that must reject with a domain error of `type` and `code`; returns that error. */
export async function rejection<E extends DomainError>(
  promise: Promise<unknown>,
  type: abstract new (...args: never[]) => E,
  code: string,
): Promise<E> {
  try {
    await promise;
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(type);
    expect((error as E).code).to.equal(code);
    return error as E;
  }
  return expect.fail(`expected ${code}, but the promise resolved`);
}

/** Starts every task at once; the values of those that resolved and the codes of those that did not. */
export async function concurrently<T>(
  tasks: (() => Promise<T>)[],
): Promise<{ values: T[]; codes: string[] }> {
  const settled = await Promise.allSettled(tasks.map((task) => task()));
  return {
    values: settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : [])),
    codes: settled.flatMap((s) =>
      s.status === 'rejected' ? [(s.reason as { code?: string }).code ?? String(s.reason)] : [],
    ),
  };
}
