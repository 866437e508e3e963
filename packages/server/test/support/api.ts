import { expect } from 'chai';
import type { Response } from 'supertest';
import type { TestApp } from './test-app.js';
import { ADMIN } from './test-app.js';

export const API = '/api/v1';

export function expectError(res: Response, status: number, code: string): void {
  expect(res.status, JSON.stringify(res.body)).to.equal(status);
  expect(res.body).to.have.nested.property('error.code', code);
  expect(res.body.error.message).to.be.a('string');
}

export interface Member {
  id: string;
  username: string;
  nickname: string;
  accessToken: string;
  refreshToken: string;
  auth: { Authorization: string };
}

let counter = 0;

/** Builders that go through the public API only, as a client would. */
export class ApiClient {
  constructor(readonly app: TestApp) {}

  get http() {
    return this.app.http;
  }

  async admin(): Promise<Member> {
    const res = await this.http.post(`${API}/auth/login`).send(ADMIN).expect(200);
    return this.member(res.body);
  }

  async school(name = `School ${++counter}`): Promise<{ id: string; departmentId: string }> {
    const admin = await this.admin();
    const school = await this.http.post(`${API}/schools`).set(admin.auth).send({ name }).expect(201);
    const dept = await this.http
      .post(`${API}/schools/${school.body.id}/departments`)
      .set(admin.auth)
      .send({ name: 'Computer Science' })
      .expect(201);
    return { id: school.body.id, departmentId: dept.body.id };
  }

  async signUp(
    school: { id: string; departmentId: string },
    overrides: Record<string, string> = {},
  ): Promise<Member> {
    const n = ++counter;
    const res = await this.http.post(`${API}/auth/signup`).send({
      username: `user_${n}`,
      password: 'correct horse battery',
      email: `user${n}@example.com`,
      nickname: `nick${n}`,
      schoolId: school.id,
      departmentId: school.departmentId,
      ...overrides,
    });
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
    return this.member(res.body);
  }

  private member(body: {
    user: { id: string; username: string; nickname: string };
    accessToken: string;
    refreshToken: string;
  }): Member {
    return {
      id: body.user.id,
      username: body.user.username,
      nickname: body.user.nickname,
      accessToken: body.accessToken,
      refreshToken: body.refreshToken,
      auth: { Authorization: `Bearer ${body.accessToken}` },
    };
  }
}
