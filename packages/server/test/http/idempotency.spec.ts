import { request } from 'node:http';
import { expect } from 'chai';
import { API, expectError, type Member } from '../support/api.js';
import { BoardWorld } from '../support/board-world.js';
import { STORAGES, startOn } from '../support/storages.js';
import type { TestApp } from '../support/test-app.js';

let keys = 0;
const newKey = () => `key-${Date.now()}-${++keys}`;

for (const storage of STORAGES) {
  describe(`Idempotency-Key over HTTP (${storage.name})`, function () {
    let app: TestApp;
    let world: BoardWorld;
    let alice: Member;
    let bob: Member;

    before(async function () {
      const started = await startOn(storage);
      if (!started) return this.skip();
      app = started;
      world = await BoardWorld.create(app);
      [alice, bob] = [await world.member(), await world.member()];
    });
    after(async () => {
      await app?.close();
    });

    const postAs = (
      member: Member,
      key: string | null,
      body: Record<string, unknown>,
      boardId = world.boardId,
    ) => {
      const req = app.http.post(`${API}/boards/${boardId}/posts`).set(member.auth);
      return (key === null ? req : req.set('Idempotency-Key', key)).send(body);
    };
    async function postsTitled(title: string): Promise<string[]> {
      const page = await app.http
        .get(`${API}/boards/${world.boardId}/posts?limit=50`)
        .set(alice.auth)
        .expect(200);
      return (page.body.items as { id: string; title: string }[])
        .filter((p) => p.title === title)
        .map((p) => p.id);
    }

    it('given a created post, when the same request is sent again with its key, then the first answer is replayed and nothing more is created', async () => {
      const key = newKey();
      const body = { title: `replay ${key}`, content: 'once only', isAnonymous: false };
      const first = await postAs(alice, key, body).expect(201);
      expect(first.headers).not.to.have.property('idempotent-replayed');
      const again = await postAs(alice, key, body).expect(201);
      expect(again.headers['idempotent-replayed']).to.equal('true');
      expect(again.headers['content-type']).to.equal(first.headers['content-type']);
      expect(again.text).to.equal(first.text);
      expect(await postsTitled(body.title)).to.deep.equal([first.body.id]);
    });

    it('given a client that went away before its answer, when it retries with its key, then it gets the post it made, made once', async () => {
      const key = newKey();
      const body = { title: `lost ${key}`, content: 'the answer never arrived' };
      // The request is sent whole, and the connection dropped before the answer is read.
      const sent = request(`${app.url}${API}/boards/${world.boardId}/posts`, {
        method: 'POST',
        headers: { ...alice.auth, 'Content-Type': 'application/json', 'Idempotency-Key': key },
      });
      sent.on('error', () => undefined);
      sent.end(JSON.stringify(body), () => setTimeout(() => sent.destroy(), 5));
      let made: string[] = [];
      for (let wait = 0; wait < 40 && made.length === 0; wait++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        made = await postsTitled(body.title);
      }
      expect(made, 'the first attempt was committed').to.have.length(1);
      const retry = await postAs(alice, key, body).expect(201);
      expect(retry.headers['idempotent-replayed']).to.equal('true');
      expect(retry.body.id).to.equal(made[0]);
      expect(await postsTitled(body.title)).to.deep.equal(made);
    });

    it('given a key used for one request, when another body or another path comes with it, then 422 IDEMPOTENCY_KEY_REUSED and nothing is created', async () => {
      const key = newKey();
      const body = { title: `reuse ${key}`, content: 'first' };
      await postAs(alice, key, body).expect(201);
      expectError(await postAs(alice, key, { ...body, content: 'second' }), 422, 'IDEMPOTENCY_KEY_REUSED');
      const other = await world.board(`other ${key}`);
      expectError(await postAs(alice, key, body, other), 422, 'IDEMPOTENCY_KEY_REUSED');
      expect(await postsTitled(body.title)).to.have.length(1);
    });

    it('given a malformed key, then 400 VALIDATION_FAILED naming the header, and nothing is created; other POSTs ignore it', async () => {
      const title = `malformed ${newKey()}`;
      for (const key of ['', 'x'.repeat(256), 'tab\there', 'caf\u00e9']) {
        const res = await postAs(alice, key, { title, content: 'never' });
        expectError(res, 400, 'VALIDATION_FAILED');
        expect(res.body.error.details).to.deep.equal([
          { path: 'Idempotency-Key', message: 'Use 1 to 255 printable ASCII characters.' },
        ]);
      }
      await postAs(alice, `${'~'.repeat(254)}!`, { title, content: 'the longest key' }).expect(201);
      expect(await postsTitled(title)).to.have.length(1);
      // Only creating routes look at the header.
      const login = { username: alice.username, password: 'correct horse battery' };
      await app.http.post(`${API}/auth/login`).set('Idempotency-Key', '').send(login).expect(200);
    });

    it('given the same key from two users, then each gets their own post', async () => {
      const key = newKey();
      const body = { title: `scoped ${key}`, content: 'mine' };
      const mine = await postAs(alice, key, body).expect(201);
      const theirs = await postAs(bob, key, body).expect(201);
      expect(theirs.headers).not.to.have.property('idempotent-replayed');
      expect(theirs.body.id).not.to.equal(mine.body.id);
      const theirsAgain = await postAs(bob, key, body).expect(201);
      expect(theirsAgain.headers['idempotent-replayed']).to.equal('true');
      expect(theirsAgain.body.id).to.equal(theirs.body.id);
      expect(await postsTitled(body.title)).to.have.members([mine.body.id, theirs.body.id]);
    });

    it('given requests with one key at once, then one post is created and every answer is it or IN_USE', async () => {
      const key = newKey();
      const body = { title: `racing ${key}`, content: 'at once' };
      const answers = await Promise.all(Array.from({ length: 5 }, () => postAs(alice, key, body)));
      const created = answers.filter((r) => r.status === 201);
      expect(created.length).to.be.at.least(1);
      for (const res of created) expect(res.text).to.equal(created[0]!.text);
      for (const res of answers.filter((r) => r.status !== 201))
        expectError(res, 409, 'IDEMPOTENCY_KEY_IN_USE');
      expect(created.filter((r) => r.headers['idempotent-replayed'] !== 'true')).to.have.length(1);
      expect(await postsTitled(body.title)).to.deep.equal([created[0]!.body.id]);
    });

    it('given a create that failed, then nothing is stored: the key may be sent again, with another body', async () => {
      const key = newKey();
      const semester = '2025-2';
      await app.http.post(`${API}/timetables`).set(alice.auth).send({ semester, name: 'Taken' }).expect(201);
      const taken = app.http.post(`${API}/timetables`).set(alice.auth).set('Idempotency-Key', key);
      expectError(await taken.send({ semester, name: 'Taken' }), 409, 'TIMETABLE_NAME_TAKEN');
      const retry = app.http.post(`${API}/timetables`).set(alice.auth).set('Idempotency-Key', key);
      const res = await retry.send({ semester, name: 'Free' }).expect(201);
      expect(res.headers).not.to.have.property('idempotent-replayed');
      expect(res.body.name).to.equal('Free');
      const replayed = app.http.post(`${API}/timetables`).set(alice.auth).set('Idempotency-Key', key);
      const again = await replayed.send({ semester, name: 'Free' }).expect(201);
      expect(again.headers['idempotent-replayed']).to.equal('true');
    });

    it('given signup, then the key alone scopes it: the same request is replayed, another gets 422', async () => {
      const key = newKey();
      const n = keys;
      const body = {
        username: `idem_${n}`,
        password: 'correct horse battery',
        email: `idem${n}@example.com`,
        nickname: `idem ${n}`,
        schoolId: world.school.id,
        departmentId: world.school.departmentId,
      };
      const first = await app.http
        .post(`${API}/auth/signup`)
        .set('Idempotency-Key', key)
        .send(body)
        .expect(201);
      const again = await app.http
        .post(`${API}/auth/signup`)
        .set('Idempotency-Key', key)
        .send(body)
        .expect(201);
      expect(again.headers['idempotent-replayed']).to.equal('true');
      expect(again.text).to.equal(first.text);
      const other = {
        ...body,
        username: `idem_${n}_b`,
        email: `idem${n}b@example.com`,
        nickname: `idem ${n} b`,
      };
      expectError(
        await app.http.post(`${API}/auth/signup`).set('Idempotency-Key', key).send(other),
        422,
        'IDEMPOTENCY_KEY_REUSED',
      );
      // Keys are scoped by the account only where there is one: signed in, the same key is new.
      await app.http
        .post(`${API}/timetables`)
        .set(alice.auth)
        .set('Idempotency-Key', key)
        .send({ semester: '2024-1' })
        .expect(201);
    });
  });
}
