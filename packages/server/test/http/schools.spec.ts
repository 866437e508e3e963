import { expect } from 'chai';
import { API, ApiClient, expectError } from '../support/api.js';
import { STORAGES, startOn } from '../support/storages.js';
import type { TestApp } from '../support/test-app.js';

for (const storage of STORAGES) {
  describe(`schools and departments over HTTP (${storage.name})`, function () {
    let app: TestApp;
    let api: ApiClient;

    before(async function () {
      const started = await startOn(storage);
      if (!started) return this.skip();
      app = started;
      api = new ApiClient(app);
    });
    after(async () => {
      await app?.close();
    });

    it('lets an admin add schools and departments, which anyone can list without a token', async () => {
      const admin = await api.admin();
      const school = await app.http
        .post(`${API}/schools`)
        .set(admin.auth)
        .send({ name: '한국대학교' })
        .expect(201);
      expect(school.body).to.have.all.keys('id', 'name', 'emailDomains');
      expect(school.body).to.include({ name: '한국대학교' });
      expect(school.body.emailDomains).to.deep.equal([]);
      const dept = await app.http
        .post(`${API}/schools/${school.body.id}/departments`)
        .set(admin.auth)
        .send({ name: '경영학과' })
        .expect(201);
      expect((await app.http.get(`${API}/schools`).expect(200)).body).to.deep.include({
        id: school.body.id,
        name: '한국대학교',
      });
      expect(
        (await app.http.get(`${API}/schools/${school.body.id}/departments`).expect(200)).body,
      ).to.deep.equal([dept.body]);
    });

    it('answers 409 for a duplicate school, or a duplicate department in one school', async () => {
      const admin = await api.admin();
      const a = await app.http.post(`${API}/schools`).set(admin.auth).send({ name: 'Twin U' }).expect(201);
      const b = await app.http.post(`${API}/schools`).set(admin.auth).send({ name: 'Other U' }).expect(201);
      expectError(
        await app.http.post(`${API}/schools`).set(admin.auth).send({ name: 'Twin U' }),
        409,
        'SCHOOL_EXISTS',
      );
      await app.http
        .post(`${API}/schools/${a.body.id}/departments`)
        .set(admin.auth)
        .send({ name: 'Physics' })
        .expect(201);
      expectError(
        await app.http
          .post(`${API}/schools/${a.body.id}/departments`)
          .set(admin.auth)
          .send({ name: 'Physics' }),
        409,
        'DEPARTMENT_EXISTS',
      );
      await app.http
        .post(`${API}/schools/${b.body.id}/departments`)
        .set(admin.auth)
        .send({ name: 'Physics' })
        .expect(201);
    });

    it('refuses non-admins with 403 FORBIDDEN and writes nothing', async () => {
      const school = await api.school();
      const member = await api.signUp(school);
      expectError(
        await app.http.post(`${API}/schools`).set(member.auth).send({ name: 'Sneaky U' }),
        403,
        'FORBIDDEN',
      );
      expectError(
        await app.http
          .post(`${API}/schools/${school.id}/departments`)
          .set(member.auth)
          .send({ name: 'Sneaky' }),
        403,
        'FORBIDDEN',
      );
      const names = (await app.http.get(`${API}/schools`)).body.map((s: { name: string }) => s.name);
      expect(names).not.to.include('Sneaky U');
    });

    it('answers 404 SCHOOL_NOT_FOUND for departments of an unknown school', async () => {
      const admin = await api.admin();
      expectError(await app.http.get(`${API}/schools/unknown/departments`), 404, 'SCHOOL_NOT_FOUND');
      expectError(
        await app.http.post(`${API}/schools/unknown/departments`).set(admin.auth).send({ name: 'X' }),
        404,
        'SCHOOL_NOT_FOUND',
      );
    });

    it('answers 404 SCHOOL_NOT_FOUND for every read of an unknown school, to admins and members alike', async () => {
      const admin = await api.admin();
      const member = await api.signUp(await api.school());
      const reads = ['/boards', '/posts?q=exam', '/hot', '/best', '/courses?semester=2026-1'];
      for (const id of ['unknown', '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b']) {
        for (const read of reads) {
          for (const who of [admin, member]) {
            const res = await app.http.get(`${API}/schools/${id}${read}`).set(who.auth);
            expectError(res, 404, 'SCHOOL_NOT_FOUND');
          }
        }
      }
      // A school that exists is still closed to members of another one.
      const other = await api.school();
      for (const read of reads) {
        expectError(
          await app.http.get(`${API}/schools/${other.id}${read}`).set(member.auth),
          403,
          'NOT_SCHOOL_MEMBER',
        );
      }
    });

    it('validates names strictly', async () => {
      const admin = await api.admin();
      expectError(
        await app.http.post(`${API}/schools`).set(admin.auth).send({ name: '' }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await app.http.post(`${API}/schools`).set(admin.auth).send({ name: 'A', id: 'mine' }),
        400,
        'VALIDATION_FAILED',
      );
    });
  });
}
