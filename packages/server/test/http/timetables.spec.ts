import { expect } from 'chai';
import { API, ApiClient, expectError, type Member } from '../support/api.js';
import { STORAGES, startOn } from '../support/storages.js';
import type { TestApp } from '../support/test-app.js';

const slot = (day: string, start: string, end: string) => [{ day, start, end }];

for (const storage of STORAGES) {
  describe(`timetables over HTTP (${storage.name})`, function () {
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

    async function course(
      times: unknown[],
      extra: Record<string, unknown> = {},
      schoolId = school.id,
    ): Promise<string> {
      const res = await app.http
        .post(`${API}/schools/${schoolId}/courses`)
        .set(admin.auth)
        .send({
          semester: '2026-1',
          code: `T${++n}`,
          name: `Course ${n}`,
          professor: 'P',
          credits: 3,
          times,
          ...extra,
        });
      expect(res.status, JSON.stringify(res.body)).to.equal(201);
      return res.body.id as string;
    }
    const create = (m: Member, body: Record<string, unknown> = {}) =>
      app.http
        .post(`${API}/timetables`)
        .set(m.auth)
        .send({ semester: '2026-1', ...body });
    const mine = async (m: Member) =>
      (await app.http.get(`${API}/me/timetables?semester=2026-1`).set(m.auth).expect(200)).body;
    const befriend = async (a: Member, b: Member) => {
      await app.http.post(`${API}/friends/requests`).set(a.auth).send({ username: b.username }).expect(201);
      await app.http.post(`${API}/friends/requests`).set(b.auth).send({ username: a.username }).expect(200);
    };

    it('names timetables 시간표1, 시간표2…, makes the first primary, and refuses a taken name', async () => {
      const m = await api.signUp(school);
      const first = await create(m).expect(201);
      expect(first.body).to.deep.include({
        semester: '2026-1',
        name: '시간표1',
        visibility: 'private',
        isPrimary: true,
        courses: [],
        totalCredits: 0,
      });
      expect(first.body.owner).to.deep.equal({ id: m.id, username: m.username, nickname: m.nickname });
      expect((await create(m).expect(201)).body).to.include({ name: '시간표2', isPrimary: false });
      expectError(await create(m, { name: '시간표1' }), 409, 'TIMETABLE_NAME_TAKEN');
      expect((await create(m, { semester: '2026-2' }).expect(201)).body).to.include({
        name: '시간표1',
        isPrimary: true,
      });
      expectError(await create(m, { semester: '2026-3' }), 400, 'VALIDATION_FAILED');
      expectError(await create(m, { visibility: 'everyone' }), 400, 'VALIDATION_FAILED');
    });

    it('moves the primary mark, and passes it to the oldest remaining one when the primary is deleted', async () => {
      const m = await api.signUp(school);
      const [a, b, c] = [(await create(m)).body.id, (await create(m)).body.id, (await create(m)).body.id];
      await app.http.patch(`${API}/timetables/${c}`).set(m.auth).send({ isPrimary: true }).expect(200);
      const marks = (await mine(m)).map((t: { id: string; isPrimary: boolean }) => [t.id, t.isPrimary]);
      expect(marks).to.deep.equal([
        [a, false],
        [b, false],
        [c, true],
      ]);
      expectError(
        await app.http.patch(`${API}/timetables/${a}`).set(m.auth).send({ isPrimary: false }),
        400,
        'VALIDATION_FAILED',
      );
      await app.http.delete(`${API}/timetables/${c}`).set(m.auth).expect(204);
      expect(
        (await mine(m)).map((t: { id: string; isPrimary: boolean }) => [t.id, t.isPrimary]),
      ).to.deep.equal([
        [a, true],
        [b, false],
      ]);
      await app.http.delete(`${API}/timetables/${b}`).set(m.auth).expect(204);
      expect((await mine(m)).map((t: { isPrimary: boolean }) => t.isPrimary)).to.deep.equal([true]);
    });

    it('adds courses in the documented order of checks, naming every clashing course', async () => {
      const m = await api.signUp(school);
      const tt = (await create(m)).body.id;
      const add = (courseId: string) =>
        app.http.post(`${API}/timetables/${tt}/courses`).set(m.auth).send({ courseId });
      const mon9 = await course(slot('MON', '09:00', '10:30'));
      const mon1030 = await course(slot('MON', '10:30', '12:00'));
      const added = await add(mon9).expect(200);
      expect(added.body.totalCredits).to.equal(3);
      await add(mon1030).expect(200);
      const spanning = await course([{ day: 'MON', start: '10:00', end: '11:00' }]);
      const clash = await add(spanning);
      expectError(clash, 409, 'TIMETABLE_CONFLICT');
      const details = clash.body.error.details as { path: string; courseId: string; message: string }[];
      expect(details.map((d) => d.courseId).sort()).to.deep.equal([mon9, mon1030].sort());
      expect(details.every((d) => d.path === 'courseId')).to.equal(true);
      // The person reads which courses clash and when: code, name, day and hours on both sides.
      expect(clash.body.error.message).to.match(
        /^T\d+ Course \d+ \(MON 10:00–11:00\) clashes with T\d+ Course \d+ \(MON 09:00–10:30\) and T\d+ Course \d+ \(MON 10:30–12:00\)/,
      );
      expect(details.map((d) => d.message).join('\n')).to.contain(
        'MON 09:00–10:30, which overlaps MON 10:00–11:00',
      );
      expectError(await add(mon9), 409, 'COURSE_ALREADY_ADDED');
      expectError(
        await add(await course(slot('TUE', '09:00', '10:00'), { semester: '2026-2' })),
        400,
        'SEMESTER_MISMATCH',
      );
      const foreign = await course(
        slot('MON', '09:00', '10:30'),
        { semester: '2026-2' },
        (await api.school()).id,
      );
      expectError(await add(foreign), 404, 'COURSE_NOT_FOUND');
      expectError(await add('no-such-course'), 404, 'COURSE_NOT_FOUND');
      const removed = await app.http
        .delete(`${API}/timetables/${tt}/courses/${mon9}`)
        .set(m.auth)
        .expect(200);
      expect(removed.body.courses.map((c: { id: string }) => c.id)).to.deep.equal([mon1030]);
      expect(removed.body.totalCredits).to.equal(3);
      await add(spanning).expect(409);
    });

    it('shows a timetable by its visibility on both read paths; unfriending takes effect at once', async () => {
      const [owner, friend, stranger] = [
        await api.signUp(school),
        await api.signUp(school),
        await api.signUp(school),
      ];
      await befriend(owner, friend);
      const tt = (await create(owner)).body.id;
      const read = (m: Member) => app.http.get(`${API}/timetables/${tt}`).set(m.auth);
      const primary = (m: Member) =>
        app.http.get(`${API}/users/${owner.username}/timetable?semester=2026-1`).set(m.auth);
      await read(owner).expect(200);
      for (const m of [friend, stranger]) {
        expectError(await read(m), 404, 'TIMETABLE_NOT_FOUND');
        expectError(await primary(m), 404, 'TIMETABLE_NOT_FOUND');
      }
      await app.http
        .patch(`${API}/timetables/${tt}`)
        .set(owner.auth)
        .send({ visibility: 'friends' })
        .expect(200);
      await read(friend).expect(200);
      await primary(friend).expect(200);
      expectError(await read(stranger), 404, 'TIMETABLE_NOT_FOUND');
      await app.http.delete(`${API}/friends/${owner.id}`).set(friend.auth).expect(204);
      expectError(await read(friend), 404, 'TIMETABLE_NOT_FOUND');
      expectError(await primary(friend), 404, 'TIMETABLE_NOT_FOUND');
      await app.http
        .patch(`${API}/timetables/${tt}`)
        .set(owner.auth)
        .send({ visibility: 'public' })
        .expect(200);
      await read(stranger).expect(200);
      expect((await primary(stranger).expect(200)).body.id).to.equal(tt);
      expectError(
        await app.http.get(`${API}/users/nobody_here/timetable?semester=2026-1`).set(stranger.auth),
        404,
        'USER_NOT_FOUND',
      );
      expectError(
        await app.http.get(`${API}/users/${owner.username}/timetable?semester=2026-3`).set(stranger.auth),
        400,
        'VALIDATION_FAILED',
      );
    });

    it('answers a user’s primary timetable of their latest semester when no semester is named', async () => {
      const [owner, other] = [await api.signUp(school), await api.signUp(school)];
      const primary = () => app.http.get(`${API}/users/${owner.username}/timetable`).set(other.auth);
      expectError(await primary(), 404, 'TIMETABLE_NOT_FOUND');
      const ids: Record<string, string> = {};
      for (const semester of ['2026-1', '2025-winter', '2026-summer', '2026-2', '2025-2']) {
        ids[semester] = (await create(owner, { semester, visibility: 'public' }).expect(201)).body.id;
      }
      // Not primary: the first of its semester is.
      await create(owner, { semester: '2026-2', visibility: 'public' }).expect(201);
      const latest = (await primary().expect(200)).body;
      expect(latest).to.include({ id: ids['2026-2'], semester: '2026-2', isPrimary: true });
      await app.http
        .patch(`${API}/timetables/${ids['2026-2']}`)
        .set(owner.auth)
        .send({ visibility: 'private' });
      expectError(await primary(), 404, 'TIMETABLE_NOT_FOUND');
      const own = app.http.get(`${API}/users/${owner.username}/timetable`).set(owner.auth);
      expect((await own.expect(200)).body.id).to.equal(ids['2026-2']);
    });

    it('lets only the owner change or delete a timetable', async () => {
      const [owner, other] = [await api.signUp(school), await api.signUp(school)];
      const tt = (await create(owner, { visibility: 'public' })).body.id;
      expectError(
        await app.http.patch(`${API}/timetables/${tt}`).set(other.auth).send({ name: 'mine' }),
        404,
        'TIMETABLE_NOT_FOUND',
      );
      expectError(
        await app.http.delete(`${API}/timetables/${tt}`).set(other.auth),
        404,
        'TIMETABLE_NOT_FOUND',
      );
      expectError(
        await app.http.post(`${API}/timetables/${tt}/courses`).set(other.auth).send({ courseId: 'x' }),
        404,
        'TIMETABLE_NOT_FOUND',
      );
      const renamed = await app.http
        .patch(`${API}/timetables/${tt}`)
        .set(owner.auth)
        .send({ name: '내 시간표' })
        .expect(200);
      expect(renamed.body.name).to.equal('내 시간표');
    });

    it('keeps exactly one primary when make-primary calls race', async () => {
      const m = await api.signUp(school);
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push((await create(m)).body.id);
      await Promise.all(
        ids.map((id) =>
          app.http.patch(`${API}/timetables/${id}`).set(m.auth).send({ isPrimary: true }).expect(200),
        ),
      );
      expect((await mine(m)).filter((t: { isPrimary: boolean }) => t.isPrimary)).to.have.length(1);
    });

    it('lets at most one of two concurrent clashing adds in', async () => {
      const m = await api.signUp(school);
      const tt = (await create(m)).body.id;
      const [x, y] = [
        await course(slot('FRI', '13:00', '15:00')),
        await course(slot('FRI', '14:00', '16:00')),
      ];
      const results = await Promise.all(
        [x, y, x, y].map((courseId) =>
          app.http.post(`${API}/timetables/${tt}/courses`).set(m.auth).send({ courseId }),
        ),
      );
      expect(results.filter((r) => r.status === 200)).to.have.length(1);
      expect((await app.http.get(`${API}/timetables/${tt}`).set(m.auth)).body.courses).to.have.length(1);
    });

    it('makes the first of concurrent creations the only primary', async () => {
      const m = await api.signUp(school);
      const results = await Promise.all(Array.from({ length: 4 }, (_, i) => create(m, { name: `동시${i}` })));
      expect(results.map((r) => r.status)).to.deep.equal([201, 201, 201, 201]);
      expect((await mine(m)).filter((t: { isPrimary: boolean }) => t.isPrimary)).to.have.length(1);
    });
  });
}
