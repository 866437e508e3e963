import { expect } from 'chai';
import {
  UserId,
  commentAuthorView,
  needsAnonymousNumber,
  postAuthorView,
  type AuthoredComment,
  type PostAuthorship,
} from '../../src/index.js';

const AUTHOR = UserId('author');
const ALICE = UserId('alice');
const anonymousPost: PostAuthorship = { authorId: AUTHOR, isAnonymous: true };
const namedPost: PostAuthorship = { authorId: AUTHOR, isAnonymous: false };

function anonymous(authorId: UserId, anonymousNumber: number | null): AuthoredComment {
  return { authorId, isAnonymous: true, anonymousNumber, authorNickname: null };
}

function named(authorId: UserId, nickname: string): AuthoredComment {
  return { authorId, isAnonymous: false, anonymousNumber: null, authorNickname: nickname };
}

describe('anonymity policy', () => {
  describe('post authors', () => {
    it('given an anonymous post, then it shows 익명 with no id', () => {
      const view = postAuthorView({ ...anonymousPost, authorNickname: null });
      expect(view).to.deep.equal({ id: null, displayName: '익명', isAnonymous: true, isPostAuthor: true });
    });

    it('given an anonymous post whose nickname was fetched anyway, then the nickname is still not shown', () => {
      const view = postAuthorView({ ...anonymousPost, authorNickname: 'leaky' });
      expect(JSON.stringify(view)).not.to.contain('leaky');
      expect(JSON.stringify(view)).not.to.contain('author');
    });

    it('given a named post, then it shows the nickname and the id', () => {
      const view = postAuthorView({ ...namedPost, authorNickname: 'Bob' });
      expect(view).to.deep.equal({
        id: 'author',
        displayName: 'Bob',
        isAnonymous: false,
        isPostAuthor: true,
      });
    });
  });

  describe('who gets an 익명N number', () => {
    it('given an anonymous comment by someone else, then a number is needed', () => {
      expect(needsAnonymousNumber(anonymousPost, ALICE, true)).to.equal(true);
      expect(needsAnonymousNumber(namedPost, ALICE, true)).to.equal(true);
    });

    it('given a named comment, then no number is needed (so a number never reveals a named commenter)', () => {
      expect(needsAnonymousNumber(anonymousPost, ALICE, false)).to.equal(false);
      expect(needsAnonymousNumber(anonymousPost, AUTHOR, false)).to.equal(false);
    });

    it('given an anonymous comment by the author of an anonymous post, then no number: they are 익명(글쓴이)', () => {
      expect(needsAnonymousNumber(anonymousPost, AUTHOR, true)).to.equal(false);
    });

    it('given an anonymous comment by the author of a named post, then a number, like anyone', () => {
      expect(needsAnonymousNumber(namedPost, AUTHOR, true)).to.equal(true);
    });
  });

  describe('comment authors under an anonymous post', () => {
    it('given anonymous commenters, then each shows 익명 and their stored number, with no id', () => {
      expect(commentAuthorView(anonymous(ALICE, 1), anonymousPost)).to.deep.equal({
        id: null,
        displayName: '익명1',
        isAnonymous: true,
        isPostAuthor: false,
      });
      expect(commentAuthorView(anonymous(UserId('carol'), 2), anonymousPost).displayName).to.equal('익명2');
    });

    it('given a number that is not 1 (earlier commenters deleted everything), then the stored number is shown as is', () => {
      expect(commentAuthorView(anonymous(ALICE, 7), anonymousPost).displayName).to.equal('익명7');
    });

    it('given the post author commenting anonymously, then 익명(글쓴이) with isPostAuthor and no id', () => {
      expect(commentAuthorView(anonymous(AUTHOR, null), anonymousPost)).to.deep.equal({
        id: null,
        displayName: '익명(글쓴이)',
        isAnonymous: true,
        isPostAuthor: true,
      });
    });

    it('given the post author commenting by name, then the nickname and never isPostAuthor', () => {
      expect(commentAuthorView(named(AUTHOR, 'Bob'), anonymousPost)).to.deep.equal({
        id: 'author',
        displayName: 'Bob',
        isAnonymous: false,
        isPostAuthor: false,
      });
    });

    it('given someone else commenting by name, then the nickname and id, not the post author', () => {
      expect(commentAuthorView(named(ALICE, 'Alice'), anonymousPost)).to.deep.equal({
        id: 'alice',
        displayName: 'Alice',
        isAnonymous: false,
        isPostAuthor: false,
      });
    });

    it('given an anonymous comment with a nickname fetched anyway, then no nickname or id leaks', () => {
      const view = commentAuthorView({ ...anonymous(ALICE, 1), authorNickname: 'Alice' }, anonymousPost);
      expect(JSON.stringify(view)).not.to.contain('Alice');
      expect(JSON.stringify(view)).not.to.contain('alice');
    });

    it('given an anonymous comment without a stored number, then plain 익명 rather than a made-up number', () => {
      expect(commentAuthorView(anonymous(ALICE, null), anonymousPost).displayName).to.equal('익명');
    });
  });

  describe('comment authors under a named post', () => {
    it('given the post author commenting by name, then isPostAuthor is true (both names are public)', () => {
      expect(commentAuthorView(named(AUTHOR, 'Bob'), namedPost)).to.deep.equal({
        id: 'author',
        displayName: 'Bob',
        isAnonymous: false,
        isPostAuthor: true,
      });
    });

    it('given the post author commenting anonymously, then a plain number: 글쓴이 would unmask the comment', () => {
      expect(commentAuthorView(anonymous(AUTHOR, 3), namedPost)).to.deep.equal({
        id: null,
        displayName: '익명3',
        isAnonymous: true,
        isPostAuthor: false,
      });
    });

    it('given someone else commenting anonymously, then their number', () => {
      expect(commentAuthorView(anonymous(ALICE, 1), namedPost).displayName).to.equal('익명1');
    });

    it('given a named author whose account is gone, then (탈퇴한 사용자) and no id', () => {
      const view = commentAuthorView({ ...named(ALICE, 'x'), authorNickname: null }, namedPost);
      expect(view).to.deep.equal({
        id: null,
        displayName: '(탈퇴한 사용자)',
        isAnonymous: false,
        isPostAuthor: false,
      });
    });
  });

  describe('no view of an anonymous author carries an id', () => {
    it('given every combination, then id is null exactly when isAnonymous', () => {
      for (const post of [anonymousPost, namedPost]) {
        for (const authorId of [AUTHOR, ALICE]) {
          for (const comment of [anonymous(authorId, 1), named(authorId, 'N')]) {
            const view = commentAuthorView(comment, post);
            expect(view.isAnonymous).to.equal(comment.isAnonymous);
            expect(view.id === null).to.equal(comment.isAnonymous);
            if (view.isAnonymous) expect(view.displayName.startsWith('익명')).to.equal(true);
            if (!view.isAnonymous && post.isAnonymous) expect(view.isPostAuthor).to.equal(false);
          }
        }
      }
    });
  });
});
