import { expect } from 'chai';
import {
  CommentId,
  Conversation,
  ConversationId,
  Message,
  MessageId,
  PostId,
  UserId,
  conversationKey,
  type ConversationSide,
} from '../../src/index.js';

const [kim, lee, park] = [UserId('kim'), UserId('lee'), UserId('park')];
const side = (userId: UserId, isAnonymous: boolean, label: string | null = null): ConversationSide => ({
  userId,
  isAnonymous,
  label,
});
const now = new Date('2026-03-02T10:00:00.000Z');
const start = (starter: ConversationSide, recipient: ConversationSide) =>
  Conversation.start(
    { id: ConversationId('c1'), subject: { kind: 'user' }, starter, recipient, about: null },
    now,
  );

describe('Conversation', () => {
  it('given the same member on both sides, when started, then CANNOT_MESSAGE_SELF', () => {
    expect(() => start(side(kim, true, '익명'), side(kim, false)))
      .to.throw()
      .with.property('code', 'CANNOT_MESSAGE_SELF');
  });

  it('given a named side with a label, when started, then the label is dropped: a named side shows its nickname', () => {
    const conversation = start(side(kim, false, 'stale'), side(lee, true, '익명3'));
    expect(conversation.peerOf(lee)).to.deep.equal(side(kim, false, null));
    expect(conversation.peerOf(kim)).to.deep.equal(side(lee, true, '익명3'));
    expect(conversation.peerOf(park)).to.equal(null);
    expect(conversation.hasMember(park)).to.equal(false);
  });

  it('given a username conversation, then its key is the same whoever started it, and differs by anonymity', () => {
    const user = { kind: 'user' } as const;
    const ab = conversationKey(user, side(kim, false), side(lee, false));
    expect(conversationKey(user, side(lee, false), side(kim, false))).to.equal(ab);
    expect(conversationKey(user, side(kim, true), side(lee, false))).to.not.equal(ab);
  });

  it('given content, then its key names the content and the starter with their anonymity, not the author', () => {
    const post = { kind: 'post', postId: PostId('p1') } as const;
    const comment = { kind: 'comment', commentId: CommentId('p1') } as const;
    const named = conversationKey(post, side(kim, false), side(lee, true));
    expect(conversationKey(post, side(kim, true), side(lee, true))).to.not.equal(named);
    expect(conversationKey(comment, side(kim, false), side(lee, true))).to.not.equal(named);
    expect(named).to.not.include(lee);
  });

  it('given a closed conversation, then it cannot be written to', () => {
    const closed = Conversation.rehydrate({
      ...start(side(kim, false), side(lee, false)).snapshot(),
      closedAt: now,
    });
    expect(() => closed.assertOpen())
      .to.throw()
      .with.property('code', 'CONVERSATION_CLOSED');
  });
});

describe('Message', () => {
  const make = (content: string) =>
    Message.create(
      { id: MessageId('m1'), conversationId: ConversationId('c1'), senderId: kim, content },
      now,
    );

  it('given content, then it is trimmed and 1 to 1000 code points long', () => {
    expect(make('  안녕  ').content).to.equal('안녕');
    expect(make('😀'.repeat(1000)).content).to.have.length(2000);
    expect(() => make(' '))
      .to.throw()
      .with.property('code', 'VALIDATION_FAILED');
    expect(() => make('a'.repeat(1001)))
      .to.throw()
      .with.property('code', 'VALIDATION_FAILED');
  });

  it('given its sender, then they cannot report it; the other side can', () => {
    const message = make('x');
    expect(() => message.assertReportableBy({ id: kim, role: 'user', schoolId: null }))
      .to.throw()
      .with.property('code', 'CANNOT_REPORT_OWN');
    expect(() => message.assertReportableBy({ id: lee, role: 'user', schoolId: null })).to.not.throw();
  });
});
