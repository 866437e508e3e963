import { RecordingMailer } from '@campus/adapters/mail';
import { memoryPorts } from '@campus/adapters/memory';
import { BcryptPasswordHasher } from '@campus/adapters/security';
import { FixedClock } from '@campus/adapters/system';
import { UserId, type Actor, type Mail, type Mailer } from '@campus/domain';
import { expect } from 'chai';
import { createUseCases } from '../../src/index.js';

const PASSWORD = 'correct horse battery';

/** A school and one member, kim, on the memory ports with `mailer`, and the failures reported. */
async function world(mailer: Mailer = new RecordingMailer(), writeBurst = 0) {
  const clock = new FixedClock();
  const failures: unknown[] = [];
  const campus = createUseCases(
    memoryPorts({
      secret: 'a secret of at least 32 bytes!!!',
      clock,
      hasher: new BcryptPasswordHasher(4),
      mailer,
      publicUrl: 'https://campus.example',
      onResetMailFailure: (error) => failures.push(error),
      writeLimits: { postIntervalMs: 0, commentIntervalMs: 0, messageIntervalMs: 0, writeBurst },
    }).get,
  );
  const { identity, passwordReset } = campus;
  const admin: Actor = { id: UserId('setup'), role: 'admin', schoolId: null };
  const school = await identity.createSchool.execute({ actor: admin, name: '한국대학교' });
  const physics = await identity.createDepartment.execute({
    actor: admin,
    schoolId: school.id,
    name: '물리',
  });
  const kim = await identity.signUp.execute({
    username: 'kim_cs',
    password: PASSWORD,
    email: 'kim@example.com',
    nickname: 'kim',
    schoolId: school.id,
    departmentId: physics.id,
  });
  const logIn = (password: string) => identity.logIn.execute({ username: 'kim_cs', password });
  return { clock, campus, passwordReset, kim, failures, logIn };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'expected a rejection').to.not.equal(null);
  return (error as { code: string }).code;
}

const tokenIn = (mail: Mail | undefined): string => {
  const match = /https:\/\/campus\.example\/reset-password\?token=([A-Za-z0-9_-]{43,})/.exec(
    mail?.text ?? '',
  );
  expect(match, mail?.text).to.not.equal(null);
  return match![1]!;
};

describe('Password reset', () => {
  it('mails a one-time link to the address of an account, after the answer', async () => {
    const mailer = new RecordingMailer();
    const w = await world(mailer);
    const { delivery } = await w.passwordReset.requestPasswordReset.execute({ email: 'kim@example.com' });
    expect(mailer.sent).to.have.length(0);
    expect(await delivery).to.deep.equal({ outcome: 'mailed' });
    expect(tokenIn(mailer.lastTo('kim@example.com'))).to.be.a('string');
  });

  it('mails nothing for an address without an account, and answers the same', async () => {
    const mailer = new RecordingMailer();
    const w = await world(mailer);
    const answer = await w.passwordReset.requestPasswordReset.execute({ email: 'nobody@example.com' });
    expect(Object.keys(answer)).to.deep.equal(['delivery']);
    expect(await answer.delivery).to.deep.equal({ outcome: 'no-account' });
    expect(mailer.sent).to.have.length(0);
  });

  it('mails a different token each time', async () => {
    const mailer = new RecordingMailer();
    const w = await world(mailer);
    await (
      await w.passwordReset.requestPasswordReset.execute({ email: 'kim@example.com' })
    ).delivery;
    w.clock.advance(60_000);
    await (
      await w.passwordReset.requestPasswordReset.execute({ email: 'kim@example.com' })
    ).delivery;
    expect(tokenIn(mailer.sent[0])).to.not.equal(tokenIn(mailer.sent[1]));
  });

  it('sets the password with the token once, ends every session, then INVALID_TOKEN', async () => {
    const mailer = new RecordingMailer();
    const w = await world(mailer);
    await (
      await w.passwordReset.requestPasswordReset.execute({ email: 'kim@example.com' })
    ).delivery;
    const token = tokenIn(mailer.lastTo('kim@example.com'));
    await w.passwordReset.confirmPasswordReset.execute({ token, newPassword: 'a new password 1' });
    expect(await codeOf(w.campus.identity.authenticate.execute({ accessToken: w.kim.accessToken }))).to.equal(
      'SESSION_REVOKED',
    );
    expect(await codeOf(w.logIn(PASSWORD))).to.equal('INVALID_CREDENTIALS');
    await w.logIn('a new password 1');
    expect(
      await codeOf(w.passwordReset.confirmPasswordReset.execute({ token, newPassword: 'another one 22' })),
    ).to.equal('INVALID_TOKEN');
  });

  it('given two confirms racing with one token, then one succeeds', async () => {
    const mailer = new RecordingMailer();
    const w = await world(mailer);
    await (
      await w.passwordReset.requestPasswordReset.execute({ email: 'kim@example.com' })
    ).delivery;
    const token = tokenIn(mailer.lastTo('kim@example.com'));
    const results = await Promise.allSettled([
      w.passwordReset.confirmPasswordReset.execute({ token, newPassword: 'first password 1' }),
      w.passwordReset.confirmPasswordReset.execute({ token, newPassword: 'second password 2' }),
    ]);
    expect(results.map((r) => r.status).sort()).to.deep.equal(['fulfilled', 'rejected']);
  });

  it('refuses an expired token, and a new password that breaks the signup rules, and keeps the old password', async () => {
    const mailer = new RecordingMailer();
    const w = await world(mailer);
    await (
      await w.passwordReset.requestPasswordReset.execute({ email: 'kim@example.com' })
    ).delivery;
    const token = tokenIn(mailer.lastTo('kim@example.com'));
    const confirm = (newPassword: string) =>
      w.passwordReset.confirmPasswordReset.execute({ token, newPassword });
    expect(await codeOf(confirm('short'))).to.equal('VALIDATION_FAILED');
    w.clock.advance(30 * 60_000);
    expect(await codeOf(confirm('a new password 1'))).to.equal('INVALID_TOKEN');
    await w.logIn(PASSWORD);
  });

  it('counts one request a minute per address, known or not, and WRITE_BURST per client', async () => {
    const w = await world(new RecordingMailer(), 2);
    const request = (email: string, clientAddress = '10.0.0.1') =>
      w.passwordReset.requestPasswordReset.execute({ email, clientAddress });
    await request('kim@example.com');
    expect(await codeOf(request('KIM@example.com', '10.0.0.2'))).to.equal('TOO_FAST');
    await request('nobody@example.com');
    expect(await codeOf(request('nobody@example.com', '10.0.0.3'))).to.equal('TOO_FAST');
    expect(await codeOf(request('third@example.com'))).to.equal('TOO_FAST');
    await request('third@example.com', '10.0.0.4');
  });

  it('reports a mail that fails, and the request still succeeds', async () => {
    const w = await world({ send: () => Promise.reject(new Error('smtp down')) });
    const { delivery } = await w.passwordReset.requestPasswordReset.execute({ email: 'kim@example.com' });
    expect((await delivery).outcome).to.equal('failed');
    expect(w.failures.map((e) => (e as Error).message)).to.deep.equal(['smtp down']);
  });

  it('answers before a mail server that never answers', async () => {
    let handed = 0;
    let called!: () => void;
    const handedOver = new Promise<void>((resolve) => (called = resolve));
    const w = await world({
      send: () => {
        handed += 1;
        called();
        return new Promise<void>(() => undefined);
      },
    });
    const answer = await w.passwordReset.requestPasswordReset.execute({ email: 'kim@example.com' });
    expect(answer).to.have.property('delivery');
    expect(handed).to.equal(0);
    await handedOver;
    expect(handed).to.equal(1);
  });
});
