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
      expect(school.body).to.have.all.keys('id', 'name');
      expect(school.body.name).to.equal('한국대학교');
      const dept = await app.http
        .post(`${API}/schools/${school.body.id}/departments`)
        .set(admin.auth)
        .send({ name: '경영학과' })
        .expect(201);
      expect((await app.http.get(`${API}/schools`).expect(200)).body).to.deep.include(school.body);
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
