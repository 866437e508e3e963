import { expect } from 'chai';
import {
  CannotLikeOwn,
  CannotReportOwn,
  Comment,
  CommentId,
  InvalidParent,
  NotAuthor,
  PostId,
  ValidationFailed,
} from '../../src/index.js';
import { T0, T1, aComment, admin, expectThrows, member } from './support.js';

const commenter = member('commenter');
const other = member('other');

function topLevel(overrides: Partial<Parameters<typeof Comment.rehydrate>[0]> = {}): Comment {
  return Comment.rehydrate({ ...aComment({ id: CommentId('parent') }).snapshot(), ...overrides });
}

describe('Comment', () => {
  describe('create', () => {
    it('given no parent, when created, then it is a live top-level comment', () => {
      const comment = aComment();
      expect(comment.parentId).to.equal(null);
      expect(comment.isLive()).to.equal(true);
      expect(comment.snapshot()).to.include({ likeCount: 0, reportCount: 0, anonymousNumber: 1 });
      expect(comment.snapshot().createdAt).to.equal(T0);
    });

    it('given a live top-level parent of the same post, when replying, then parentId names it', () => {
      const reply = aComment({ id: CommentId('reply') }, topLevel());
      expect(reply.parentId).to.equal('parent');
    });

    it('given a reply as parent, when replying, then INVALID_PARENT (one level only)', () => {
      const reply = aComment({ id: CommentId('reply') }, topLevel());
      expectThrows(() => aComment({ id: CommentId('deep') }, reply), InvalidParent, 'INVALID_PARENT');
    });

    it('given a parent of another post, when replying, then INVALID_PARENT', () => {
      const foreign = topLevel({ postId: PostId('post-2') });
      expectThrows(() => aComment({ id: CommentId('reply') }, foreign), InvalidParent, 'INVALID_PARENT');
    });

    it('given a deleted or hidden parent, when replying, then INVALID_PARENT', () => {
      expectThrows(() => aComment({}, topLevel({ deletedAt: T1 })), InvalidParent, 'INVALID_PARENT');
      expectThrows(() => aComment({}, topLevel({ hiddenAt: T1 })), InvalidParent, 'INVALID_PARENT');
    });

    it('given no parent found, when asserting the parent, then INVALID_PARENT with a 400 kind', () => {
      try {
        Comment.assertParent(null, PostId('post-1'));
        expect.fail('expected INVALID_PARENT');
      } catch (error) {
        expect(error).to.be.instanceOf(InvalidParent);
        expect((error as InvalidParent).kind).to.equal('validation');
      }
    });

    it('given 301 characters, when created, then VALIDATION_FAILED', () => {
      expectThrows(() => aComment({ content: 'x'.repeat(301) }), ValidationFailed, 'VALIDATION_FAILED');
    });
  });

  describe('edit and delete', () => {
    it('given the author, when editing, then content and updatedAt change', () => {
      const comment = aComment();
      comment.edit(commenter, ' Better ', T1);
      expect(comment.content).to.equal('Better');
      expect(comment.updatedAt).to.equal(T1);
    });

    it('given someone else or an admin, when editing, then NOT_AUTHOR', () => {
      expectThrows(() => aComment().edit(other, 'x', T1), NotAuthor, 'NOT_AUTHOR');
      expectThrows(() => aComment().edit(admin(), 'x', T1), NotAuthor, 'NOT_AUTHOR');
    });

    it('given the author or an admin, when deleting, then it is no longer live', () => {
      for (const actor of [commenter, admin()]) {
        const comment = aComment();
        comment.delete(actor, T1);
        expect(comment.isLive()).to.equal(false);
        expect(comment.isVisibleTo(admin())).to.equal(false);
      }
    });

    it('given someone else, when deleting, then NOT_AUTHOR', () => {
      expectThrows(() => aComment().delete(other, T1), NotAuthor, 'NOT_AUTHOR');
    });
  });

  describe('reactions and hiding', () => {
    it('given the author, when liking or reporting, then the own-comment errors', () => {
      expectThrows(() => aComment().assertLikableBy(commenter), CannotLikeOwn, 'CANNOT_LIKE_OWN');
      expectThrows(() => aComment().assertReportableBy(commenter), CannotReportOwn, 'CANNOT_REPORT_OWN');
    });

    it('given the report threshold, when reached, then the comment is hidden once', () => {
      expect(aComment().becomesHiddenWith(4, 5)).to.equal(false);
      expect(aComment().becomesHiddenWith(5, 5)).to.equal(true);
      expect(topLevel({ hiddenAt: T1 }).becomesHiddenWith(6, 5)).to.equal(false);
    });

    it('given a hidden comment, then only admins see it and it is not live', () => {
      const hidden = topLevel({ hiddenAt: T1 });
      expect(hidden.isLive()).to.equal(false);
      expect(hidden.isVisibleTo(commenter)).to.equal(false);
      expect(hidden.isVisibleTo(admin())).to.equal(true);
    });
  });
});
