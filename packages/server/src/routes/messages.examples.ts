const conversation = '0193a560-3b7d-7a14-9e2c-5d8f1a3c6b0d';
const message = '0193a560-3b7e-7c02-8f4a-2e6b9d1c7a0e';

export const EXAMPLE_MESSAGE = {
  id: message,
  conversationId: conversation,
  content: '혹시 그 책 아직 파시나요?',
  isMine: true,
  sentAt: '2026-12-05T13:20:11.000Z',
};

/** A conversation started from an anonymous post: its author is only the label I saw. */
export const EXAMPLE_CONVERSATION = {
  id: conversation,
  peer: { label: '익명', isAnonymous: true, user: null },
  about: { postId: '0193a512-4c7e-7e91-8b3a-6d1f4e8c2b06', title: '운영체제 교재 팝니다' },
  lastMessage: { content: EXAMPLE_MESSAGE.content, sentAt: EXAMPLE_MESSAGE.sentAt, isMine: true },
  unreadCount: 0,
  createdAt: EXAMPLE_MESSAGE.sentAt,
};
