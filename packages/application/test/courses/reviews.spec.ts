import {
  AlreadyReviewed,
  CourseNotFound,
  NotCourseSchoolMember,
  NotReviewAuthor,
  ReviewNotFound,
  ValidationFailed,
} from '@campus/domain';
import { expect } from 'chai';
import type { CourseDto } from '../../src/index.js';
import { catalogueFixture, concurrently, rejection, type Member } from './catalogue-fixture.js';

type World = Awaited<ReturnType<typeof catalogueFixture>>;

describe('reviews', () => {
  let w: World;
  let ann: Member;
  let bob: Member;
  let course: CourseDto;
  const review = (by: Member, rating: number, content = 'Good course.', courseId = course.id) =>
    w.uc.createReview.execute({ actor: by.actor, courseId, rating, content });
  const current = () => w.uc.getCourse.execute({ actor: ann.actor, courseId: course.id });
  const list = (by: Member, limit = 20, after: { value: number; id: string } | null = null) =>
    w.uc.listReviews.execute({ actor: by.actor, courseId: course.id, page: { limit, after } });

  beforeEach(async () => {
    w = await catalogueFixture();
    [ann, bob] = [await w.member('ann'), await w.member('bob')];
    course = await w.course('CS101');
  });

  describe('CreateReview', () => {
    it('given a member, when they review, then { id, rating, content, isMine, createdAt } and the course counts it', async () => {
      const created = await review(ann, 4, '  Solid.  ');
      expect(created).to.have.all.keys('id', 'rating', 'content', 'isMine', 'createdAt');
      expect(created).to.deep.include({ rating: 4, content: 'Solid.', isMine: true });
      expect(await current()).to.deep.include({ averageRating: 4, reviewCount: 1 });
    });

    it('given reviews rated 5, 4 and 4, then the average is 4.3', async () => {
      await review(ann, 5);
      await review(bob, 4);
      await review(await w.member('cat'), 4);
      expect(await current()).to.deep.include({ averageRating: 4.3, reviewCount: 3 });
    });

    it('given my review of the course, when I review it again, then ALREADY_REVIEWED and nothing moves', async () => {
      await review(ann, 5);
      await rejection(review(ann, 1), AlreadyReviewed, 'ALREADY_REVIEWED');
      expect(await current()).to.deep.include({ averageRating: 5, reviewCount: 1 });
    });

    it('given 8 reviews by one user at once, then one counts and 7 are ALREADY_REVIEWED', async () => {
      const { values, codes } = await concurrently(Array.from({ length: 8 }, () => () => review(ann, 3)));
      expect(values).to.have.length(1);
      expect(codes).to.deep.equal(Array(7).fill('ALREADY_REVIEWED'));
      expect(await current()).to.deep.include({ reviewCount: 1, averageRating: 3 });
    });

    it('given someone of another school, then NOT_SCHOOL_MEMBER; an unknown course is COURSE_NOT_FOUND', async () => {
      const outsider = await w.member('out', await w.school());
      await rejection(review(outsider, 5), NotCourseSchoolMember, 'NOT_SCHOOL_MEMBER');
      await rejection(review(ann, 5, 'x', 'nope'), CourseNotFound, 'COURSE_NOT_FOUND');
      expect((await current()).reviewCount).to.equal(0);
    });

    it('given a rating outside whole 1–5 or content outside 1–2000 characters, then VALIDATION_FAILED', async () => {
      for (const rating of [0, 6, 2.5])
        await rejection(review(ann, rating), ValidationFailed, 'VALIDATION_FAILED');
      for (const content of ['   ', 'x'.repeat(2001)])
        await rejection(review(ann, 3, content), ValidationFailed, 'VALIDATION_FAILED');
      expect((await current()).reviewCount).to.equal(0);
    });
  });

  describe('ListReviews', () => {
    it('given no reviews, then no average, a count of 0 and no items', async () => {
      expect(await list(ann)).to.deep.equal({ averageRating: null, reviewCount: 0, items: [], next: null });
    });

    it('given reviews, then newest first, anonymous: only isMine tells mine apart', async () => {
      const mine = await review(ann, 5);
      const theirs = await review(bob, 2);
      const page = await list(ann);
      expect(page).to.deep.include({ averageRating: 3.5, reviewCount: 2 });
      expect(page.items.map((r) => [r.id, r.isMine])).to.deep.equal([
        [theirs.id, false],
        [mine.id, true],
      ]);
      for (const item of page.items)
        expect(item).to.have.all.keys('id', 'rating', 'content', 'isMine', 'createdAt');
      expect(JSON.stringify(page)).not.to.contain(bob.user.id);
    });

    it('given more reviews than a page, then the keyset leads on with no repeat', async () => {
      const made = [await review(ann, 1), await review(bob, 2), await review(await w.member('cat'), 3)];
      const first = await list(ann, 2);
      const rest = await list(ann, 2, first.next);
      expect([...first.items, ...rest.items].map((r) => r.id)).to.deep.equal(made.map((r) => r.id).reverse());
      expect(rest.next).to.equal(null);
    });

    it('given someone of another school, then NOT_SCHOOL_MEMBER; an unknown course is COURSE_NOT_FOUND', async () => {
      await rejection(
        list(await w.member('out', await w.school())),
        NotCourseSchoolMember,
        'NOT_SCHOOL_MEMBER',
      );
      await rejection(
        w.uc.listReviews.execute({ actor: ann.actor, courseId: 'nope', page: { limit: 5, after: null } }),
        CourseNotFound,
        'COURSE_NOT_FOUND',
      );
    });
  });

  describe('UpdateReview', () => {
    it('given my review, when I change its rating or content, then the review and the average follow', async () => {
      const mine = await review(ann, 5);
      await review(bob, 3);
      const updated = await w.uc.updateReview.execute({ actor: ann.actor, reviewId: mine.id, rating: 1 });
      expect(updated).to.deep.include({
        id: mine.id,
        rating: 1,
        content: 'Good course.',
        isMine: true,
        createdAt: mine.createdAt,
      });
      expect(await current()).to.deep.include({ averageRating: 2, reviewCount: 2 });
      const edited = await w.uc.updateReview.execute({
        actor: ann.actor,
        reviewId: mine.id,
        content: 'Hard.',
      });
      expect(edited).to.deep.include({ rating: 1, content: 'Hard.' });
      expect((await current()).averageRating).to.equal(2);
    });

    it('given someone else’s review, then NOT_AUTHOR (forbidden) and nothing changes', async () => {
      const mine = await review(ann, 5);
      const error = await rejection(
        w.uc.updateReview.execute({ actor: bob.actor, reviewId: mine.id, rating: 1 }),
        NotReviewAuthor,
        'NOT_AUTHOR',
      );
      expect(error.kind).to.equal('forbidden');
      expect((await current()).averageRating).to.equal(5);
    });

    it('given an unknown review, then REVIEW_NOT_FOUND; a bad rating is VALIDATION_FAILED and nothing changes', async () => {
      await rejection(
        w.uc.updateReview.execute({ actor: ann.actor, reviewId: 'nope', rating: 3 }),
        ReviewNotFound,
        'REVIEW_NOT_FOUND',
      );
      const mine = await review(ann, 5);
      await rejection(
        w.uc.updateReview.execute({ actor: ann.actor, reviewId: mine.id, rating: 7 }),
        ValidationFailed,
        'VALIDATION_FAILED',
      );
      expect((await list(ann)).items[0]).to.deep.include({ rating: 5 });
    });
  });

  describe('DeleteReview', () => {
    it('given my review, when I delete it, then the course no longer counts it and I may review again', async () => {
      const mine = await review(ann, 5);
      await w.uc.deleteReview.execute({ actor: ann.actor, reviewId: mine.id });
      expect(await current()).to.deep.include({ averageRating: null, reviewCount: 0 });
      await review(ann, 2);
      expect(await current()).to.deep.include({ averageRating: 2, reviewCount: 1 });
    });

    it('given four deletions of my review at once, then one is done and the rest answer REVIEW_NOT_FOUND', async () => {
      const mine = await review(ann, 5);
      const settled = await Promise.allSettled(
        [1, 2, 3, 4].map(() => w.uc.deleteReview.execute({ actor: ann.actor, reviewId: mine.id })),
      );
      expect(settled.filter((r) => r.status === 'fulfilled')).to.have.length(1);
      for (const r of settled.filter((x) => x.status === 'rejected'))
        expect((r.reason as { code: string }).code).to.equal('REVIEW_NOT_FOUND');
      expect(await current()).to.deep.include({ averageRating: null, reviewCount: 0 });
    });

    it('given someone else’s review, then NOT_AUTHOR and it stays', async () => {
      const mine = await review(ann, 5);
      await rejection(
        w.uc.deleteReview.execute({ actor: bob.actor, reviewId: mine.id }),
        NotReviewAuthor,
        'NOT_AUTHOR',
      );
      expect((await current()).reviewCount).to.equal(1);
    });

    it('given an unknown or already deleted review, then REVIEW_NOT_FOUND', async () => {
      const mine = await review(ann, 5);
      await w.uc.deleteReview.execute({ actor: ann.actor, reviewId: mine.id });
      await rejection(
        w.uc.deleteReview.execute({ actor: ann.actor, reviewId: mine.id }),
        ReviewNotFound,
        'REVIEW_NOT_FOUND',
      );
      await rejection(
        w.uc.deleteReview.execute({ actor: ann.actor, reviewId: 'nope' }),
        ReviewNotFound,
        'REVIEW_NOT_FOUND',
      );
    });
  });
});
