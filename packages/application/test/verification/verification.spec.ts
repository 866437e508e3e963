import { RecordingMailer } from '@campus/adapters/mail';
import { memoryPorts } from '@campus/adapters/memory';
import { BcryptPasswordHasher } from '@campus/adapters/security';
import { FixedClock } from '@campus/adapters/system';
import {
  UserId,
  VERIFICATION_CODE_GENERATOR,
  VERIFICATION_CODE_TTL_MS,
  type Actor,
  type Mailer,
  type Resolve,
  type VerificationCodeGenerator,
} from '@campus/domain';
import { expect } from 'chai';
import { createUseCases } from '../../src/index.js';

/** Hands out the codes it is given, in order, and hashes them plainly: the tests know every code. */
class ScriptedCodes implements VerificationCodeGenerator {
  constructor(private readonly codes: string[]) {}
  issue() {
    const code = this.codes.shift() ?? '000000';
    return { code, hash: `h:${code}` };
  }
  matches(code: string, hash: string): boolean {
    return hash === `h:${code}`;
  }
}

const ADMIN: Actor = { id: UserId('setup'), role: 'admin', schoolId: null };

/** A school at sogang.ac.kr with two members, kim and lee, on the memory ports. */
async function world(
  options: {
    codes?: string[];
    mailer?: Mailer;
    writeBurst?: number;
    postIntervalMs?: number;
    required?: boolean;
  } = {},
) {
  const clock = new FixedClock();
  const mailer = options.mailer ?? new RecordingMailer();
  const failures: unknown[] = [];
  const ports = memoryPorts({
    secret: 'a secret of at least 32 bytes!!!',
    clock,
    mailer,
    hasher: new BcryptPasswordHasher(4),
    requireVerification: options.required ?? false,
    onVerificationMailFailure: (error) => failures.push(error),
    writeLimits: {
      postIntervalMs: options.postIntervalMs ?? 0,
      commentIntervalMs: 0,
      messageIntervalMs: 0,
      writeBurst: options.writeBurst ?? 0,
    },
  });
  const generator = new ScriptedCodes(options.codes ?? ['111111', '222222', '333333']);
  const resolve: Resolve = (t) => (t === VERIFICATION_CODE_GENERATOR ? (generator as never) : ports.get(t));
  const campus = createUseCases(resolve);
  const { identity, verification } = campus;
  const school = await identity.createSchool.execute({
    actor: ADMIN,
    name: '서강대학교',
    emailDomains: ['sogang.ac.kr'],
  });
  const dept = await identity.createDepartment.execute({ actor: ADMIN, schoolId: school.id, name: '컴공' });
  const signUp = async (name: string) => {
    const { user } = await identity.signUp.execute({
      username: `${name}_cs`,
      password: 'correct horse battery',
      email: `${name}@example.com`,
      nickname: name,
      schoolId: school.id,
      departmentId: dept.id,
    });
    return { id: UserId(user.id), role: 'user', schoolId: school.id } as Actor;
  };
  const [kim, lee] = [await signUp('kim'), await signUp('lee')];
  return { clock, mailer, failures, campus, verification, school, kim, lee };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'expected a rejection').to.not.equal(null);
  return (error as { code: string }).code;
}

describe('School e-mail verification', () => {
  it('mails the code after the answer and verifies the address, which becomes the account e-mail', async () => {
    const mailer = new RecordingMailer();
    const w = await world({ mailer });
    const { delivery } = await w.verification.requestVerification.execute({
      actor: w.kim,
      email: 'Kim@CS.sogang.ac.kr',
    });
    expect(mailer.sent).to.have.length(0);
    expect(await delivery).to.deep.equal({ outcome: 'mailed' });
    expect(mailer.sent[0]).to.include({ to: 'kim@cs.sogang.ac.kr' });
    expect(mailer.sent[0]?.text).to.contain('111111');
    w.clock.advance(5_000);
    const me = await w.verification.confirmVerification.execute({ actor: w.kim, code: '111111' });
    expect(me).to.include({ email: 'kim@cs.sogang.ac.kr', verified: true, restrictedUntil: null });
    expect((await w.campus.identity.getMe.execute({ actor: w.kim })).verified).to.equal(true);
  });

  it('refuses an address outside the school domains, one another account has, and an account that is gone', async () => {
    const w = await world();
    expect(
      await codeOf(w.verification.requestVerification.execute({ actor: w.kim, email: 'kim@gmail.com' })),
    ).to.equal('EMAIL_DOMAIN_NOT_ALLOWED');
    await w.verification.requestVerification.execute({ actor: w.lee, email: 'lee@sogang.ac.kr' });
    await w.verification.confirmVerification.execute({ actor: w.lee, code: '111111' });
    expect(
      await codeOf(w.verification.requestVerification.execute({ actor: w.kim, email: 'lee@sogang.ac.kr' })),
    ).to.equal('EMAIL_TAKEN');
    expect(
      await codeOf(w.verification.requestVerification.execute({ actor: ADMIN, email: 'a@sogang.ac.kr' })),
    ).to.equal('USER_NOT_FOUND');
  });

  it('mails one code a minute per member', async () => {
    const w = await world();
    await w.verification.requestVerification.execute({ actor: w.kim, email: 'kim@sogang.ac.kr' });
    w.clock.advance(59_999);
    expect(
      await codeOf(w.verification.requestVerification.execute({ actor: w.kim, email: 'kim@sogang.ac.kr' })),
    ).to.equal('TOO_FAST');
    await w.verification.requestVerification.execute({ actor: w.lee, email: 'lee@sogang.ac.kr' });
    w.clock.advance(1);
    await w.verification.requestVerification.execute({ actor: w.kim, email: 'kim@sogang.ac.kr' });
  });

  it('counts verification mails in WRITE_BURST, and a refused address costs nothing', async () => {
    const w = await world({ writeBurst: 1 });
    expect(
      await codeOf(w.verification.requestVerification.execute({ actor: w.kim, email: 'kim@gmail.com' })),
    ).to.equal('EMAIL_DOMAIN_NOT_ALLOWED');
    await w.campus.friends.sendFriendRequest.execute({ actor: w.kim, username: 'lee_cs' });
    expect(
      await codeOf(w.verification.requestVerification.execute({ actor: w.kim, email: 'kim@sogang.ac.kr' })),
    ).to.equal('TOO_FAST');
    await w.verification.requestVerification.execute({ actor: w.lee, email: 'lee@sogang.ac.kr' });
  });

  it('voids a code after five wrong tries and makes the right one INVALID_CODE', async () => {
    const w = await world();
    await w.verification.requestVerification.execute({ actor: w.kim, email: 'kim@sogang.ac.kr' });
    for (let n = 0; n < 5; n++)
      expect(
        await codeOf(w.verification.confirmVerification.execute({ actor: w.kim, code: '999999' })),
      ).to.equal('INVALID_CODE');
    expect(
      await codeOf(w.verification.confirmVerification.execute({ actor: w.kim, code: '111111' })),
    ).to.equal('INVALID_CODE');
  });

  it('takes a code until just before ten minutes have passed, and no later', async () => {
    const w = await world();
    await w.verification.requestVerification.execute({ actor: w.kim, email: 'kim@sogang.ac.kr' });
    w.clock.advance(VERIFICATION_CODE_TTL_MS);
    expect(
      await codeOf(w.verification.confirmVerification.execute({ actor: w.kim, code: '111111' })),
    ).to.equal('INVALID_CODE');
    w.clock.advance(60_000);
    await w.verification.requestVerification.execute({ actor: w.kim, email: 'kim@sogang.ac.kr' });
    w.clock.advance(VERIFICATION_CODE_TTL_MS - 1);
    expect(
      (await w.verification.confirmVerification.execute({ actor: w.kim, code: '222222' })).verified,
    ).to.equal(true);
  });

  it('uses a code once, also when eight confirmations race with it', async () => {
    const w = await world();
    await w.verification.requestVerification.execute({ actor: w.kim, email: 'kim@sogang.ac.kr' });
    const answers = await Promise.allSettled(
      Array.from({ length: 8 }, () =>
        w.verification.confirmVerification.execute({ actor: w.kim, code: '111111' }),
      ),
    );
    expect(answers.filter((a) => a.status === 'fulfilled')).to.have.length(1);
    for (const a of answers.filter((a): a is PromiseRejectedResult => a.status === 'rejected'))
      expect(a.reason).to.have.property('code', 'INVALID_CODE');
  });

  it('voids the earlier code when a new one is mailed', async () => {
    const w = await world();
    await w.verification.requestVerification.execute({ actor: w.kim, email: 'kim@sogang.ac.kr' });
    w.clock.advance(60_000);
    await w.verification.requestVerification.execute({ actor: w.kim, email: 'kim@sogang.ac.kr' });
    expect(
      await codeOf(w.verification.confirmVerification.execute({ actor: w.kim, code: '111111' })),
    ).to.equal('INVALID_CODE');
    expect(
      (await w.verification.confirmVerification.execute({ actor: w.kim, code: '222222' })).verified,
    ).to.equal(true);
  });

  it('given two members racing for one address, then one has it, the other gets EMAIL_TAKEN and keeps the code', async () => {
    const w = await world({ codes: ['111111', '222222'] });
    await w.verification.requestVerification.execute({ actor: w.kim, email: 'shared@sogang.ac.kr' });
    await w.verification.requestVerification.execute({ actor: w.lee, email: 'shared@sogang.ac.kr' });
    const [kim, lee] = await Promise.allSettled([
      w.verification.confirmVerification.execute({ actor: w.kim, code: '111111' }),
      w.verification.confirmVerification.execute({ actor: w.lee, code: '222222' }),
    ]);
    expect([kim.status, lee.status]).to.deep.equal(['fulfilled', 'rejected']);
    expect((lee as PromiseRejectedResult).reason).to.have.property('code', 'EMAIL_TAKEN');
    // The loser's code was not used up: it fails on the address, not on the code.
    expect(
      await codeOf(w.verification.confirmVerification.execute({ actor: w.lee, code: '222222' })),
    ).to.equal('EMAIL_TAKEN');
  });

  it('refuses a confirmation when the school no longer has the domain', async () => {
    const w = await world();
    await w.verification.requestVerification.execute({ actor: w.kim, email: 'kim@sogang.ac.kr' });
    await w.verification.updateSchool.execute({
      actor: ADMIN,
      schoolId: w.school.id,
      emailDomains: ['other.ac.kr'],
    });
    expect(
      await codeOf(w.verification.confirmVerification.execute({ actor: w.kim, code: '111111' })),
    ).to.equal('EMAIL_DOMAIN_NOT_ALLOWED');
  });

  it('answers at once when the mail fails, and reports the failure', async () => {
    const failing: Mailer = { send: () => Promise.reject(new Error('connection refused')) };
    const w = await world({ mailer: failing });
    const { delivery } = await w.verification.requestVerification.execute({
      actor: w.kim,
      email: 'kim@sogang.ac.kr',
    });
    expect((await delivery).outcome).to.equal('failed');
    expect(w.failures.map((e) => (e as Error).message)).to.deep.equal(['connection refused']);
  });
});

describe('Schools and restrictions (admin)', () => {
  it('updates a school name and domains for admins only, at least one of them given', async () => {
    const w = await world();
    const updated = await w.verification.updateSchool.execute({
      actor: ADMIN,
      schoolId: w.school.id,
      name: '서강대',
      emailDomains: ['SOGANG.ac.kr', 'sogang.ac.kr'],
    });
    expect(updated).to.deep.equal({ id: w.school.id, name: '서강대', emailDomains: ['sogang.ac.kr'] });
    expect(
      await codeOf(w.verification.updateSchool.execute({ actor: ADMIN, schoolId: w.school.id })),
    ).to.equal('VALIDATION_FAILED');
    expect(
      await codeOf(w.verification.updateSchool.execute({ actor: w.kim, schoolId: w.school.id, name: 'x' })),
    ).to.equal('FORBIDDEN');
    expect(
      await codeOf(w.verification.updateSchool.execute({ actor: ADMIN, schoolId: 'none', name: 'x' })),
    ).to.equal('SCHOOL_NOT_FOUND');
  });

  it('restricts a member from now for whole days, answering what an audit record needs, and lifts it', async () => {
    const w = await world();
    const restriction = await w.verification.restrictUser.execute({
      actor: ADMIN,
      userId: w.kim.id,
      days: 2,
      reason: ' 도배 ',
    });
    const now = w.clock.now();
    expect(restriction).to.deep.equal({
      userId: w.kim.id,
      until: new Date(now.getTime() + 2 * 86_400_000),
      reason: '도배',
      restrictedBy: ADMIN.id,
      restrictedAt: now,
    });
    expect((await w.campus.identity.getMe.execute({ actor: w.kim })).restrictedUntil).to.deep.equal(
      restriction.until,
    );
    const lifted = await w.verification.liftRestriction.execute({ actor: ADMIN, userId: w.kim.id });
    expect(lifted).to.deep.equal({ userId: w.kim.id, liftedBy: ADMIN.id, liftedAt: now });
    expect((await w.campus.identity.getMe.execute({ actor: w.kim })).restrictedUntil).to.equal(null);
    expect(
      await codeOf(
        w.verification.restrictUser.execute({ actor: w.lee, userId: w.kim.id, days: 1, reason: 'r' }),
      ),
    ).to.equal('FORBIDDEN');
    expect(await codeOf(w.verification.liftRestriction.execute({ actor: ADMIN, userId: 'nobody' }))).to.equal(
      'USER_NOT_FOUND',
    );
  });

  it('holds a restricted member back from every guarded write, likes included, until the restriction ends', async () => {
    const w = await world();
    const { board } = w.campus;
    const created = await board.createBoard.execute({
      actor: ADMIN,
      schoolId: w.school.id,
      name: '자유',
      description: '',
    });
    const post = await board.createPost.execute({
      actor: w.lee,
      boardId: created.id,
      title: 't',
      content: 'c',
    });
    await w.verification.restrictUser.execute({ actor: ADMIN, userId: w.kim.id, days: 1, reason: 'r' });
    expect(
      await codeOf(board.createPost.execute({ actor: w.kim, boardId: created.id, title: 't', content: 'c' })),
    ).to.equal('RESTRICTED');
    expect(await codeOf(board.likePost.execute({ actor: w.kim, postId: post.id }))).to.equal('RESTRICTED');
    w.clock.advance(86_400_000);
    expect((await board.likePost.execute({ actor: w.kim, postId: post.id })).likeCount).to.equal(1);
  });

  it('given a write refused for the member standing, then it counted nothing: the next one goes through at once', async () => {
    const w = await world({ postIntervalMs: 10_000 });
    const { board } = w.campus;
    const created = await board.createBoard.execute({
      actor: ADMIN,
      schoolId: w.school.id,
      name: '자유',
      description: '',
    });
    const write = () =>
      board.createPost.execute({ actor: w.kim, boardId: created.id, title: 't', content: 'c' });
    await w.verification.restrictUser.execute({ actor: ADMIN, userId: w.kim.id, days: 1, reason: 'r' });
    expect(await codeOf(write())).to.equal('RESTRICTED');
    await w.verification.liftRestriction.execute({ actor: ADMIN, userId: w.kim.id });
    await write();
    expect(await codeOf(write())).to.equal('TOO_FAST');
  });

  it('given verification required, then an unverified member may not like, and a verified one may', async () => {
    const w = await world({ required: true });
    const { board } = w.campus;
    const created = await board.createBoard.execute({
      actor: ADMIN,
      schoolId: w.school.id,
      name: '자유',
      description: '',
    });
    const post = await board.createPost.execute({
      actor: ADMIN,
      boardId: created.id,
      title: 't',
      content: 'c',
    });
    expect(await codeOf(board.likePost.execute({ actor: w.kim, postId: post.id }))).to.equal(
      'VERIFICATION_REQUIRED',
    );
    await w.verification.requestVerification.execute({ actor: w.kim, email: 'kim@sogang.ac.kr' });
    await w.verification.confirmVerification.execute({ actor: w.kim, code: '111111' });
    expect((await board.likePost.execute({ actor: w.kim, postId: post.id })).likeCount).to.equal(1);
  });
});
