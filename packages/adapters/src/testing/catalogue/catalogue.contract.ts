/// <reference types="mocha" />
import {
  Course,
  CourseId,
  FriendRequest,
  FriendRequestId,
  Review,
  ReviewId,
  School,
  SchoolId,
  Timetable,
  TimetableId,
  User,
  UserId,
  type CourseRepository,
  type FriendRequestRepository,
  type FriendshipRepository,
  type ReviewRepository,
  type SchoolRepository,
  type TimetableRepository,
  type UnitOfWork,
  type UserRepository,
} from '@campus/domain';
import { expect } from 'chai';

export interface CataloguePorts {
  schools: SchoolRepository;
  users: UserRepository;
  friendRequests: FriendRequestRepository;
  friendships: FriendshipRepository;
  courses: CourseRepository;
  reviews: ReviewRepository;
  timetables: TimetableRepository;
  uow: UnitOfWork;
  teardown?: () => Promise<void>;
}
/** Resolves null when the backing service is unreachable outside CI: the suite then skips. */
export type CataloguePortsSetup = () => Promise<CataloguePorts | null>;

const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const at = (s: number) => new Date(T0 + s * 1000);

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
  throw new Error('expected a rejection');
}

/** The behaviour every friends, course, review and timetable adapter must share. */
export function catalogueContract(name: string, setup: CataloguePortsSetup): void {
  describe(`catalogue repositories contract (${name})`, function () {
    let p: CataloguePorts;
    let n = 0;
    const id = () => `0190b000-0000-7000-8000-${(++n).toString(16).padStart(12, '0')}`;
    let school: School;
    const user = async () => {
      const u = User.create(
        {
          id: UserId(id()),
          username: `user_${n}`,
          email: `u${n}@example.com`,
          nickname: `n${n}`,
          schoolId: school.id,
          departmentId: null,
          passwordHash: 'x',
        },
        at(0),
      );
      await p.users.save(u);
      return u;
    };
    const course = async (
      code: string,
      createdAt = at(0),
      extra: Partial<Parameters<typeof Course.create>[0]> = {},
    ) => {
      const c = Course.create(
        {
          id: CourseId(id()),
          schoolId: school.id,
          semester: '2026-1',
          code,
          name: `Name ${code}`,
          professor: 'Grace Hopper',
          credits: 3,
          times: [],
          ...extra,
        },
        createdAt,
      );
      await p.courses.add(c);
      return c;
    };

    beforeEach(async function () {
      const opened = await setup();
      if (!opened) return this.skip();
      p = opened;
      school = School.create({ id: SchoolId(id()), name: `School ${n}` });
      await p.schools.save(school);
    });
    afterEach(async () => {
      await p?.teardown?.();
    });

    it('keeps one pending friend request per pair, in either direction', async () => {
      const [a, b] = [await user(), await user()];
      const request = FriendRequest.create(
        { id: FriendRequestId(id()), requesterId: a.id, addresseeId: b.id },
        at(1),
      );
      await p.friendRequests.add(request);
      const reverse = FriendRequest.create(
        { id: FriendRequestId(id()), requesterId: b.id, addresseeId: a.id },
        at(2),
      );
      expect(await codeOf(p.friendRequests.add(reverse))).to.equal('FRIEND_REQUEST_EXISTS');
      expect((await p.friendRequests.findPending(a.id, b.id))?.snapshot()).to.deep.equal(request.snapshot());
      expect(await p.friendRequests.findPending(b.id, a.id)).to.equal(null);
      expect((await p.friendRequests.listIncoming(b.id)).map((r) => r.id)).to.deep.equal([request.id]);
      expect((await p.friendRequests.listOutgoing(a.id)).map((r) => r.id)).to.deep.equal([request.id]);
      expect(await p.friendRequests.remove(request.id)).to.equal(true);
      expect(await p.friendRequests.remove(request.id)).to.equal(false);
    });

    it('stores a friendship once per unordered pair, seen from both sides', async () => {
      const [a, b] = [await user(), await user()];
      await p.friendships.add(a.id, b.id, at(5));
      expect(await codeOf(p.friendships.add(b.id, a.id, at(6)))).to.equal('ALREADY_FRIENDS');
      expect(await p.friendships.areFriends(b.id, a.id)).to.equal(true);
      expect(await p.friendships.list(b.id)).to.deep.equal([{ userId: b.id, friendId: a.id, since: at(5) }]);
      expect(await p.friendships.remove(b.id, a.id)).to.equal(true);
      expect(await p.friendships.remove(a.id, b.id)).to.equal(false);
      expect(await p.friendships.areFriends(a.id, b.id)).to.equal(false);
    });

    it('round-trips a course with its times; a code is unique per school and semester', async () => {
      const c = await course('CS101', at(1), {
        times: [{ day: 'MON', start: '09:00', end: '10:30', room: '101' }],
      });
      expect((await p.courses.findById(c.id))?.snapshot()).to.deep.equal(c.snapshot());
      expect(await codeOf(course('CS101'))).to.equal('COURSE_EXISTS');
      await course('CS101', at(2), { semester: '2026-2' });
      expect((await p.courses.findManyByIds([CourseId('nope'), c.id])).map((x) => x.id)).to.deep.equal([
        c.id,
      ]);
    });

    it('searches name or code and professor case-insensitively with literal wildcards, paged oldest first', async () => {
      const a = await course('MATH_1', at(1), { name: 'Calculus' });
      const b = await course('MATH2', at(2), { name: '100% Algebra', professor: 'Ada Lovelace' });
      const c = await course('CS9', at(3), { name: 'Compilers' });
      const ids = async (filter: { q?: string; professor?: string }, limit = 10) =>
        (
          await p.courses.search(
            { schoolId: school.id, semester: '2026-1', ...filter },
            { limit, after: null },
          )
        ).items.map((x) => x.id);
      expect(await ids({ q: 'math' })).to.deep.equal([a.id, b.id]);
      expect(await ids({ q: 'h_' })).to.deep.equal([a.id]);
      expect(await ids({ q: '0%' })).to.deep.equal([b.id]);
      expect(await ids({ professor: 'LOVELACE' })).to.deep.equal([b.id]);
      const first = await p.courses.search(
        { schoolId: school.id, semester: '2026-1' },
        { limit: 2, after: null },
      );
      const rest = await p.courses.search(
        { schoolId: school.id, semester: '2026-1' },
        { limit: 2, after: first.next },
      );
      expect([...first.items, ...rest.items].map((x) => x.id)).to.deep.equal([a.id, b.id, c.id]);
      expect(rest.next).to.equal(null);
    });

    it('moves the course counters with every review change, and refuses a second review', async () => {
      const c = await course('R1');
      const [a, b] = [await user(), await user()];
      const review = Review.create(
        { id: ReviewId(id()), courseId: c.id, authorId: a.id, rating: 5, content: 'great' },
        at(1),
      );
      await p.reviews.add(review);
      await p.reviews.add(
        Review.create(
          { id: ReviewId(id()), courseId: c.id, authorId: b.id, rating: 2, content: 'hard' },
          at(2),
        ),
      );
      expect(
        await codeOf(
          p.reviews.add(
            Review.create(
              { id: ReviewId(id()), courseId: c.id, authorId: a.id, rating: 1, content: 'again' },
              at(3),
            ),
          ),
        ),
      ).to.equal('ALREADY_REVIEWED');
      expect((await p.courses.findById(c.id))?.averageRating).to.equal(3.5);
      review.edit({ rating: 4 }, at(4));
      await p.reviews.update(review, 5);
      expect((await p.courses.findById(c.id))?.averageRating).to.equal(3);
      await p.reviews.remove(review);
      expect((await p.courses.findById(c.id))?.snapshot()).to.include({ ratingSum: 2, reviewCount: 1 });
      const page = await p.reviews.listByCourse(c.id, { limit: 10, after: null });
      expect(page.items.map((r) => r.rating)).to.deep.equal([2]);
    });

    it('counts concurrent reviews by eight users exactly', async () => {
      const c = await course('R2');
      const users = [];
      for (let i = 0; i < 8; i++) users.push(await user());
      await Promise.all(
        users.map((u, i) =>
          p.reviews.add(
            Review.create(
              { id: ReviewId(id()), courseId: c.id, authorId: u.id, rating: 1 + (i % 5), content: 'x' },
              at(i),
            ),
          ),
        ),
      );
      expect((await p.courses.findById(c.id))?.snapshot()).to.include({
        reviewCount: 8,
        ratingSum: 1 + 2 + 3 + 4 + 5 + 1 + 2 + 3,
      });
    });

    it('stores timetables with their courses, one name per owner and semester, one primary after makePrimary', async () => {
      const owner = await user();
      const make = (name: string, isPrimary: boolean, s: number) =>
        Timetable.create(
          {
            id: TimetableId(id()),
            ownerId: owner.id,
            semester: '2026-1',
            name,
            visibility: 'private',
            isPrimary,
          },
          at(s),
        );
      const [a, b] = [make('A', true, 1), make('B', false, 2)];
      await p.timetables.add(a);
      await p.timetables.add(b);
      expect(await codeOf(p.timetables.add(make('A', false, 3)))).to.equal('TIMETABLE_NAME_TAKEN');
      const c1 = await course('T1');
      await p.timetables.addCourse(a.id, c1.id, at(4));
      expect(await codeOf(p.timetables.addCourse(a.id, c1.id, at(5)))).to.equal('COURSE_ALREADY_ADDED');
      expect((await p.timetables.findById(a.id))?.courseIds).to.deep.equal([c1.id]);
      await p.timetables.makePrimary(b.id);
      expect(
        (await p.timetables.listByOwner(owner.id, '2026-1')).map((t) => [t.id, t.isPrimary]),
      ).to.deep.equal([
        [a.id, false],
        [b.id, true],
      ]);
      expect((await p.timetables.findPrimary(owner.id, '2026-1'))?.id).to.equal(b.id);
      await p.timetables.removeCourse(a.id, c1.id);
      await p.timetables.remove(a.id);
      expect(await p.timetables.findById(a.id)).to.equal(null);
    });
  });
}
