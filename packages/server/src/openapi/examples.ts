/*
 * Examples for the OpenAPI document: one small, consistent campus (a school, two members, a board
 * thread, a course and a timetable), so that the ids in one example lead to the others. Routes
 * name these in their `examples`; a test checks that each one passes its schema.
 */

export const EXAMPLE_IDS = {
  school: '0193a4e2-7b10-7c4e-8a51-3f2d9b6c1e01',
  department: '0193a4e2-7b2c-7d18-9b07-6e4a2c8f5d02',
  minji: '0193a4e3-0c55-7a9d-8e2f-1b7c3d5a9f03',
  junho: '0193a4e3-1d8a-7f02-b4c6-8a2e5f7d1c04',
  board: '0193a4e2-9f41-7b63-a0d8-2c5e7f9b3a05',
  post: '0193a512-4c7e-7e91-8b3a-6d1f4e8c2b06',
  comment: '0193a518-2a6d-7c05-9f4b-3e8a1d6c7f07',
  reply: '0193a51a-6b3f-7d28-a1c9-5f2e8b4d0a08',
  course: '0193a4f0-3e9b-7a47-8c12-9d6f2a5e4b09',
  review: '0193a530-7d2e-7b91-9c4a-1e6f3b8d5c0a',
  timetable: '0193a541-2f6c-7e08-b3d5-7a9c1e4f2d0b',
  friendRequest: '0193a552-8e1b-7c3f-a6d2-4b7e9c1f3a0c',
  block: '0193a563-4a2d-7b19-8e5f-2c7a9d3b1e0d',
} as const;

const school = { id: EXAMPLE_IDS.school, name: '서강대학교' };
const department = { id: EXAMPLE_IDS.department, name: '컴퓨터공학과' };

export const EXAMPLE_SCHOOLS = [school, { id: '0193a4e2-7b11-7a02-9d3e-5c1f8b2a6e0d', name: '연세대학교' }];
export const EXAMPLE_DEPARTMENTS = [
  department,
  { id: '0193a4e2-7b2d-7f40-8c19-2e7a5d3b9f0e', name: '경영학과' },
];

export const EXAMPLE_USER = { id: EXAMPLE_IDS.junho, username: 'junho_park', nickname: '정문앞붕어빵' };
const minjiUser = { id: EXAMPLE_IDS.minji, username: 'minji_kim', nickname: '새내기민지' };

export const EXAMPLE_ME = {
  ...minjiUser,
  email: 'minji.kim@sogang.ac.kr',
  role: 'user',
  school,
  department,
  joinedAt: '2026-03-02T00:15:42.000Z',
  verified: true,
  restrictedUntil: null,
};

export const EXAMPLE_TOKENS = {
  accessToken:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwMTkzYTRlMy0wYzU1LTdhOWQtOGUyZi0xYjdjM2Q1YTlmMDMiLCJzaWQiOiIwMTkzYTVmMC0yYjNjLTdkNGUtOWY1YS02YjdjOGQ5ZTBmMTEiLCJpYXQiOjE3OTY2MjQwMDAsImV4cCI6MTc5NjYyNTgwMH0.Xq2v7wKx9dUu0xJmQpX1bq6Yd8u0S0bVvJxM7u4kQyE',
  refreshToken: '0193a5f0-2b3c-7d4e-9f5a-6b7c8d9e0f11.q8ZtN3xWc5Lr0VbH7kYs2PfJ9mDa4GuE',
};

export const EXAMPLE_SIGN_UP = {
  username: 'minji_kim',
  password: 'sogang2026!',
  email: 'minji.kim@sogang.ac.kr',
  nickname: '새내기민지',
  schoolId: EXAMPLE_IDS.school,
  departmentId: EXAMPLE_IDS.department,
};
export const EXAMPLE_SESSION = { ...EXAMPLE_TOKENS, user: EXAMPLE_ME };
export const EXAMPLE_LOG_IN = { username: 'minji_kim', password: 'sogang2026!' };
export const EXAMPLE_LOG_IN_RESPONSE = {
  ...EXAMPLE_SESSION,
  deviceToken: 'dv1.0193a5f0-2b3c-7d4e.Hk3Xb9qLr2VtN8wYc4Pm6sDfA1Ge',
};
export const EXAMPLE_PROFILE = { ...EXAMPLE_USER, joinedAt: '2025-03-04T01:20:00.000Z' };

export const EXAMPLE_BOARD = {
  id: EXAMPLE_IDS.board,
  name: '자유게시판',
  description: '서강인이라면 누구나 자유롭게 이야기하는 곳',
};
export const EXAMPLE_BOARDS = [
  EXAMPLE_BOARD,
  { id: '0193a4e2-9f42-7c10-b2e4-8d1a6f3c5e0f', name: '새내기게시판', description: '새내기들의 질문과 수다' },
];

const anonymous = { id: null, displayName: '익명', isAnonymous: true, isPostAuthor: false };
const createdAt = '2026-12-07T09:12:30.000Z';

export const EXAMPLE_CREATE_POST = {
  title: '중앙도서관 3층 열람실 콘센트 자리 있나요?',
  content:
    '시험기간이라 노트북 충전할 자리가 필요한데, 3층 열람실 창가 쪽에 콘센트 있는 자리 아시는 분 계신가요?',
  isAnonymous: true,
  isQuestion: true,
};
export const EXAMPLE_SUMMARY = {
  id: EXAMPLE_IDS.post,
  boardId: EXAMPLE_IDS.board,
  title: EXAMPLE_CREATE_POST.title,
  contentPreview: EXAMPLE_CREATE_POST.content,
  author: anonymous,
  isQuestion: true,
  likeCount: 12,
  commentCount: 2,
  scrapCount: 3,
  isHot: true,
  createdAt,
};
export const EXAMPLE_SUMMARY_PAGE = {
  items: [EXAMPLE_SUMMARY],
  nextCursor: 'WzE3OTY2MzM1NTAwMDAsIjAxOTNhNTEyLTRjN2UtN2U5MS04YjNhLTZkMWY0ZThjMmIwNiJd',
};

export const EXAMPLE_CREATE_COMMENT = {
  content: '창가 쪽 맨 끝 줄 책상 밑에 있어요! 아침 9시 전에 가야 자리 있어요.',
  isAnonymous: true,
};
export const EXAMPLE_REPLY_BODY = {
  content: '감사합니다! 내일 일찍 가볼게요 🙏',
  isAnonymous: true,
  parentId: EXAMPLE_IDS.comment,
};
const reply = {
  id: EXAMPLE_IDS.reply,
  postId: EXAMPLE_IDS.post,
  parentId: EXAMPLE_IDS.comment,
  content: EXAMPLE_REPLY_BODY.content,
  author: { id: null, displayName: '익명(글쓴이)', isAnonymous: true, isPostAuthor: true },
  likeCount: 0,
  isDeleted: false,
  isBlocked: false,
  isMine: true,
  createdAt: '2026-12-07T09:31:05.000Z',
  updatedAt: '2026-12-07T09:31:05.000Z',
};
export const EXAMPLE_REPLY = reply;
export const EXAMPLE_COMMENT = {
  id: EXAMPLE_IDS.comment,
  postId: EXAMPLE_IDS.post,
  parentId: null,
  content: EXAMPLE_CREATE_COMMENT.content,
  author: { id: null, displayName: '익명1', isAnonymous: true, isPostAuthor: false },
  likeCount: 4,
  isDeleted: false,
  isBlocked: false,
  isMine: false,
  createdAt: '2026-12-07T09:20:44.000Z',
  updatedAt: '2026-12-07T09:20:44.000Z',
  replies: [reply],
};
export const EXAMPLE_NEW_COMMENT = { ...EXAMPLE_COMMENT, likeCount: 0, isMine: true, replies: [] };

const { contentPreview: _preview, ...summaryFields } = EXAMPLE_SUMMARY;
export const EXAMPLE_POST = {
  ...summaryFields,
  board: { id: EXAMPLE_BOARD.id, name: EXAMPLE_BOARD.name },
  content: EXAMPLE_CREATE_POST.content,
  updatedAt: createdAt,
  viewer: { isAuthor: true, liked: false, scrapped: false, reported: false },
  comments: [EXAMPLE_COMMENT],
};
export const EXAMPLE_NEW_POST = {
  ...EXAMPLE_POST,
  likeCount: 0,
  commentCount: 0,
  scrapCount: 0,
  isHot: false,
  comments: [],
};
export const EXAMPLE_UPDATE_POST = {
  content: `${EXAMPLE_CREATE_POST.content}\n(추가) 4층도 괜찮아요!`,
};

export const EXAMPLE_CREATE_COURSE = {
  semester: '2026-2',
  code: 'CSE2003',
  name: '자료구조',
  professor: '김서연',
  credits: 3,
  times: [
    { day: 'MON', start: '10:30', end: '11:45', room: 'AS관 512' },
    { day: 'WED', start: '10:30', end: '11:45', room: 'AS관 512' },
  ],
};
export const EXAMPLE_COURSE = {
  id: EXAMPLE_IDS.course,
  schoolId: EXAMPLE_IDS.school,
  ...EXAMPLE_CREATE_COURSE,
  averageRating: 4.3,
  reviewCount: 18,
};
export const EXAMPLE_COURSE_PAGE = { items: [EXAMPLE_COURSE], nextCursor: null };

export const EXAMPLE_CREATE_REVIEW = {
  rating: 4,
  content: '과제는 많지만 교수님 설명이 정말 친절하세요. 중간고사는 족보랑 비슷하게 나왔어요.',
};
export const EXAMPLE_REVIEW = {
  id: EXAMPLE_IDS.review,
  ...EXAMPLE_CREATE_REVIEW,
  isMine: true,
  createdAt: '2026-12-06T14:02:11.000Z',
};
export const EXAMPLE_REVIEW_PAGE = {
  averageRating: 4.3,
  reviewCount: 18,
  items: [EXAMPLE_REVIEW],
  nextCursor: 'WzE3OTY1Mjk3MzEwMDAsIjAxOTNhNTMwLTdkMmUtN2I5MS05YzRhLTFlNmYzYjhkNWMwYSJd',
};

export const EXAMPLE_CREATE_TIMETABLE = { semester: '2026-2', name: '시간표1', visibility: 'friends' };
export const EXAMPLE_TIMETABLE = {
  id: EXAMPLE_IDS.timetable,
  semester: '2026-2',
  name: '시간표1',
  visibility: 'friends',
  isPrimary: true,
  courses: [EXAMPLE_COURSE],
  totalCredits: 3,
  createdAt: '2026-08-20T12:00:00.000Z',
  owner: minjiUser,
};
export const EXAMPLE_EMPTY_TIMETABLE = { ...EXAMPLE_TIMETABLE, courses: [], totalCredits: 0 };

export const EXAMPLE_FRIEND_REQUEST = {
  id: EXAMPLE_IDS.friendRequest,
  from: minjiUser,
  to: EXAMPLE_USER,
  createdAt: '2026-12-05T11:45:00.000Z',
};
export const EXAMPLE_FRIENDSHIP = { friend: EXAMPLE_USER, since: '2026-12-05T12:03:27.000Z' };

export const EXAMPLE_BLOCK = { id: EXAMPLE_IDS.block, label: '익명', createdAt: '2026-12-07T10:02:13.000Z' };
export const EXAMPLE_BLOCK_PAGE = { items: [EXAMPLE_BLOCK], nextCursor: null };
