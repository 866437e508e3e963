import { expect } from 'chai';
import { API, ApiClient, expectError, type Member } from '../support/api.js';
import { STORAGES, startOn } from '../support/storages.js';
import type { TestApp } from '../support/test-app.js';

type Times = { day: string; start: string; end: string; room?: string }[];

for (const storage of STORAGES) {
  describe(`courses and reviews over HTTP (${storage.name})`, function () {
    this.timeout(60_000);
    let app: TestApp;
    let api: ApiClient;
    let school: { id: string; departmentId: string };
    let admin: Member;
    let n = 0;

    before(async function () {
      const started = await startOn(storage);
      if (!started) return this.skip();
      app = started;
      api = new ApiClient(app);
      admin = await api.admin();
      school = await api.school();
    });
    after(async () => {
      await app?.close();
    });

    async function course(body: Record<string, unknown> = {}, schoolId = school.id): Promise<{ id: string }> {
      const res = await app.http
        .post(`${API}/schools/${schoolId}/courses`)
        .set(admin.auth)
        .send({
          semester: '2026-1',
          code: `CS${++n}`,
          name: '자료구조',
          professor: '김교수',
          credits: 3,
          times: [] as Times,
          ...body,
        });
      expect(res.status, JSON.stringify(res.body)).to.equal(201);
      return res.body;
    }

    it('lets admins add a course, with every field shown; a duplicate code in a semester is 409', async () => {
      const member = await api.signUp(school);
      const times = [
        { day: 'MON', start: '09:00', end: '10:30', room: '공학관 101' },
        { day: 'WED', start: '09:00', end: '10:30' },
      ];
      const res = await app.http
        .post(`${API}/schools/${school.id}/courses`)
        .set(admin.auth)
        .send({
          semester: '2026-1',
          code: 'CSE2010',
          name: 'Data Structures',
          professor: 'Ada Lovelace',
          credits: 3,
          times,
        })
        .expect(201);
      expect(res.body).to.deep.equal({
        id: res.body.id,
        schoolId: school.id,
        semester: '2026-1',
        code: 'CSE2010',
        name: 'Data Structures',
        professor: 'Ada Lovelace',
        credits: 3,
        times,
        averageRating: null,
        reviewCount: 0,
      });
      expect(
        (await app.http.get(`${API}/courses/${res.body.id}`).set(member.auth).expect(200)).body,
      ).to.deep.equal(res.body);
      expectError(
        await app.http
          .post(`${API}/schools/${school.id}/courses`)
          .set(admin.auth)
          .send({ semester: '2026-1', code: 'CSE2010', name: 'x', professor: 'y', credits: 1, times: [] }),
        409,
        'COURSE_EXISTS',
      );
      await course({ semester: '2026-2', code: 'CSE2010' });
      expectError(
        await app.http
          .post(`${API}/schools/${school.id}/courses`)
          .set(member.auth)
          .send({ semester: '2026-1', code: 'X1', name: 'x', professor: 'y', credits: 1, times: [] }),
        403,
        'FORBIDDEN',
      );
      expectError(await app.http.get(`${API}/courses/nope`).set(member.auth), 404, 'COURSE_NOT_FOUND');
    });

    it('shows a course to members of its school and to admins; a member of another school gets 403 NOT_SCHOOL_MEMBER', async () => {
      const { id } = await course();
      const [member, outsider] = [await api.signUp(school), await api.signUp(await api.school())];
      expect((await app.http.get(`${API}/courses/${id}`).set(member.auth).expect(200)).body.id).to.equal(id);
      expect((await app.http.get(`${API}/courses/${id}`).set(admin.auth).expect(200)).body.id).to.equal(id);
      const refused = await app.http.get(`${API}/courses/${id}`).set(outsider.auth);
      expectError(refused, 403, 'NOT_SCHOOL_MEMBER');
      expect(JSON.stringify(refused.body)).not.to.match(/averageRating|reviewCount/);
      expectError(await app.http.get(`${API}/courses/${id}%20`).set(member.auth), 404, 'COURSE_NOT_FOUND');
    });

    it('validates semesters, credits and meeting times', async () => {
      const bad: Record<string, unknown>[] = [
        { semester: '2026-3' },
        { semester: '26-1' },
        { credits: 10 },
        { credits: 2.5 },
        { times: [{ day: 'MON', start: '10:00', end: '09:00' }] },
        { times: [{ day: 'MON', start: '24:00', end: '25:00' }] },
        { times: [{ day: 'XYZ', start: '09:00', end: '10:00' }] },
        { averageRating: 5 },
      ];
      for (const patch of bad) {
        const res = await app.http
          .post(`${API}/schools/${school.id}/courses`)
          .set(admin.auth)
          .send({
            semester: '2026-1',
            code: `BAD${++n}`,
            name: 'x',
            professor: 'y',
            credits: 1,
            times: [],
            ...patch,
          });
        expectError(res, 400, 'VALIDATION_FAILED');
      }
    });

    it('searches by name or code and by professor, case-insensitively, wildcards literal, paged', async () => {
      const other = await api.school();
      const member = await api.signUp(other);
      const ids = [
        (
          await course(
            { semester: '2026-summer', code: 'MATH101', name: 'Calculus I', professor: 'Grace Hopper' },
            other.id,
          )
        ).id,
        (
          await course(
            { semester: '2026-summer', code: 'MATH102', name: 'Calculus II', professor: 'Grace Hopper' },
            other.id,
          )
        ).id,
        (
          await course(
            { semester: '2026-summer', code: 'PHYS_1', name: '100% Physics', professor: 'Marie Curie' },
            other.id,
          )
        ).id,
      ];
      const search = async (query: Record<string, string | number>) =>
        (
          await app.http
            .get(`${API}/schools/${other.id}/courses`)
            .query({ semester: '2026-summer', ...query })
            .set(member.auth)
            .expect(200)
        ).body;
      expect((await search({ q: 'calculus' })).items.map((c: { id: string }) => c.id)).to.deep.equal(
        ids.slice(0, 2),
      );
      expect((await search({ q: 'math102' })).items.map((c: { id: string }) => c.id)).to.deep.equal([ids[1]]);
      expect((await search({ professor: 'hopper' })).items).to.have.length(2);
      expect((await search({ q: '100%' })).items.map((c: { id: string }) => c.id)).to.deep.equal([ids[2]]);
      expect((await search({ q: 'S_1' })).items.map((c: { id: string }) => c.id)).to.deep.equal([ids[2]]);
      expect((await search({ q: 'S_' })).items).to.have.length(1);
      const first = await search({ limit: 2 });
      const second = await search({ limit: 2, cursor: first.nextCursor });
      expect([...first.items, ...second.items].map((c: { id: string }) => c.id)).to.deep.equal(ids);
      expect(second.nextCursor).to.equal(null);
      expectError(
        await app.http.get(`${API}/schools/${other.id}/courses`).set(member.auth),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await app.http.get(`${API}/schools/${school.id}/courses?semester=2026-1`).set(member.auth),
        403,
        'NOT_SCHOOL_MEMBER',
      );
    });

    it('takes one review per member, anonymous to others, and keeps the average right after every change', async () => {
      const c = await course();
      const [a, b, outsider] = [
        await api.signUp(school),
        await api.signUp(school),
        await api.signUp(await api.school()),
      ];
      const review = await app.http
        .post(`${API}/courses/${c.id}/reviews`)
        .set(a.auth)
        .send({ rating: 5, content: '최고의 강의' })
        .expect(201);
      expect(review.body).to.have.all.keys('id', 'rating', 'content', 'isMine', 'createdAt');
      expect(review.body).to.include({ rating: 5, isMine: true });
      expectError(
        await app.http
          .post(`${API}/courses/${c.id}/reviews`)
          .set(a.auth)
          .send({ rating: 4, content: '다시' }),
        409,
        'ALREADY_REVIEWED',
      );
      expectError(
        await app.http
          .post(`${API}/courses/${c.id}/reviews`)
          .set(outsider.auth)
          .send({ rating: 4, content: 'x' }),
        403,
        'NOT_SCHOOL_MEMBER',
      );
      for (const bad of [
        { rating: 0, content: 'x' },
        { rating: 6, content: 'x' },
        { rating: 4.5, content: 'x' },
        { rating: 3, content: '' },
      ]) {
        expectError(
          await app.http.post(`${API}/courses/${c.id}/reviews`).set(b.auth).send(bad),
          400,
          'VALIDATION_FAILED',
        );
      }
      await app.http
        .post(`${API}/courses/${c.id}/reviews`)
        .set(b.auth)
        .send({ rating: 2, content: '어려워요' })
        .expect(201);
      const list = await app.http.get(`${API}/courses/${c.id}/reviews`).set(b.auth).expect(200);
      expect(list.body).to.include({ averageRating: 3.5, reviewCount: 2 });
      expect(list.body.items.map((r: { isMine: boolean }) => r.isMine)).to.deep.equal([true, false]);
      expect(JSON.stringify(list.body)).not.to.contain(a.id);
      expectError(
        await app.http.patch(`${API}/reviews/${review.body.id}`).set(b.auth).send({ rating: 1 }),
        403,
        'NOT_AUTHOR',
      );
      await app.http.patch(`${API}/reviews/${review.body.id}`).set(a.auth).send({ rating: 4 }).expect(200);
      expect((await app.http.get(`${API}/courses/${c.id}`).set(a.auth)).body).to.include({
        averageRating: 3,
        reviewCount: 2,
      });
      expectError(await app.http.delete(`${API}/reviews/${review.body.id}`).set(b.auth), 403, 'NOT_AUTHOR');
      await app.http.delete(`${API}/reviews/${review.body.id}`).set(a.auth).expect(204);
      expect((await app.http.get(`${API}/courses/${c.id}`).set(a.auth)).body).to.include({
        averageRating: 2,
        reviewCount: 1,
      });
      expectError(
        await app.http.delete(`${API}/reviews/${review.body.id}`).set(a.auth),
        404,
        'REVIEW_NOT_FOUND',
      );
    });

    it('rounds the average to one decimal', async () => {
      const c = await course();
      for (const rating of [5, 4, 4]) {
        const m = await api.signUp(school);
        await app.http
          .post(`${API}/courses/${c.id}/reviews`)
          .set(m.auth)
          .send({ rating, content: 'ok' })
          .expect(201);
      }
      expect((await app.http.get(`${API}/courses/${c.id}`).set(admin.auth)).body.averageRating).to.equal(4.3);
    });

    it('lets concurrent duplicate reviews leave exactly one, with the counters right', async () => {
      const c = await course();
      const m = await api.signUp(school);
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          app.http
            .post(`${API}/courses/${c.id}/reviews`)
            .set(m.auth)
            .send({ rating: 1 + (i % 5), content: `r${i}` }),
        ),
      );
      expect(results.map((r) => r.status).sort()).to.deep.equal([201, ...Array(7).fill(409)]);
      const winner = results.find((r) => r.status === 201)!.body.rating as number;
      expect((await app.http.get(`${API}/courses/${c.id}`).set(m.auth)).body).to.include({
        reviewCount: 1,
        averageRating: winner,
      });
    });
  });
}
