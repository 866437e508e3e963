/**
 * The words of each notification. Actors are named by the label the recipient saw (`익명2`,
 * `익명(글쓴이)`, a nickname), never by anything behind an anonymous one.
 */
export const notificationTexts = {
  comment: (label: string) => `${label}님이 댓글을 남겼습니다`,
  reply: (label: string) => `${label}님이 답글을 남겼습니다`,
  hot: () => '내 글이 HOT 게시물이 되었습니다',
  friendRequest: (nickname: string) => `${nickname}님이 친구 요청을 보냈습니다`,
  friendAccepted: (nickname: string) => `${nickname}님이 친구 요청을 수락했습니다`,
  message: (label: string) => `${label}님이 쪽지를 보냈습니다`,
  hidden: (what: 'post' | 'comment') => `내 ${what === 'post' ? '글' : '댓글'}이 신고로 숨겨졌습니다`,
  restricted: (until: Date) => `${until.toISOString().slice(0, 10)}까지 글쓰기가 제한되었습니다`,
} as const;
