/// <reference types="mocha" />
import { SessionId, type User } from '@campus/domain';
import { expect } from 'chai';
import { at, hashOf, withIdentityPorts, type IdentityPortsSetup } from './identity-fixtures.js';

export function sessionRepositoryContract(name: string, setup: IdentityPortsSetup): void {
  describe(`SessionRepository contract (${name})`, () => {
    const world = withIdentityPorts(setup);
    const sessions = () => world().ports.sessions;
    let owner: User;

    beforeEach(async () => {
      const school = await world().school();
      owner = await world().user(school.id, 'owner');
    });

    /** A stored session with its first token, named `token`. */
    async function started(token: string, user = owner) {
      const session = world().newSession(user.id);
      await sessions().create(session, world().token(token, session.id));
      return session;
    }

    it('given a new session, when found by id and token hash, then both come back as stored', async () => {
      const session = await started('a');
      expect((await sessions().findById(session.id))?.snapshot()).to.deep.equal(session.snapshot());
      expect(await sessions().findToken(hashOf('a'))).to.deep.equal(world().token('a', session.id));
    });

    it('given nothing stored, when looked up, then null', async () => {
      expect(await sessions().findById(SessionId(world().id()))).to.equal(null);
      expect(await sessions().findById(SessionId('nope'))).to.equal(null);
      expect(await sessions().findToken(hashOf('zz'))).to.equal(null);
      expect(await sessions().findToken('not-a-hash')).to.equal(null);
    });

    it('given an unused token, when rotated, then it is used up at that time and the next one stored', async () => {
      const session = await started('a');
      const next = world().token('b', session.id, { issuedAt: at(10), expiresAt: at(20_000) });
      expect(await sessions().rotate(hashOf('a'), next, at(10))).to.equal(true);
      expect((await sessions().findToken(hashOf('a')))?.usedAt).to.deep.equal(at(10));
      expect(await sessions().findToken(hashOf('b'))).to.deep.equal(next);
    });

    it('given a used-up token, when rotated again, then false and nothing is stored', async () => {
      const session = await started('a');
      await sessions().rotate(hashOf('a'), world().token('b', session.id), at(10));
      expect(await sessions().rotate(hashOf('a'), world().token('c', session.id), at(20))).to.equal(false);
      expect(await sessions().findToken(hashOf('c'))).to.equal(null);
      expect((await sessions().findToken(hashOf('a')))?.usedAt).to.deep.equal(at(10));
    });

    it('given an unknown token, when rotated, then false and nothing is stored', async () => {
      const session = await started('a');
      expect(await sessions().rotate(hashOf('zz'), world().token('b', session.id), at(10))).to.equal(false);
      expect(await sessions().findToken(hashOf('b'))).to.equal(null);
    });

    it('given one token, when eight rotations race, then exactly one is true and one successor stored', async () => {
      const session = await started('a');
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          sessions().rotate(hashOf('a'), world().token(`n${i}`, session.id), at(10)),
        ),
      );
      expect(results.filter(Boolean)).to.have.length(1);
      const stored = await Promise.all(results.map((_, i) => sessions().findToken(hashOf(`n${i}`))));
      expect(stored.filter((t) => t !== null)).to.have.length(1);
    });

    it('given a rotated token, when another token is added to its session, then it is stored and nothing is used up', async () => {
      const session = await started('a');
      await sessions().rotate(hashOf('a'), world().token('b', session.id), at(10));
      const extra = world().token('c', session.id, { issuedAt: at(12), expiresAt: at(20_000) });
      await sessions().addToken(extra);
      expect(await sessions().findToken(hashOf('c'))).to.deep.equal(extra);
      expect((await sessions().findToken(hashOf('a')))?.usedAt).to.deep.equal(at(10));
      expect((await sessions().findToken(hashOf('b')))?.usedAt).to.equal(null);
      expect(await sessions().rotate(hashOf('c'), world().token('d', session.id), at(13))).to.equal(true);
    });

    it('given a revoked session, when revoked again, then the first time is kept', async () => {
      const session = await started('a');
      await sessions().revoke(session.id, at(5));
      await sessions().revoke(session.id, at(9));
      expect((await sessions().findById(session.id))?.revokedAt).to.deep.equal(at(5));
      await sessions().revoke(SessionId('nope'), at(9));
    });

    it("given a user's sessions, when all but one are revoked, then only the live others are, and named", async () => {
      const [s1, s2, s3] = [await started('a'), await started('b'), await started('c')];
      await sessions().revoke(s1.id, at(1));
      const stranger = await world().user(owner.schoolId, 'stranger');
      const theirs = await started('d', stranger);
      const revoked = await sessions().revokeAllOf(owner.id, at(7), s3.id);
      expect(revoked).to.deep.equal([s2.id]);
      expect((await sessions().findById(s1.id))?.revokedAt).to.deep.equal(at(1));
      expect((await sessions().findById(s2.id))?.revokedAt).to.deep.equal(at(7));
      expect((await sessions().findById(s3.id))?.isActive()).to.equal(true);
      expect((await sessions().findById(theirs.id))?.isActive()).to.equal(true);
    });

    it("given a user's sessions, when all are revoked without a keeper, then every live one is", async () => {
      const [s1, s2] = [await started('a'), await started('b')];
      const revoked = await sessions().revokeAllOf(owner.id, at(7));
      expect([...revoked].sort()).to.deep.equal([s1.id, s2.id].sort());
      expect(await sessions().revokeAllOf(owner.id, at(8))).to.deep.equal([]);
    });
  });
}
