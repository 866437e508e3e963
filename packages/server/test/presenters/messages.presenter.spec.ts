import { expect } from 'chai';
import { presentConversation, presentMessage } from '../../src/presenters/messages.presenter.js';

describe('messages presenter', () => {
  const at = new Date('2026-12-05T13:20:11.000Z');
  const account = { id: 'u1', username: 'kim_1', nickname: '김' };

  it('given an anonymous peer that somehow carries an account, then the account is not sent', () => {
    const presented = presentConversation({
      id: 'c1',
      peer: { label: '익명', isAnonymous: true, user: account },
      about: null,
      lastMessage: null,
      unreadCount: 0,
      createdAt: at,
    });
    expect(presented.peer).to.deep.equal({ label: '익명', isAnonymous: true, user: null });
    expect(JSON.stringify(presented)).to.not.include('u1').and.not.include('kim_1');
  });

  it('given extra fields on the DTOs, then only the named fields are sent', () => {
    const conversation = presentConversation({
      id: 'c1',
      peer: { label: '김', isAnonymous: false, user: { ...account, email: 'k@x' } as typeof account },
      about: { postId: 'p1', title: '제목', authorId: 'u2' } as { postId: string; title: string },
      lastMessage: { content: 'hi', sentAt: at, isMine: true, senderId: 'u1' } as never,
      unreadCount: 2,
      createdAt: at,
      starterId: 'u1',
    } as never);
    expect(conversation).to.deep.equal({
      id: 'c1',
      peer: { label: '김', isAnonymous: false, user: account },
      about: { postId: 'p1', title: '제목' },
      lastMessage: { content: 'hi', sentAt: at.toISOString(), isMine: true },
      unreadCount: 2,
      createdAt: at.toISOString(),
    });
    const message = presentMessage({
      id: 'm1',
      conversationId: 'c1',
      content: 'hi',
      isMine: false,
      sentAt: at,
      senderId: 'u2',
    } as never);
    expect(message).to.deep.equal({
      id: 'm1',
      conversationId: 'c1',
      content: 'hi',
      isMine: false,
      sentAt: at.toISOString(),
    });
  });
});
