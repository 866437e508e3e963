import { expect } from 'chai';
import { API, ApiClient, type Member } from './api.js';
import type { TestApp } from './test-app.js';

/** A school with a board and members, built through the public API. */
export class BoardWorld {
  readonly api: ApiClient;
  school!: { id: string; departmentId: string };
  boardId!: string;
  admin!: Member;

  constructor(readonly app: TestApp) {
    this.api = new ApiClient(app);
  }

  static async create(app: TestApp): Promise<BoardWorld> {
    const world = new BoardWorld(app);
    world.admin = await world.api.admin();
    world.school = await world.api.school();
    world.boardId = await world.board('자유게시판');
    return world;
  }

  get http() {
    return this.app.http;
  }

  async board(name: string, schoolId = this.school.id): Promise<string> {
    const res = await this.http
      .post(`${API}/schools/${schoolId}/boards`)
      .set(this.admin.auth)
      .send({ name, description: `${name} 설명` });
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
    return res.body.id as string;
  }

  member(school = this.school): Promise<Member> {
    return this.api.signUp(school);
  }

  async post(author: Member, body: Record<string, unknown> = {}, boardId = this.boardId): Promise<string> {
    const res = await this.http
      .post(`${API}/boards/${boardId}/posts`)
      .set(author.auth)
      .send({ title: '제목', content: '내용입니다', ...body });
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
    return res.body.id as string;
  }

  async comment(author: Member, postId: string, body: Record<string, unknown> = {}): Promise<string> {
    const res = await this.http
      .post(`${API}/posts/${postId}/comments`)
      .set(author.auth)
      .send({ content: '댓글', ...body });
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
    return res.body.id as string;
  }

  async like(member: Member, postId: string): Promise<void> {
    const res = await this.http.post(`${API}/posts/${postId}/like`).set(member.auth);
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
  }
}
