/*
 * A small client written the way an app would write one: against types generated from the served
 * OpenAPI document (`./campus-api.js`, written next to this file by openapi-client.spec.ts) with
 * openapi-fetch. The spec only type-checks it: if the document's paths, parameters, bodies or
 * answers stop describing what a client needs, this stops compiling.
 */
import createClient from 'openapi-fetch';
import type { components, paths } from './campus-api.js';

type Me = components['schemas']['Me'];
type Post = components['schemas']['Post'];
type Comment = components['schemas']['Comment'];
type ErrorBody = components['schemas']['Error'];

export interface Thread {
  me: Me;
  post: Post;
  comments: Comment[];
  deviceToken: string;
}

/** Signs up, logs in, writes a post, comments on it and reads the thread back. */
export async function writeAndReadThread(baseUrl: string): Promise<Thread> {
  const api = createClient<paths>({ baseUrl });

  const schools = await api.GET('/api/v1/schools');
  const school = schools.data?.[0];
  if (!school) throw new Error('No school to join.');
  const departments = await api.GET('/api/v1/schools/{schoolId}/departments', {
    params: { path: { schoolId: school.id } },
  });
  const department = departments.data?.[0];
  if (!department) throw new Error('No department to join.');

  const signUp = await api.POST('/api/v1/auth/signup', {
    params: { header: { 'Idempotency-Key': 'signup-minji-1' } },
    body: {
      username: 'minji_kim',
      password: 'sogang2026!',
      email: 'minji.kim@sogang.ac.kr',
      nickname: '새내기민지',
      schoolId: school.id,
      departmentId: department.id,
    },
  });
  if (signUp.error) throw failure(signUp.error);
  const joined: Me = signUp.data.user;

  const logIn = await api.POST('/api/v1/auth/login', {
    body: { username: joined.username, password: 'sogang2026!' },
  });
  if (logIn.error) throw failure(logIn.error);
  // Kept for later logins, so that failed logins elsewhere never lock this device out.
  const deviceToken: string = logIn.data.deviceToken;
  const headers = { Authorization: `Bearer ${logIn.data.accessToken}` };

  const boards = await api.GET('/api/v1/schools/{schoolId}/boards', {
    params: { path: { schoolId: school.id } },
    headers,
  });
  if (boards.error) throw failure(boards.error);
  const board = boards.data[0];
  if (!board) throw new Error('No board to write on.');

  const created = await api.POST('/api/v1/boards/{boardId}/posts', {
    params: { path: { boardId: board.id } },
    headers,
    body: { title: '중앙도서관 콘센트 자리 있나요?', content: '3층 열람실 창가 쪽이요.', isQuestion: true },
  });
  if (created.error) throw failure(created.error);
  const postId = created.data.id;

  const comment = await api.POST('/api/v1/posts/{postId}/comments', {
    params: { path: { postId } },
    headers,
    body: { content: '맨 끝 줄 책상 밑에 있어요!' },
  });
  if (comment.error) throw failure(comment.error);
  const reply = await api.POST('/api/v1/posts/{postId}/comments', {
    params: { path: { postId } },
    headers,
    body: { content: '감사합니다!', parentId: comment.data.id, isAnonymous: false },
  });
  if (reply.error) throw failure(reply.error);

  const read = await api.GET('/api/v1/posts/{postId}', { params: { path: { postId } }, headers });
  if (read.error) throw failure(read.error);
  const comments = await api.GET('/api/v1/posts/{postId}/comments', {
    params: { path: { postId } },
    headers,
  });
  if (comments.error) throw failure(comments.error);

  const names: string[] = read.data.comments.map((c) => c.author?.displayName ?? '(삭제됨)');
  const replies: number = comments.data.reduce((n, c) => n + (c.replies?.length ?? 0), 0);
  void names;
  void replies;
  return { me: logIn.data.user, post: read.data, comments: comments.data, deviceToken };
}

function failure(body: ErrorBody): Error {
  return new Error(`${body.error.code}: ${body.error.message}`);
}
