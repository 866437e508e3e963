import { expect } from 'chai';
import { API, ApiClient, expectError, type Member } from '../support/api.js';
import { STORAGES, startOn } from '../support/storages.js';
import type { TestApp } from '../support/test-app.js';

for (const storage of STORAGES) {
  describe(`friends over HTTP (${storage.name})`, function () {
    let app: TestApp;
    let api: ApiClient;
    let school: { id: string; departmentId: string };

    before(async function () {
      const started = await startOn(storage);
      if (!started) return this.skip();
      app = started;
      api = new ApiClient(app);
      school = await api.school();
    });
    after(async () => {
      await app?.close();
    });

    const ask = (from: Member, to: Member) =>
      app.http.post(`${API}/friends/requests`).set(from.auth).send({ username: to.username });
    const friendsOf = async (m: Member) =>
      (await app.http.get(`${API}/friends`).set(m.auth).expect(200)).body;

    it('sends a request, lists it both ways, and the addressee accepts it', async () => {
      const [a, b] = [await api.signUp(school), await api.signUp(school)];
      const sent = await ask(a, b).expect(201);
      expect(sent.body).to.have.all.keys('id', 'from', 'to', 'createdAt');
      expect(sent.body.from).to.deep.equal({ id: a.id, username: a.username, nickname: a.nickname });
      expect(
        (await app.http.get(`${API}/friends/requests`).set(b.auth)).body.incoming.map(
          (r: { id: string }) => r.id,
        ),
      ).to.deep.equal([sent.body.id]);
      expect(
        (await app.http.get(`${API}/friends/requests`).set(a.auth)).body.outgoing.map(
          (r: { id: string }) => r.id,
        ),
      ).to.deep.equal([sent.body.id]);
      expectError(
        await app.http.post(`${API}/friends/requests/${sent.body.id}/accept`).set(a.auth),
        404,
        'FRIEND_REQUEST_NOT_FOUND',
      );
      const accepted = await app.http
        .post(`${API}/friends/requests/${sent.body.id}/accept`)
        .set(b.auth)
        .expect(200);
      expect(accepted.body.friend).to.deep.equal({ id: a.id, username: a.username, nickname: a.nickname });
      expect((await friendsOf(a)).map((f: { friend: { id: string } }) => f.friend.id)).to.deep.equal([b.id]);
      expect((await friendsOf(b)).map((f: { friend: { id: string } }) => f.friend.id)).to.deep.equal([a.id]);
      expect((await app.http.get(`${API}/friends/requests`).set(b.auth)).body.incoming).to.deep.equal([]);
    });

    it('accepts their pending request instead when I ask someone who already asked me', async () => {
      const [a, b] = [await api.signUp(school), await api.signUp(school)];
      await ask(a, b).expect(201);
      const crossed = await ask(b, a).expect(200);
      expect(crossed.body.friend.id).to.equal(a.id);
      expect(crossed.body.since).to.be.a('string');
      expectError(await ask(a, b), 409, 'ALREADY_FRIENDS');
    });

    it('makes friends of two people who ask each other at the same moment: one request, one acceptance', async () => {
      for (let round = 0; round < 6; round++) {
        const [a, b] = [await api.signUp(school), await api.signUp(school)];
        const answers = await Promise.all([ask(a, b), ask(b, a)]);
        expect(answers.map((r) => r.status).sort(), JSON.stringify(answers.map((r) => r.body))).to.deep.equal(
          [200, 201],
        );
        const friends = await app.http.get(`${API}/friends`).set(a.auth).expect(200);
        expect(friends.body.map((f: { friend: { id: string } }) => f.friend.id)).to.deep.equal([b.id]);
        const pending = await app.http.get(`${API}/friends/requests`).set(a.auth).expect(200);
        expect(pending.body).to.deep.equal({ incoming: [], outgoing: [] });
      }
    });

    it('leaves two people who ask each other in a burst friends with no request pending, as asking in turn does', async () => {
      for (let round = 0; round < 6; round++) {
        const [a, b] = [await api.signUp(school), await api.signUp(school)];
        const answers = await Promise.all([ask(a, b), ask(b, a), ask(a, b), ask(b, a), ask(a, b), ask(b, a)]);
        const statuses = answers.map((r) => r.status);
        expect(statuses, JSON.stringify(answers.map((r) => r.body))).to.include(200);
        expect(
          statuses.every((s) => [200, 201, 409].includes(s)),
          String(statuses),
        ).to.equal(true);
        for (const [me, them] of [
          [a, b],
          [b, a],
        ] as const) {
          const friends = await app.http.get(`${API}/friends`).set(me.auth).expect(200);
          expect(friends.body.map((f: { friend: { id: string } }) => f.friend.id)).to.deep.equal([them.id]);
          const pending = await app.http.get(`${API}/friends/requests`).set(me.auth).expect(200);
          expect(pending.body, `round ${round}: ${String(statuses)}`).to.deep.equal({
            incoming: [],
            outgoing: [],
          });
        }
      }
    });

    it('leaves no request pending when one is asked again while the other accepts the first', async () => {
      for (let round = 0; round < 6; round++) {
        const [a, b] = [await api.signUp(school), await api.signUp(school)];
        const first = await ask(a, b).expect(201);
        const accept = app.http.post(`${API}/friends/requests/${first.body.id}/accept`).set(b.auth);
        const answers = await Promise.all([accept, ask(a, b), ask(b, a), ask(a, b)]);
        expect(answers[0].status, JSON.stringify(answers[0].body)).to.be.oneOf([200, 404]);
        const friends = await app.http.get(`${API}/friends`).set(a.auth).expect(200);
        expect(friends.body.map((f: { friend: { id: string } }) => f.friend.id)).to.deep.equal([b.id]);
        for (const me of [a, b]) {
          const pending = await app.http.get(`${API}/friends/requests`).set(me.auth).expect(200);
          expect(pending.body, `round ${round}`).to.deep.equal({ incoming: [], outgoing: [] });
        }
      }
    });

    it('refuses myself, nobody, and a second pending request', async () => {
      const [a, b] = [await api.signUp(school), await api.signUp(school)];
      expectError(await ask(a, a), 400, 'CANNOT_FRIEND_SELF');
      expectError(
        await app.http.post(`${API}/friends/requests`).set(a.auth).send({ username: 'nobody_here' }),
        404,
        'USER_NOT_FOUND',
      );
      await ask(a, b).expect(201);
      expectError(await ask(a, b), 409, 'FRIEND_REQUEST_EXISTS');
    });

    it('lets the addressee decline and the requester cancel; anyone else gets 404', async () => {
      const [a, b, c] = [await api.signUp(school), await api.signUp(school), await api.signUp(school)];
      const first = (await ask(a, b).expect(201)).body.id as string;
      expectError(
        await app.http.delete(`${API}/friends/requests/${first}`).set(c.auth),
        404,
        'FRIEND_REQUEST_NOT_FOUND',
      );
      await app.http.delete(`${API}/friends/requests/${first}`).set(b.auth).expect(204);
      const second = (await ask(a, b).expect(201)).body.id as string;
      await app.http.delete(`${API}/friends/requests/${second}`).set(a.auth).expect(204);
      expectError(
        await app.http.delete(`${API}/friends/requests/${second}`).set(a.auth),
        404,
        'FRIEND_REQUEST_NOT_FOUND',
      );
      expectError(
        await app.http.post(`${API}/friends/requests/nope/accept`).set(b.auth),
        404,
        'FRIEND_REQUEST_NOT_FOUND',
      );
    });

    it('ends a friendship from either side; 404 NOT_FRIENDS after', async () => {
      const [a, b] = [await api.signUp(school), await api.signUp(school)];
      await ask(a, b).expect(201);
      await ask(b, a).expect(200);
      await app.http.delete(`${API}/friends/${a.id}`).set(b.auth).expect(204);
      expect(await friendsOf(a)).to.deep.equal([]);
      expectError(await app.http.delete(`${API}/friends/${b.id}`).set(a.auth), 404, 'NOT_FRIENDS');
    });
  });
}
