/** Examples for the moderation routes' OpenAPI entries. */
const POST_ID = '0190a1b2-0000-7000-8000-000000000031';

export const EXAMPLE_REPORT_PAGE = {
  items: [
    {
      target: {
        type: 'post',
        id: POST_ID,
        postId: POST_ID,
        boardId: '0190a1b2-0000-7000-8000-000000000011',
        excerpt: '싸게 팝니다! 아래 링크로 연락 주세요',
      },
      hidden: true,
      reportCount: 6,
      reasons: { off_topic: 0, abuse: 0, obscene: 0, advertising: 4, fraud: 0, spam: 2, politics: 0 },
      firstReportedAt: '2026-03-02T09:15:00.000Z',
      lastReportedAt: '2026-03-02T11:40:00.000Z',
      author: { id: '0190a1b2-0000-7000-8000-000000000021', username: 'seller_42' },
      resolution: null,
      resolvedAt: null,
    },
  ],
  nextCursor: null,
};

export const EXAMPLE_RESTORED = { target: { type: 'post', id: POST_ID }, hidden: false, resolvedReports: 6 };
export const EXAMPLE_DISMISSED = { target: { type: 'post', id: POST_ID }, hidden: false, resolvedReports: 2 };

export const EXAMPLE_AUDIT_PAGE = {
  items: [
    {
      id: '0190a1b2-0000-7000-8000-000000000041',
      actorId: '0190a1b2-0000-7000-8000-000000000001',
      action: 'post.restore',
      target: { type: 'post', id: POST_ID },
      detail: { wasHidden: true, resolvedReports: 6 },
      at: '2026-03-02T12:00:00.000Z',
    },
  ],
  nextCursor: 'WzE3NzI0NTI4MDAwMDAsIjAxOTBhMWIyLTAwMDAtNzAwMC04MDAwLTAwMDAwMDAwMDA0MSJd',
};
