/// <reference types="mocha" />
import { UserId } from '@campus/domain';
import { expect } from 'chai';
import { T0, codeOf, withIdentityPorts, type IdentityPortsSetup } from './identity-fixtures.js';

export function userRepositoryContract(name: string, setup: IdentityPortsSetup): void {
  describe(`UserRepository contract (${name})`, () => {
    const world = withIdentityPorts(setup);
    const users = () => world().ports.users;

    it('given a user with every field set, when found, then every field comes back, dates to the ms', async () => {
      const school = await world().school();
      const department = await world().department(school.id, 'Physics');
      const user = await world().user(school.id, '1', { nickname: '😀새내기', departmentId: department.id });
      expect((await users().findById(user.id))?.snapshot()).to.deep.equal(user.snapshot());
      expect((await users().findById(user.id))?.joinedAt.getTime()).to.equal(T0.getTime());
      expect((await users().findByUsername('user_1'))?.snapshot()).to.deep.equal(user.snapshot());
    });

    it('given an admin without a school, when found, then role and nulls come back', async () => {
      const admin = await world().user(null, 'root', { role: 'admin' });
      expect((await users().findById(admin.id))?.snapshot()).to.deep.equal(admin.snapshot());
    });

    it('given no such user, when looked up, then null or nothing', async () => {
      expect(await users().findById(UserId(world().id()))).to.equal(null);
      expect(await users().findById(UserId('nope'))).to.equal(null);
      expect(await users().findByUsername('ghost')).to.equal(null);
      expect(await users().findManyByIds([])).to.deep.equal([]);
    });

    it('given some users, when found by ids, then the known ones come back, unknown ids skipped', async () => {
      const school = await world().school();
      const [a, b] = [await world().user(school.id, 'a'), await world().user(school.id, 'b')];
      await world().user(school.id, 'c');
      const found = await users().findManyByIds([b.id, UserId('ghost'), a.id]);
      expect(found.map((u) => u.id).sort()).to.deep.equal([a.id, b.id].sort());
    });

    it('given a saved user, when changed and saved again, then it is an update, not a duplicate', async () => {
      const school = await world().school();
      const user = await world().user(school.id, '1');
      user.changeNickname('바뀐닉');
      user.promoteToAdmin();
      await users().save(user);
      expect((await users().findById(user.id))?.snapshot()).to.deep.equal(user.snapshot());
      expect(await users().findManyByIds([user.id])).to.have.length(1);
    });

    for (const [field, code, value] of [
      ['username', 'USERNAME_TAKEN', 'user_1'],
      ['email', 'EMAIL_TAKEN', 'user1@example.com'],
      ['nickname', 'NICKNAME_TAKEN', '닉네임1'],
    ] as const) {
      it(`given a taken ${field}, when a new user takes it, then ${code} and nothing is written`, async () => {
        const school = await world().school();
        await world().user(school.id, '1');
        const twin = world().newUser(school.id, '2', { [field]: value });
        expect(await codeOf(users().add(twin))).to.equal(code);
        expect(await users().findById(twin.id)).to.equal(null);
      });
    }

    it('given taken values that look like other rules, when reused, then the rule actually broken is named', async () => {
      const school = await world().school();
      await world().user(school.id, '1', { nickname: 'username', email: 'nickname@example.com' });
      const sameNickname = world().newUser(school.id, '2', { nickname: 'username' });
      expect(await codeOf(users().add(sameNickname))).to.equal('NICKNAME_TAKEN');
      const sameEmail = world().newUser(school.id, '3', { email: 'nickname@example.com' });
      expect(await codeOf(users().add(sameEmail))).to.equal('EMAIL_TAKEN');
    });

    it('given a taken nickname, when an existing user changes to it, then NICKNAME_TAKEN and the row is kept', async () => {
      const school = await world().school();
      await world().user(school.id, '1');
      const other = await world().user(school.id, '2');
      other.changeNickname('닉네임1');
      expect(await codeOf(users().save(other))).to.equal('NICKNAME_TAKEN');
      expect((await users().findById(other.id))?.nickname).to.equal('닉네임2');
    });

    it('given a nickname, when another user takes a look-alike of it, then NICKNAME_TAKEN and nothing is written', async () => {
      const school = await world().school();
      await world().user(school.id, '1', { nickname: 'Nick가' });
      // Fullwidth letters, other case, and 가 spelled with conjoining jamo.
      for (const [i, lookAlike] of ['ｎｉｃｋ가', 'NICK가', 'nick\u1100\u1161'].entries()) {
        const twin = world().newUser(school.id, String(10 + i), { nickname: lookAlike });
        expect(await codeOf(users().add(twin)), lookAlike).to.equal('NICKNAME_TAKEN');
        expect(await users().findById(twin.id)).to.equal(null);
      }
    });

    it('given a user, when they change to a look-alike of their own nickname, then it is saved', async () => {
      const school = await world().school();
      const user = await world().user(school.id, '1', { nickname: 'nick' });
      user.changeNickname('NICK');
      await users().save(user);
      expect((await users().findById(user.id))?.nickname).to.equal('NICK');
    });

    it('given 8 concurrent sign-ups with look-alike nicknames, when saved, then exactly one wins', async () => {
      const school = await world().school();
      const spellings = ['nick', 'NICK', 'Nick', 'ｎｉｃｋ', 'ＮＩＣＫ', 'nIcK', 'niCK', 'Ｎick'];
      const results = await Promise.allSettled(
        spellings.map((nickname, i) => users().add(world().newUser(school.id, String(20 + i), { nickname }))),
      );
      const codes = results.map((r) =>
        r.status === 'rejected' ? ((r.reason as { code?: string }).code ?? String(r.reason)) : 'ok',
      );
      expect(
        codes.filter((c) => c === 'ok'),
        codes.join(', '),
      ).to.have.length(1);
      expect(
        codes.filter((c) => c === 'NICKNAME_TAKEN'),
        codes.join(', '),
      ).to.have.length(7);
    });

    it('given a user, when looked up by a padded or other-case username, then null: usernames compare exactly', async () => {
      const school = await world().school();
      await world().user(school.id, '1');
      for (const spelling of ['user_1 ', 'user_1  ', 'USER_1', 'User_1'])
        expect(await users().findByUsername(spelling), JSON.stringify(spelling)).to.equal(null);
      expect((await users().findByUsername('user_1'))?.username).to.equal('user_1');
    });

    it('given 8 concurrent sign-ups with one username, when saved, then exactly one wins', async () => {
      const school = await world().school();
      const results = await Promise.allSettled(
        Array.from({ length: 8 }, (_, i) =>
          users().add(world().newUser(school.id, String(10 + i), { username: 'contested' })),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).to.have.length(1);
      const codes = results.map((r) =>
        r.status === 'rejected' ? (r.reason as { code?: string }).code : 'ok',
      );
      expect(codes.filter((c) => c === 'USERNAME_TAKEN')).to.have.length(7);
    });
  });
}
