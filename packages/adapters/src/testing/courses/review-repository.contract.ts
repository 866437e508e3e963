/// <reference types="mocha" />
import { Review, ReviewId, type Course, type School, type User } from '@campus/domain';
import { expect } from 'chai';
import { at, codeOf, concurrently, withCoursesPorts, type CoursesPortsSetup } from './courses-fixtures.js';

/** Another instance of the same review, as a second request would read it. */
const reviewCopy = (review: Review) => Review.rehydrate(review.snapshot());

export function reviewRepositoryContract(name: string, setup: CoursesPortsSetup): void {
  describe(`ReviewRepository contract (${name})`, () => {
    const world = withCoursesPorts(setup);
    const reviews = () => world().ports.reviews;
    let school: School;
    let course: Course;
    let students: User[];
    const storedCourse = async () => (await world().ports.courses.findById(course.id))!;

    beforeEach(async () => {
      school = await world().school();
      course = await world().course(school, 'CS101');
      students = [];
      for (let i = 0; i < 8; i++) students.push(await world().user(school));
    });

    it('given a review, when found, then every field comes back, and the course counts it', async () => {
      const review = await world().review(course, students[0]!, 4, at(3));
      expect((await reviews().findById(review.id))?.snapshot()).to.deep.equal(review.snapshot());
      expect((await storedCourse()).snapshot()).to.include({ ratingSum: 4, reviewCount: 1 });
      expect((await storedCourse()).averageRating).to.equal(4);
      expect(await reviews().findById(ReviewId(world().id()))).to.equal(null);
    });

    it('given a user’s review of a course, when they review it again, then ALREADY_REVIEWED and nothing moves', async () => {
      await world().review(course, students[0]!, 5);
      const again = world().newReview(course, students[0]!, 1, at(2));
      expect(await codeOf(reviews().add(again))).to.equal('ALREADY_REVIEWED');
      expect(await reviews().findById(again.id)).to.equal(null);
      expect((await storedCourse()).snapshot()).to.include({ ratingSum: 5, reviewCount: 1 });
    });

    it('given a user’s review of one course, when they review another, then it is stored', async () => {
      await world().review(course, students[0]!, 5);
      const other = await world().course(school, 'CS102');
      await world().review(other, students[0]!, 2);
      expect((await world().ports.courses.findById(other.id))?.snapshot()).to.include({
        ratingSum: 2,
        reviewCount: 1,
      });
    });

    it('given reviews rated 5, 2 and 4, then the average is 3.7, and it follows every edit and removal', async () => {
      const [a, b] = [
        await world().review(course, students[0]!, 5),
        await world().review(course, students[1]!, 2),
      ];
      await world().review(course, students[2]!, 4);
      expect((await storedCourse()).averageRating).to.equal(3.7);
      a.edit({ rating: 3, content: 'Changed my mind.' }, at(9));
      await reviews().update(a, 5);
      expect((await storedCourse()).snapshot()).to.include({ ratingSum: 9, reviewCount: 3 });
      expect((await reviews().findById(a.id))?.snapshot()).to.deep.equal(a.snapshot());
      await reviews().remove(b);
      expect((await storedCourse()).averageRating).to.equal(3.5);
      await world().expectCountersMatchReviews(course);
    });

    it('given a removed review, when removed or updated again, then the counters do not move', async () => {
      const review = await world().review(course, students[0]!, 5);
      await world().review(course, students[1]!, 3);
      expect(await reviews().remove(review)).to.equal(true);
      expect(await reviews().remove(review)).to.equal(false);
      review.edit({ rating: 1 }, at(5));
      await reviews().update(review, 5);
      expect(await reviews().findById(review.id)).to.equal(null);
      expect((await storedCourse()).snapshot()).to.include({ ratingSum: 3, reviewCount: 1 });
    });

    it('given reviews of two courses, when a course’s reviews are paged, then only its own, newest first by (createdAt, id)', async () => {
      const made = [];
      for (const [i, s] of [
        [0, 1],
        [1, 3],
        [2, 2],
        [3, 3],
        [4, 2],
      ] as const)
        made.push(await world().review(course, students[i]!, 3, at(s)));
      await world().review(await world().course(school, 'OTHER'), students[5]!, 1, at(4));
      const expected = [...made]
        .sort((x, y) => y.createdAt.getTime() - x.createdAt.getTime() || (x.id < y.id ? 1 : -1))
        .map((r) => r.id);
      const seen: string[] = [];
      let after = null;
      do {
        const page = await reviews().listByCourse(course.id, { limit: 2, after });
        seen.push(...page.items.map((r) => r.id));
        after = page.next;
      } while (after && seen.length < 10);
      expect(seen).to.deep.equal(expected);
    });

    it('given 8 reviews of one course by one user at once, then one is stored and counted, 7 ALREADY_REVIEWED', async () => {
      const { values, codes } = await concurrently(
        Array.from(
          { length: 8 },
          (_, i) => () => reviews().add(world().newReview(course, students[0]!, 1 + (i % 5), at(i))),
        ),
      );
      expect(values).to.have.length(1);
      expect(codes).to.deep.equal(Array(7).fill('ALREADY_REVIEWED'));
      const counted = await world().expectCountersMatchReviews(course);
      expect(counted.reviewCount).to.equal(1);
    });

    it('given 8 users reviewing one course at once, then all 8 are counted exactly', async () => {
      const { codes } = await concurrently(
        students.map((s, i) => () => reviews().add(world().newReview(course, s, 1 + (i % 5), at(i)))),
      );
      expect(codes).to.deep.equal([]);
      expect(await world().expectCountersMatchReviews(course)).to.deep.equal({
        ratingSum: 21,
        reviewCount: 8,
      });
    });

    it('given two edits of one review at once from the same stale read, then the sum matches the stored rating', async () => {
      const review = await world().review(course, students[0]!, 5);
      const edit = (rating: number) => () => {
        const mine = reviewCopy(review);
        mine.edit({ rating }, at(10 + rating));
        return reviews().update(mine, 5);
      };
      const { codes } = await concurrently([edit(4), edit(3)]);
      expect(codes).to.deep.equal([]);
      const counted = await world().expectCountersMatchReviews(course);
      expect(counted.reviewCount).to.equal(1);
    });

    it('given an edit and a removal of one review at once, then the counters match what is stored', async () => {
      const review = await world().review(course, students[0]!, 5);
      await world().review(course, students[1]!, 2);
      const edited = reviewCopy(review);
      edited.edit({ rating: 1 }, at(10));
      const { codes } = await concurrently<unknown>([
        () => reviews().update(edited, 5),
        () => reviews().remove(review),
      ]);
      expect(codes).to.deep.equal([]);
      expect(await world().expectCountersMatchReviews(course)).to.deep.equal({
        ratingSum: 2,
        reviewCount: 1,
      });
    });

    it('given a unit of work that fails after a review is added, then neither the review nor the counters stay', async () => {
      const review = world().newReview(course, students[0]!, 5);
      const failed = world().ports.uow.run(async () => {
        await reviews().add(review);
        throw new Error('boom');
      });
      expect(await codeOf(failed)).to.match(/boom/);
      expect(await reviews().findById(review.id)).to.equal(null);
      expect((await storedCourse()).snapshot()).to.include({ ratingSum: 0, reviewCount: 0 });
      await reviews().add(world().newReview(course, students[0]!, 2));
      await world().expectCountersMatchReviews(course);
    });
  });
}
