import { expect } from 'chai';
import sinon from 'sinon';
import { identityFixture, rejection } from './identity-fixture.js';

// The fixture allows 3 failures per user or device and 10 per client address, per 15 minutes.
const RIGHT = 'correct horse';

describe('login throttling (device tokens, per user, per device, per client)', () => {
  afterEach(() => sinon.restore());

  it('given a padded or upper-cased spelling, then it never logs in and counts against the canonical username', async () => {
    const f = await identityFixture();
    await f.signUp.execute(f.signUpInput(1));
    for (const username of ['user_1 ', 'USER_1  ', ' user_1']) {
      expect(await rejection(f.logIn.execute({ username, password: RIGHT }))).to.equal('INVALID_CREDENTIALS');
    }
    expect(await rejection(f.logIn.execute({ username: 'user_1', password: RIGHT }))).to.equal(
      'TOO_MANY_ATTEMPTS',
    );
  });

  it('given a padded spelling, then it is never looked up, and costs one bcrypt comparison like an unknown user', async () => {
    const f = await identityFixture();
    await f.signUp.execute(f.signUpInput(1));
    const lookups = sinon.spy(f.users, 'findByUsername');
    const verify = sinon.spy(f.hasher, 'verify');
    await rejection(f.logIn.execute({ username: 'user_1 ', password: RIGHT }));
    expect(lookups.callCount).to.equal(0);
    expect(verify.callCount).to.equal(1);
  });

  it('given 40 parallel attempts, 39 wrong and 1 right, then at most the limit of wrong passwords are evaluated', async () => {
    const f = await identityFixture();
    await f.signUp.execute(f.signUpInput(1));
    const verify = sinon.spy(f.hasher, 'verify');
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        f.logIn.execute({ username: 'user_1', password: i === 20 ? RIGHT : `wrong ${i}` }),
      ),
    );
    const wrongEvaluated = verify.getCalls().filter((call) => call.args[0] !== RIGHT).length;
    expect(wrongEvaluated).to.be.at.most(3);
    const refused = results.filter((r) => r.status === 'rejected' && r.reason.code === 'TOO_MANY_ATTEMPTS');
    expect(refused.length).to.be.at.least(36);
  });

  it('given unknown devices locked out, then a device the user logged in from before still logs in', async () => {
    const f = await identityFixture();
    await f.signUp.execute(f.signUpInput(1));
    const { deviceToken } = await f.logIn.execute({ username: 'user_1', password: RIGHT });
    for (let i = 0; i < 3; i++) await rejection(f.logIn.execute({ username: 'user_1', password: 'wrong!' }));
    expect(await rejection(f.logIn.execute({ username: 'user_1', password: RIGHT }))).to.equal(
      'TOO_MANY_ATTEMPTS',
    );
    const known = await f.logIn.execute({ username: 'user_1', password: RIGHT, deviceToken });
    expect(known.deviceToken).to.equal(deviceToken);
    // The device has a counter of its own: its failures lock it, not the others.
    for (let i = 0; i < 3; i++)
      await rejection(f.logIn.execute({ username: 'user_1', password: 'wrong!', deviceToken }));
    expect(await rejection(f.logIn.execute({ username: 'user_1', password: RIGHT, deviceToken }))).to.equal(
      'TOO_MANY_ATTEMPTS',
    );
  });

  it("given another user's device token or a forged one, then the attempt counts as an unknown device", async () => {
    const f = await identityFixture();
    await f.signUp.execute(f.signUpInput(1));
    await f.signUp.execute(f.signUpInput(2));
    const { deviceToken: theirs } = await f.logIn.execute({ username: 'user_2', password: RIGHT });
    const forged = `${theirs.slice(0, -2)}AA`;
    for (const deviceToken of [theirs, forged, 'd1.x.y'])
      await rejection(f.logIn.execute({ username: 'user_1', password: 'wrong!', deviceToken }));
    expect(
      await rejection(f.logIn.execute({ username: 'user_1', password: RIGHT, deviceToken: theirs })),
    ).to.equal('TOO_MANY_ATTEMPTS');
  });

  it('given failures over many usernames from one client, then that client gets TOO_MANY_ATTEMPTS, others do not', async () => {
    const f = await identityFixture();
    await f.signUp.execute(f.signUpInput(1));
    for (let i = 0; i < 10; i++) {
      expect(
        await rejection(
          f.logIn.execute({ username: `nobody_${i}`, password: 'x', clientAddress: '10.0.0.9' }),
        ),
      ).to.equal('INVALID_CREDENTIALS');
    }
    expect(
      await rejection(f.logIn.execute({ username: 'user_1', password: RIGHT, clientAddress: '10.0.0.9' })),
    ).to.equal('TOO_MANY_ATTEMPTS');
    await f.logIn.execute({ username: 'user_1', password: RIGHT, clientAddress: '10.0.0.10' });
  });

  it('given a 72-byte password, when it is typed with anything after it, then INVALID_CREDENTIALS at one bcrypt cost', async () => {
    const f = await identityFixture();
    const password = '가'.repeat(24); // 72 bytes of UTF-8: all bcrypt reads
    await f.signUp.execute(f.signUpInput(1, { password }));
    const verify = sinon.spy(f.hasher, 'verify');
    expect(await rejection(f.logIn.execute({ username: 'user_1', password: `${password}x` }))).to.equal(
      'INVALID_CREDENTIALS',
    );
    expect(verify.callCount).to.equal(1);
    await f.logIn.execute({ username: 'user_1', password });
  });

  describe('ChangePassword', () => {
    async function signedIn() {
      const f = await identityFixture();
      const me = await f.signUp.execute(f.signUpInput(1));
      const { actor, sessionId } = await f.authenticate.execute({ accessToken: me.accessToken });
      const change = (currentPassword: string, newPassword = 'new secret!') =>
        f.changePassword.execute({ actor, sessionId, currentPassword, newPassword });
      return { f, change };
    }

    it('given wrong current passwords, then they count with failed logins of the user', async () => {
      const { f, change } = await signedIn();
      await rejection(f.logIn.execute({ username: 'user_1', password: 'wrong!' }));
      expect(await rejection(change('wrong!'))).to.equal('INVALID_CREDENTIALS');
      expect(await rejection(change('wrong!'))).to.equal('INVALID_CREDENTIALS');
      expect(await rejection(change(RIGHT))).to.equal('TOO_MANY_ATTEMPTS');
      expect(await rejection(f.logIn.execute({ username: 'user_1', password: RIGHT }))).to.equal(
        'TOO_MANY_ATTEMPTS',
      );
    });

    it('given a current password over 72 bytes, then INVALID_CREDENTIALS; a new one over 72 bytes, VALIDATION_FAILED', async () => {
      const f = await identityFixture();
      const password = '가'.repeat(24);
      const me = await f.signUp.execute(f.signUpInput(1, { password }));
      const { actor, sessionId } = await f.authenticate.execute({ accessToken: me.accessToken });
      expect(
        await rejection(
          f.changePassword.execute({
            actor,
            sessionId,
            currentPassword: `${password}!`,
            newPassword: 'new secret!',
          }),
        ),
      ).to.equal('INVALID_CREDENTIALS');
      expect(
        await rejection(
          f.changePassword.execute({
            actor,
            sessionId,
            currentPassword: password,
            newPassword: '나'.repeat(25),
          }),
        ),
      ).to.equal('VALIDATION_FAILED');
      await f.logIn.execute({ username: 'user_1', password });
    });
  });
});

describe('session lifetime and refresh races', () => {
  it('given a session refreshed until its maximum age, then refresh and its access tokens get SESSION_EXPIRED', async () => {
    const f = await identityFixture(); // sessions live one day at most
    let pair = await f.signUp.execute(f.signUpInput(1));
    for (let hour = 1; hour < 24; hour++) {
      f.clock.advance(3_600_000 - 1_000);
      pair = { ...pair, ...(await f.refresh.execute({ refreshToken: pair.refreshToken })) };
    }
    const expiry = Date.parse('2026-03-02T09:00:00.000Z') + 86_400_000;
    f.clock.set(new Date(expiry - 30_000));
    pair = { ...pair, ...(await f.refresh.execute({ refreshToken: pair.refreshToken })) };
    f.clock.set(new Date(expiry)); // the access token is 30 s old, well within its lifetime
    expect(await rejection(f.authenticate.execute({ accessToken: pair.accessToken }))).to.equal(
      'SESSION_EXPIRED',
    );
    expect(await rejection(f.refresh.execute({ refreshToken: pair.refreshToken }))).to.equal(
      'SESSION_EXPIRED',
    );
  });

  it('given a rotated token presented again within the grace, then a valid pair and nothing revoked', async () => {
    const f = await identityFixture();
    const first = await f.signUp.execute(f.signUpInput(1));
    const second = await f.refresh.execute({ refreshToken: first.refreshToken });
    f.clock.advance(10_000);
    const again = await f.refresh.execute({ refreshToken: first.refreshToken });
    await f.authenticate.execute({ accessToken: second.accessToken });
    await f.authenticate.execute({ accessToken: again.accessToken });
    await f.refresh.execute({ refreshToken: again.refreshToken });
    await f.refresh.execute({ refreshToken: second.refreshToken });
  });
});
