import { expect } from 'chai';
import { SessionPolicy } from '@campus/domain';
import { Authenticate } from '../../src/index.js';
import { identityFixture, rejection } from './identity-fixture.js';

describe('identity use cases', () => {
  describe('SignUp', () => {
    it('given a free username, when signing up, then the user exists and holds a working session', async () => {
      const f = await identityFixture();
      const result = await f.signUp.execute(f.signUpInput(1));
      expect(result.user).to.include({ username: 'user_1', role: 'user' });
      expect(result.user.school).to.deep.equal({ id: f.school.id, name: 'Campus U' });
      const { actor } = await f.authenticate.execute({ accessToken: result.accessToken });
      expect(actor).to.deep.equal({ id: result.user.id, role: 'user', schoolId: f.school.id });
    });

    it('given a department of another school, then DEPARTMENT_NOT_FOUND and nothing is written', async () => {
      const f = await identityFixture();
      const admin = { id: 'a' as never, role: 'admin' as const, schoolId: null };
      const other = await f.createSchool.execute({ actor: admin, name: 'Other U' });
      const foreign = await f.createDepartment.execute({ actor: admin, schoolId: other.id, name: 'Law' });
      expect(await rejection(f.signUp.execute(f.signUpInput(1, { departmentId: foreign.id })))).to.equal(
        'DEPARTMENT_NOT_FOUND',
      );
      expect(await rejection(f.signUp.execute(f.signUpInput(1, { schoolId: 'nope' })))).to.equal(
        'SCHOOL_NOT_FOUND',
      );
      expect(await f.users.findByUsername('user_1')).to.equal(null);
    });

    it('given a taken username, email or nickname, then its conflict, and no session is left behind', async () => {
      const f = await identityFixture();
      await f.signUp.execute(f.signUpInput(1));
      const sessionsBefore = f.db.table('sessions').size;
      expect(await rejection(f.signUp.execute(f.signUpInput(2, { username: 'user_1' })))).to.equal(
        'USERNAME_TAKEN',
      );
      expect(await rejection(f.signUp.execute(f.signUpInput(2, { email: 'USER1@example.com' })))).to.equal(
        'EMAIL_TAKEN',
      );
      expect(await rejection(f.signUp.execute(f.signUpInput(2, { nickname: 'nick1' })))).to.equal(
        'NICKNAME_TAKEN',
      );
      expect(f.db.table('sessions').size).to.equal(sessionsBefore);
    });
  });

  describe('LogIn', () => {
    it('given wrong passwords up to the limit, then INVALID_CREDENTIALS, then TOO_MANY_ATTEMPTS even for the right one', async () => {
      const f = await identityFixture();
      await f.signUp.execute(f.signUpInput(1));
      for (let i = 0; i < 3; i++) {
        expect(await rejection(f.logIn.execute({ username: 'user_1', password: 'wrong!' }))).to.equal(
          'INVALID_CREDENTIALS',
        );
      }
      expect(await rejection(f.logIn.execute({ username: 'user_1', password: 'correct horse' }))).to.equal(
        'TOO_MANY_ATTEMPTS',
      );
      f.clock.advance(15 * 60_000);
      await f.logIn.execute({ username: 'user_1', password: 'correct horse' });
    });

    it('given an unknown user, then the same INVALID_CREDENTIALS', async () => {
      const f = await identityFixture();
      expect(await rejection(f.logIn.execute({ username: 'ghost', password: 'whatever1' }))).to.equal(
        'INVALID_CREDENTIALS',
      );
    });

    it('given a success between failures, then it does not count as one', async () => {
      const f = await identityFixture();
      await f.signUp.execute(f.signUpInput(1));
      await rejection(f.logIn.execute({ username: 'user_1', password: 'wrong!' }));
      await rejection(f.logIn.execute({ username: 'user_1', password: 'wrong!' }));
      await f.logIn.execute({ username: 'user_1', password: 'correct horse' });
      expect(await rejection(f.logIn.execute({ username: 'user_1', password: 'wrong!' }))).to.equal(
        'INVALID_CREDENTIALS',
      );
      expect(await rejection(f.logIn.execute({ username: 'user_1', password: 'wrong!' }))).to.equal(
        'TOO_MANY_ATTEMPTS',
      );
    });
  });

  describe('RefreshSession and LogOut', () => {
    it('given a used-up token presented again after the grace, then REFRESH_TOKEN_REUSED and the session ends', async () => {
      const f = await identityFixture();
      const first = await f.signUp.execute(f.signUpInput(1));
      const second = await f.refresh.execute({ refreshToken: first.refreshToken });
      f.clock.advance(10_001);
      expect(await rejection(f.refresh.execute({ refreshToken: first.refreshToken }))).to.equal(
        'REFRESH_TOKEN_REUSED',
      );
      expect(await rejection(f.refresh.execute({ refreshToken: second.refreshToken }))).to.equal(
        'INVALID_REFRESH_TOKEN',
      );
      expect(await rejection(f.authenticate.execute({ accessToken: second.accessToken }))).to.equal(
        'SESSION_REVOKED',
      );
    });

    it('given two refreshes at once with one token, then both succeed and the session stays alive', async () => {
      const f = await identityFixture();
      const { refreshToken } = await f.signUp.execute(f.signUpInput(1));
      const [a, b] = await Promise.all([
        f.refresh.execute({ refreshToken }),
        f.refresh.execute({ refreshToken }),
      ]);
      expect(a.refreshToken).not.to.equal(b.refreshToken);
      for (const pair of [a, b]) {
        await f.authenticate.execute({ accessToken: pair.accessToken });
        await f.refresh.execute({ refreshToken: pair.refreshToken });
      }
    });

    it('given an expired refresh token, then INVALID_REFRESH_TOKEN', async () => {
      const f = await identityFixture();
      const { refreshToken } = await f.signUp.execute(f.signUpInput(1));
      f.clock.advance(3_600_000);
      expect(await rejection(f.refresh.execute({ refreshToken }))).to.equal('INVALID_REFRESH_TOKEN');
    });

    it('given a logout, then the access token is refused at once with SESSION_REVOKED', async () => {
      const f = await identityFixture();
      const me = await f.signUp.execute(f.signUpInput(1));
      const { actor } = await f.authenticate.execute({ accessToken: me.accessToken });
      await f.logOut.execute({ actor, refreshToken: me.refreshToken });
      expect(await rejection(f.authenticate.execute({ accessToken: me.accessToken }))).to.equal(
        'SESSION_REVOKED',
      );
    });

    it('says how long the authority lasts: until the token expires, or sooner when the session reaches its age', async () => {
      const f = await identityFixture();
      const me = await f.signUp.execute(f.signUpInput(1));
      // The clock stands on a whole second: the token's exp is 60 s from now, the session began now.
      expect((await f.authenticate.execute({ accessToken: me.accessToken })).expiresInMs).to.equal(60_000);
      f.clock.advance(45_000);
      expect((await f.authenticate.execute({ accessToken: me.accessToken })).expiresInMs).to.equal(15_000);
      const aged = new Authenticate(f.tokens, f.sessions, f.users, new SessionPolicy(50_000, 0), f.clock);
      expect((await aged.execute({ accessToken: me.accessToken })).expiresInMs).to.equal(5_000);
    });

    it('given an expired access token, then TOKEN_EXPIRED', async () => {
      const f = await identityFixture();
      const me = await f.signUp.execute(f.signUpInput(1));
      f.clock.advance(61_000);
      expect(await rejection(f.authenticate.execute({ accessToken: me.accessToken }))).to.equal(
        'TOKEN_EXPIRED',
      );
    });
  });

  describe('ChangePassword', () => {
    it('given the right current password, then other sessions end and this one stays', async () => {
      const f = await identityFixture();
      const here = await f.signUp.execute(f.signUpInput(1));
      const elsewhere = await f.logIn.execute({ username: 'user_1', password: 'correct horse' });
      const { actor, sessionId } = await f.authenticate.execute({ accessToken: here.accessToken });
      expect(
        await rejection(
          f.changePassword.execute({ actor, sessionId, currentPassword: 'nope', newPassword: 'new secret!' }),
        ),
      ).to.equal('INVALID_CREDENTIALS');
      await f.changePassword.execute({
        actor,
        sessionId,
        currentPassword: 'correct horse',
        newPassword: 'new secret!',
      });
      await f.authenticate.execute({ accessToken: here.accessToken });
      expect(await rejection(f.authenticate.execute({ accessToken: elsewhere.accessToken }))).to.equal(
        'SESSION_REVOKED',
      );
      await f.logIn.execute({ username: 'user_1', password: 'new secret!' });
    });
  });

  describe('EnsureAdmin', () => {
    it('creates the admin once, then leaves it unchanged; an existing user is promoted', async () => {
      const f = await identityFixture();
      expect(await f.ensureAdmin.execute({ username: 'root', password: 'admin secret' })).to.equal('created');
      expect(await f.ensureAdmin.execute({ username: 'root', password: 'other secret' })).to.equal(
        'unchanged',
      );
      await f.logIn.execute({ username: 'root', password: 'admin secret' });
      await f.signUp.execute(f.signUpInput(7));
      expect(await f.ensureAdmin.execute({ username: 'user_7', password: 'whatever!' })).to.equal('promoted');
      expect((await f.users.findByUsername('user_7'))?.role).to.equal('admin');
    });

    it('given an admin username that reads as a reserved label, then the admin is created under a nickname marked as theirs', async () => {
      const f = await identityFixture();
      expect(await f.ensureAdmin.execute({ username: 'admin', password: 'admin secret' })).to.equal(
        'created',
      );
      expect((await f.users.findByUsername('admin'))?.nickname).to.equal('관리자_admin');
      expect(await f.ensureAdmin.execute({ username: 'root', password: 'admin secret' })).to.equal('created');
      expect((await f.users.findByUsername('root'))?.nickname).to.equal('root');
    });
  });

  describe('CreateSchool and CreateDepartment', () => {
    it('refuses non-admins with FORBIDDEN', async () => {
      const f = await identityFixture();
      const member = { id: 'u' as never, role: 'user' as const, schoolId: f.school.id };
      expect(await rejection(f.createSchool.execute({ actor: member, name: 'X' }))).to.equal('FORBIDDEN');
      expect(
        await rejection(f.createDepartment.execute({ actor: member, schoolId: f.school.id, name: 'X' })),
      ).to.equal('FORBIDDEN');
    });
  });
});
