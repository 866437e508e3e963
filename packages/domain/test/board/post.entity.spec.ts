import { expect } from 'chai';
import {
  CannotLikeOwn,
  CannotReportOwn,
  CannotScrapOwn,
  NotAuthor,
  Post,
  QuestionLocked,
  UserId,
  ValidationFailed,
} from '../../src/index.js';
import { T0, T1, aPost, admin, expectThrows, member } from './support.js';

const author = member('author');
const other = member('other');

function lockedQuestion(): Post {
  return Post.rehydrate({ ...aPost({ isQuestion: true }).snapshot(), lockedAt: T1 });
}

describe('Post', () => {
  describe('create', () => {
    it('given valid input, when created, then counters start at zero and nothing is set', () => {
      const state = aPost().snapshot();
      expect(state).to.include({
        likeCount: 0,
        commentCount: 0,
        scrapCount: 0,
        reportCount: 0,
        anonymousSequence: 0,
      });
      expect(state).to.include({ hotAt: null, hiddenAt: null, lockedAt: null, deletedAt: null });
      expect(state.createdAt).to.equal(T0);
      expect(state.updatedAt).to.equal(T0);
    });

    it('given a blank title, when created, then VALIDATION_FAILED', () => {
      expectThrows(() => aPost({ title: ' ' }), ValidationFailed, 'VALIDATION_FAILED');
    });

    it('given a snapshot, when rehydrated, then the same state comes back', () => {
      const post = aPost();
      expect(Post.rehydrate(post.snapshot()).snapshot()).to.deep.equal(post.snapshot());
    });
  });

  describe('visibility', () => {
    it('given a live post, then everyone sees it', () => {
      expect(aPost().isVisibleTo(other)).to.equal(true);
    });

    it('given a hidden post, then only admins see it, its author included among those who do not', () => {
      const hidden = Post.rehydrate({ ...aPost().snapshot(), hiddenAt: T1 });
      expect(hidden.isVisibleTo(author)).to.equal(false);
      expect(hidden.isVisibleTo(other)).to.equal(false);
      expect(hidden.isVisibleTo(admin())).to.equal(true);
    });

    it('given a deleted post, then nobody sees it, admins included', () => {
      const deleted = Post.rehydrate({ ...aPost().snapshot(), deletedAt: T1 });
      expect(deleted.isVisibleTo(admin())).to.equal(false);
    });
  });

  describe('edit', () => {
    it('given the author, when editing, then title, content and updatedAt change', () => {
      const post = aPost();
      post.edit(author, { title: ' New ', content: 'Body' }, T1);
      expect(post.snapshot()).to.include({ title: 'New', content: 'Body' });
      expect(post.updatedAt).to.equal(T1);
    });

    it('given only a title, when editing, then the content is kept', () => {
      const post = aPost();
      post.edit(author, { title: 'New' }, T1);
      expect(post.content).to.equal('Content');
    });

    it('given someone else, admins included, when editing, then NOT_AUTHOR', () => {
      expectThrows(() => aPost().edit(other, { title: 'x' }, T1), NotAuthor, 'NOT_AUTHOR');
      expectThrows(() => aPost().edit(admin(), { title: 'x' }, T1), NotAuthor, 'NOT_AUTHOR');
    });

    it('given a locked question, when its author edits, then QUESTION_LOCKED', () => {
      expectThrows(
        () => lockedQuestion().edit(author, { title: 'x' }, T1),
        QuestionLocked,
        'QUESTION_LOCKED',
      );
    });

    it('given an invalid title, when editing, then VALIDATION_FAILED and nothing changes', () => {
      const post = aPost();
      expectThrows(() => post.edit(author, { title: '' }, T1), ValidationFailed, 'VALIDATION_FAILED');
      expect(post.title).to.equal('Title');
    });
  });

  describe('delete', () => {
    it('given the author, when deleting, then deletedAt is set', () => {
      const post = aPost();
      post.delete(author, T1);
      expect(post.deletedAt).to.equal(T1);
    });

    it('given an admin, when deleting any post, then it is deleted', () => {
      const post = aPost();
      post.delete(admin(), T1);
      expect(post.deletedAt).to.equal(T1);
    });

    it('given someone else, when deleting, then NOT_AUTHOR', () => {
      expectThrows(() => aPost().delete(other, T1), NotAuthor, 'NOT_AUTHOR');
    });

    it('given a locked question, when its author deletes, then QUESTION_LOCKED', () => {
      expectThrows(() => lockedQuestion().delete(author, T1), QuestionLocked, 'QUESTION_LOCKED');
    });

    it('given a locked question, when an admin deletes, then moderation wins and it is deleted', () => {
      const post = lockedQuestion();
      post.delete(admin(), T1);
      expect(post.deletedAt).to.equal(T1);
    });
  });

  describe('question lock', () => {
    it('given a question, when someone other than the author comments, then it locks', () => {
      expect(aPost({ isQuestion: true }).locksWhenCommentedBy(UserId('other'))).to.equal(true);
    });

    it('given a question, when an admin comments, then it locks too', () => {
      expect(aPost({ isQuestion: true }).locksWhenCommentedBy(admin().id)).to.equal(true);
    });

    it('given a question, when its author comments, then it stays unlocked', () => {
      expect(aPost({ isQuestion: true }).locksWhenCommentedBy(UserId('author'))).to.equal(false);
    });

    it('given a post that is not a question, when anyone comments, then nothing locks', () => {
      expect(aPost().locksWhenCommentedBy(UserId('other'))).to.equal(false);
    });

    it('given an already locked question, when someone comments, then there is nothing more to lock', () => {
      expect(lockedQuestion().locksWhenCommentedBy(UserId('other'))).to.equal(false);
    });
  });

  describe('reactions', () => {
    it('given the author, when liking, scrapping or reporting, then each own-post error', () => {
      expectThrows(() => aPost().assertLikableBy(author), CannotLikeOwn, 'CANNOT_LIKE_OWN');
      expectThrows(() => aPost().assertScrappableBy(author), CannotScrapOwn, 'CANNOT_SCRAP_OWN');
      expectThrows(() => aPost().assertReportableBy(author), CannotReportOwn, 'CANNOT_REPORT_OWN');
    });

    it('given someone else, when liking, scrapping or reporting, then it is allowed', () => {
      const post = aPost();
      expect(() => post.assertLikableBy(other)).not.to.throw();
      expect(() => post.assertScrappableBy(other)).not.to.throw();
      expect(() => post.assertReportableBy(other)).not.to.throw();
    });

    it('given the HOT threshold, when the like count reaches it, then the post becomes HOT once', () => {
      expect(aPost().becomesHotWith(9, 10)).to.equal(false);
      expect(aPost().becomesHotWith(10, 10)).to.equal(true);
      expect(aPost().becomesHotWith(11, 10)).to.equal(true);
      const hot = Post.rehydrate({ ...aPost().snapshot(), hotAt: T1 });
      expect(hot.becomesHotWith(12, 10)).to.equal(false);
    });

    it('given the report threshold, when the report count reaches it, then the post is hidden once', () => {
      expect(aPost().becomesHiddenWith(4, 5)).to.equal(false);
      expect(aPost().becomesHiddenWith(5, 5)).to.equal(true);
      const hidden = Post.rehydrate({ ...aPost().snapshot(), hiddenAt: T1 });
      expect(hidden.becomesHiddenWith(6, 5)).to.equal(false);
    });
  });
});
