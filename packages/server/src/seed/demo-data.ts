export interface DemoCourse {
  code: string;
  name: string;
  professor: string;
  credits: number;
  times: { day: 'MON' | 'TUE' | 'WED' | 'THU' | 'FRI'; start: string; end: string; room: string }[];
  reviews: [rating: number, content: string][];
}

export interface DemoPost {
  board: number;
  title: string;
  content: string;
  anonymous: boolean;
  question?: boolean;
  likes: number;
  comments: string[];
}

/** The demo community: enough to see every screen alive, small enough to seed in seconds. */
export const DEMO: {
  school: string;
  departments: string[];
  boards: { name: string; description: string }[];
  members: [username: string, nickname: string][];
  /** A member who writes, then deletes their account: their named post shows `(탈퇴한 사용자)`. */
  departed: { member: [username: string, nickname: string]; post: DemoPost };
  posts: DemoPost[];
  /** A post some members report, so an admin finds it in the moderation queue. */
  reported: { board: number; title: string; content: string; reasons: ('advertising' | 'spam')[] };
  courses: DemoCourse[];
} = {
  school: '캠퍼스대학교',
  departments: ['컴퓨터공학과', '경영학과', '물리학과', '국어국문학과'],
  boards: [
    { name: '자유게시판', description: '무엇이든 자유롭게' },
    { name: '비밀게시판', description: '익명으로 털어놓는 이야기' },
    { name: '새내기게시판', description: '새내기를 위한 질문과 답' },
    { name: '정보게시판', description: '수강신청, 장학금, 행사 정보' },
  ],
  members: [
    ['kim_minjun', '민준'],
    ['lee_seoyeon', '서연'],
    ['park_doyun', '도윤'],
    ['choi_haeun', '하은'],
    ['jung_siwoo', '시우'],
    ['kang_jiwoo', '지우'],
    ['cho_yejun', '예준'],
    ['yoon_subin', '수빈'],
    ['jang_hajun', '하준'],
    ['lim_chaewon', '채원'],
    ['han_jiho', '지호'],
    ['oh_yuna', '유나'],
    ['seo_eunwoo', '은우'],
    ['shin_dahyun', '다현'],
    ['kwon_junseo', '준서'],
    ['hwang_sua', '수아'],
  ],
  departed: {
    member: ['bae_jiyoon', '지윤'],
    post: {
      board: 0,
      title: '졸업합니다, 다들 고마웠어요',
      content: '4년 동안 이 게시판에서 많이 배웠어요. 계정은 정리하고 갑니다.',
      anonymous: false,
      likes: 0,
      comments: ['축하해요!'],
    },
  },
  posts: [
    {
      board: 0,
      title: '중도 3층 콘센트 자리 꿀팁',
      content: '창가 쪽 말고 기둥 뒤 자리에 콘센트가 두 개씩 있어요. 시험기간엔 8시 전에 가야 합니다.',
      anonymous: true,
      likes: 12,
      comments: ['와 몰랐어요 감사합니다', '기둥 뒤 자리 진짜 명당', '저만 알고 싶었는데...'],
    },
    {
      board: 0,
      title: '학식 오늘 돈까스 나옴',
      content: '제2학생회관 학식 돈까스 재고 얼마 안 남았대요. 뛰세요.',
      anonymous: true,
      likes: 7,
      comments: ['벌써 품절ㅠ', '내일도 나오나요?'],
    },
    {
      board: 1,
      title: '전공이 안 맞는 것 같아요',
      content: '2학년인데 전공 수업이 너무 재미가 없어요. 전과 해보신 분 계신가요?',
      anonymous: true,
      likes: 15,
      comments: [
        '저 전과했어요. 학점 관리가 제일 중요해요',
        '복수전공도 방법이에요',
        '상담센터도 추천합니다',
      ],
    },
    {
      board: 2,
      title: '수강신청 팁 알려주세요',
      content: '첫 수강신청인데 서버 시간 맞추는 거 말고 팁 있을까요?',
      anonymous: false,
      question: true,
      likes: 4,
      comments: ['장바구니를 꼭 미리 담아두세요', '교양은 정원 확인 필수'],
    },
    {
      board: 3,
      title: '국가장학금 2차 신청 기간 안내',
      content: '다음 주 금요일 18시까지입니다. 소득분위 서류 미리 준비하세요.',
      anonymous: false,
      likes: 10,
      comments: ['공유 감사합니다!'],
    },
    {
      board: 0,
      title: '동아리 박람회 언제인가요?',
      content: '밴드 동아리 들어가고 싶은데 박람회 일정 아시는 분?',
      anonymous: true,
      likes: 2,
      comments: ['다음 주 수요일 학생회관 앞이요', '밴드부 오디션도 있대요'],
    },
  ],
  reported: {
    board: 0,
    title: '과제 대행 해드립니다',
    content: '레포트, 코딩 과제 전부 대행합니다. 저렴하게 해드려요. 오픈채팅으로 연락 주세요!',
    reasons: ['advertising', 'spam'],
  },
  courses: [
    {
      code: 'CSE2010',
      name: '자료구조',
      professor: '김영희',
      credits: 3,
      times: [
        { day: 'MON', start: '09:00', end: '10:30', room: '공학관 101' },
        { day: 'WED', start: '09:00', end: '10:30', room: '공학관 101' },
      ],
      reviews: [
        [5, '과제가 많지만 정말 많이 배웁니다.'],
        [4, '시험이 공정해요.'],
      ],
    },
    {
      code: 'CSE3080',
      name: '운영체제',
      professor: '이철수',
      credits: 3,
      times: [
        { day: 'TUE', start: '13:00', end: '14:30', room: '공학관 203' },
        { day: 'THU', start: '13:00', end: '14:30', room: '공학관 203' },
      ],
      reviews: [[3, '내용은 좋은데 진도가 빨라요.']],
    },
    {
      code: 'BUS1010',
      name: '경영학원론',
      professor: '박민수',
      credits: 3,
      times: [{ day: 'MON', start: '10:00', end: '12:00', room: '경영관 301' }],
      reviews: [[4, '팀플이 재밌어요.']],
    },
    {
      code: 'PHY1001',
      name: '일반물리학',
      professor: '최지훈',
      credits: 3,
      times: [
        { day: 'TUE', start: '09:00', end: '10:30', room: '과학관 105' },
        { day: 'THU', start: '09:00', end: '10:30', room: '과학관 105' },
      ],
      reviews: [],
    },
    {
      code: 'KOR1050',
      name: '글쓰기의 기초',
      professor: '정수진',
      credits: 2,
      times: [{ day: 'FRI', start: '14:00', end: '16:00', room: '인문관 210' }],
      reviews: [[5, '글쓰기 실력이 확 늘었어요.']],
    },
  ],
};
