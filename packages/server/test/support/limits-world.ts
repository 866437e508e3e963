import { expect } from 'chai';
import type { Response } from 'supertest';
import { API, ApiClient, expectError } from './api.js';
import type { TestApp } from './test-app.js';

/** A school with a board and a course, and three members, built through the API. */
export async function limitsWorld(app: TestApp) {
  const api = new ApiClient(app);
  const school = await api.school();
  const admin = await api.admin();
  const board = await app.http
    .post(`${API}/schools/${school.id}/boards`)
    .set(admin.auth)
    .send({ name: '자유게시판' })
    .expect(201);
  const course = await app.http
    .post(`${API}/schools/${school.id}/courses`)
    .set(admin.auth)
    .send({ semester: '2026-1', code: 'CS101', name: '자료구조', professor: '김교수', credits: 3, times: [] })
    .expect(201);
  const [kim, lee, park] = [await api.signUp(school), await api.signUp(school), await api.signUp(school)];
  return { boardId: board.body.id as string, courseId: course.body.id as string, kim, lee, park };
}

/**
 * A 429 TOO_FAST telling to wait `seconds`, or down to `seconds - slack` where the writes before
 * it waited out Redis deadlines on the real clock (a busy machine can spend a second or more there).
 */
export function tooFast(res: Response, seconds: number, slack = 0): void {
  expectError(res, 429, 'TOO_FAST');
  const wait = Number(res.headers['retry-after']);
  expect(wait, `Retry-After ${res.headers['retry-after']}`).to.be.within(seconds - slack, seconds);
  expect(res.headers['retry-after']).to.equal(String(wait));
}
