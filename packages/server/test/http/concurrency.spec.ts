import { expect } from 'chai';
import { API, type Member } from '../support/api.js';
import { BoardWorld } from '../support/board-world.js';
import { STORAGES, startOn } from '../support/storages.js';
import type { TestApp } from '../support/test-app.js';

/** The database, not a read before a write, decides races: exact counts after concurrent requests. */
for (const storage of STORAGES) {
  describe(`concurrent reactions over HTTP (${storage.name})`, function () {
    this.timeout(60_000);
    let app: TestApp;
    let world: BoardWorld;
    let author: Member;
    let crowd: Member[];

    before(async function () {
      const started = await startOn(storage, { REPORT_THRESHOLD: '100' });
      if (!started) return this.skip();
      app = started;
      world = await BoardWorld.create(app);
      author = await world.member();
      crowd = [];
      for (let i = 0; i < 12; i++) crowd.push(await world.member());
    });
    after(async () => {
      await app?.close();
    });

    const post = async (id: string) =>
      (await app.http.get(`${API}/posts/${id}`).set(author.auth).expect(200)).body;
    const statuses = (results: { status: number }[]) => results.map((r) => r.status).sort();

    it('counts ten concurrent likes, scraps and reports by one user once each', async () => {
      const id = await world.post(author);
      const one = crowd[0]!;
      const likes = await Promise.all(
        Array.from({ length: 10 }, () => app.http.post(`${API}/posts/${id}/like`).set(one.auth)),
      );
      const scraps = await Promise.all(
        Array.from({ length: 10 }, () => app.http.post(`${API}/posts/${id}/scrap`).set(one.auth)),
      );
      const reports = await Promise.all(
        Array.from({ length: 10 }, () =>
          app.http.post(`${API}/posts/${id}/reports`).set(one.auth).send({ reason: 'spam' }),
        ),
      );
      expect(statuses(likes)).to.deep.equal([200, ...Array(9).fill(409)]);
      expect(statuses(scraps)).to.deep.equal(Array(10).fill(200));
      expect(statuses(reports)).to.deep.equal([201, ...Array(9).fill(409)]);
      expect(await post(id)).to.include({ likeCount: 1, scrapCount: 1 });
    });

    it('counts concurrent likes, scraps and reports by twelve users exactly', async () => {
      const id = await world.post(author);
      const all = await Promise.all([
        ...crowd.map((m) => app.http.post(`${API}/posts/${id}/like`).set(m.auth)),
        ...crowd.map((m) => app.http.post(`${API}/posts/${id}/scrap`).set(m.auth)),
        ...crowd.map((m) =>
          app.http.post(`${API}/posts/${id}/reports`).set(m.auth).send({ reason: 'abuse' }),
        ),
      ]);
      expect(all.filter((r) => r.status >= 300).map((r) => r.body)).to.deep.equal([]);
      expect(await post(id)).to.include({ likeCount: 12, scrapCount: 12 });
      const likeCounts = all
        .slice(0, 12)
        .map((r) => r.body.likeCount as number)
        .sort((a, b) => a - b);
      expect(likeCounts).to.deep.equal(Array.from({ length: 12 }, (_, i) => i + 1));
    });

    it('gives concurrent first comments by distinct users distinct, consecutive anonymous numbers', async () => {
      const id = await world.post(author);
      await Promise.all(crowd.slice(0, 8).map((m) => world.comment(m, id)));
      const names = (await post(id)).comments
        .map((c: { author: { displayName: string } }) => c.author.displayName)
        .sort();
      expect(names).to.deep.equal(Array.from({ length: 8 }, (_, i) => `익명${i + 1}`).sort());
    });

    it('lists concurrent first comments in the order of their numbers: 익명1 first', async () => {
      for (let round = 0; round < 10; round++) {
        const id = await world.post(author);
        await Promise.all(crowd.map((m) => world.comment(m, id)));
        const listed = (await post(id)).comments.map(
          (c: { author: { displayName: string } }) => c.author.displayName,
        );
        expect(listed).to.deep.equal(crowd.map((_, i) => `익명${i + 1}`));
      }
    });
  });
}
