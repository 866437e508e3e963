import { RecordingMailer } from '@campus/adapters/mail';
import type { Mail } from '@campus/domain';
import { expect } from 'chai';
import { API, ApiClient, expectError, type Member } from '../support/api.js';
import { tooFast } from '../support/limits-world.js';
import { STORAGES, startOn } from '../support/storages.js';
import type { TestApp } from '../support/test-app.js';
import { SteppingClock } from '../support/test-clock.js';

/** Records mails and lets a test wait for the next one to an address, instead of polling. */
class WaitingMailer extends RecordingMailer {
  private readonly waiters: { to: string; resolve: (mail: Mail) => void }[] = [];

  override async send(mail: Mail): Promise<void> {
    await super.send(mail);
    for (const waiter of this.waiters.filter((w) => w.to === mail.to)) waiter.resolve(mail);
  }

  next(to: string): Promise<Mail> {
    return new Promise((resolve) => this.waiters.push({ to, resolve }));
  }
}

const codeOf = (mail: Mail): string => {
  const found = /\b([0-9]{6})\b/.exec(mail.text);
  expect(found, mail.text).to.not.equal(null);
  return found![1]!;
};
/** Another 6-digit code than `code`. */
const otherThan = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

for (const storage of STORAGES) {
  describe(`School e-mail verification over HTTP (${storage.name})`, function () {
    this.timeout(30_000);
    let app: TestApp | null = null;
    let clock: SteppingClock;
    let mails: WaitingMailer;
    let api: ApiClient;
    let admin: Member;
    let school: { id: string; departmentId: string };
    let kim: Member;

    async function start(env: Record<string, string> = {}) {
      clock = new SteppingClock();
      mails = new WaitingMailer();
      app = await startOn(storage, env, { clock, mailer: mails });
      if (!app) return false;
      api = new ApiClient(app);
      admin = await api.admin();
      school = await api.school();
      await app.http
        .patch(`${API}/schools/${school.id}`)
        .set(admin.auth)
        .send({ emailDomains: ['sogang.ac.kr'] })
        .expect(200);
      kim = await api.signUp(school);
      return true;
    }
    afterEach(async () => {
      await app?.close();
      app = null;
    });

    const request = (who: Member, email: string) =>
      app!.http.post(`${API}/me/verification`).set(who.auth).send({ email });
    const confirm = (who: Member, code: string) =>
      app!.http.post(`${API}/me/verification/confirm`).set(who.auth).send({ code });
    async function mailedCode(who: Member, email: string): Promise<string> {
      const mail = mails.next(email.toLowerCase());
      await request(who, email).expect(202);
      return codeOf(await mail);
    }

    it('given an address at a subdomain of the school, then a mailed code verifies it and it becomes the account e-mail', async function () {
      if (!(await start())) return this.skip();
      const before = await app!.http.get(`${API}/me`).set(kim.auth).expect(200);
      expect(before.body).to.include({ verified: false, restrictedUntil: null });
      const code = await mailedCode(kim, 'Kim@CS.Sogang.ac.kr');
      expect(code).to.match(/^[0-9]{6}$/);
      expect(mails.sent[0]?.subject).to.not.contain(code);
      const me = await confirm(kim, code).expect(200);
      expect(me.body).to.include({
        id: kim.id,
        email: 'kim@cs.sogang.ac.kr',
        verified: true,
        restrictedUntil: null,
      });
      const again = await app!.http.get(`${API}/me`).set(kim.auth).expect(200);
      expect(again.body).to.deep.equal(me.body);
      const login = await app!.http
        .post(`${API}/auth/login`)
        .send({ username: kim.username, password: 'correct horse battery' })
        .expect(200);
      expect(login.body.user).to.include({ verified: true, email: 'kim@cs.sogang.ac.kr' });
    });

    it('refuses addresses outside the school domains, look-alikes included, and an address another account has', async function () {
      if (!(await start())) return this.skip();
      expectError(await request(kim, 'kim@gmail.com'), 400, 'EMAIL_DOMAIN_NOT_ALLOWED');
      expectError(await request(kim, 'kim@notsogang.ac.kr'), 400, 'EMAIL_DOMAIN_NOT_ALLOWED');
      expectError(await request(kim, 'kim@sogang.ac.kr.evil.com'), 400, 'EMAIL_DOMAIN_NOT_ALLOWED');
      const lee = await api.signUp(school, { email: 'lee@sogang.ac.kr' });
      expectError(await request(kim, 'LEE@sogang.ac.kr'), 409, 'EMAIL_TAKEN');
      await request(lee, 'lee@sogang.ac.kr').expect(202);
      expectError(await request(admin, 'admin@sogang.ac.kr'), 400, 'EMAIL_DOMAIN_NOT_ALLOWED');
      expectError(await request(kim, 'not an address'), 400, 'VALIDATION_FAILED');
      expect(mails.sent.map((m) => m.to)).to.deep.equal(['lee@sogang.ac.kr']);
    });

    it('mails one code a minute per member: 429 TOO_FAST with Retry-After, and the newer code voids the older', async function () {
      if (!(await start())) return this.skip();
      const first = await mailedCode(kim, 'kim@sogang.ac.kr');
      clock.advance(15_000);
      tooFast(await request(kim, 'kim@sogang.ac.kr'), 45);
      clock.advance(45_000);
      const second = await mailedCode(kim, 'kim@sogang.ac.kr');
      if (first !== second) expectError(await confirm(kim, first), 400, 'INVALID_CODE');
      await confirm(kim, second).expect(200);
    });

    it('counts verification mails in WRITE_BURST', async function () {
      if (!(await start({ WRITE_BURST: '1' }))) return this.skip();
      const lee = await api.signUp(school);
      await app!.http
        .post(`${API}/friends/requests`)
        .set(kim.auth)
        .send({ username: lee.username })
        .expect(201);
      tooFast(await request(kim, 'kim@sogang.ac.kr'), 60);
    });

    it('voids a code after five wrong tries, so that even the right one is then INVALID_CODE', async function () {
      if (!(await start())) return this.skip();
      const code = await mailedCode(kim, 'kim@sogang.ac.kr');
      for (let n = 0; n < 5; n++) expectError(await confirm(kim, otherThan(code)), 400, 'INVALID_CODE');
      expectError(await confirm(kim, code), 400, 'INVALID_CODE');
      const me = await app!.http.get(`${API}/me`).set(kim.auth).expect(200);
      expect(me.body.verified).to.equal(false);
    });

    it('takes the right code on the fifth try, works once, and not after 10 minutes', async function () {
      if (!(await start())) return this.skip();
      const code = await mailedCode(kim, 'kim@sogang.ac.kr');
      for (let n = 0; n < 4; n++) expectError(await confirm(kim, otherThan(code)), 400, 'INVALID_CODE');
      await confirm(kim, code).expect(200);
      expectError(await confirm(kim, code), 400, 'INVALID_CODE');
      clock.advance(60_000);
      const late = await mailedCode(kim, 'kim@sogang.ac.kr');
      clock.advance(10 * 60_000);
      expectError(await confirm(kim, late), 400, 'INVALID_CODE');
      expectError(await confirm(kim, '12345'), 400, 'VALIDATION_FAILED');
    });

    it('given two members confirming one address at once, then one has it and the other gets 409 EMAIL_TAKEN', async function () {
      if (!(await start())) return this.skip();
      const lee = await api.signUp(school);
      const kimCode = await mailedCode(kim, 'shared@sogang.ac.kr');
      const leeCode = await mailedCode(lee, 'shared@sogang.ac.kr');
      const answers = await Promise.all([confirm(kim, kimCode), confirm(lee, leeCode)]);
      expect(answers.map((res) => res.status).sort()).to.deep.equal([200, 409]);
      expect(answers.find((res) => res.status === 409)?.body.error.code).to.equal('EMAIL_TAKEN');
      const winner = answers.find((res) => res.status === 200)!.body as { id: string };
      expect(winner).to.include({ email: 'shared@sogang.ac.kr', verified: true });
    });

    it('lets admins set a school name and e-mail domains, and no one else', async function () {
      if (!(await start())) return this.skip();
      const patch = (who: Member, id: string, body: unknown) =>
        app!.http
          .patch(`${API}/schools/${id}`)
          .set(who.auth)
          .send(body as object);
      const made = await app!.http
        .post(`${API}/schools`)
        .set(admin.auth)
        .send({ name: '연세대학교', emailDomains: ['Yonsei.ac.kr'] })
        .expect(201);
      expect(made.body).to.deep.equal({
        id: made.body.id,
        name: '연세대학교',
        emailDomains: ['yonsei.ac.kr'],
      });
      const renamed = await patch(admin, made.body.id, { name: '연세대' }).expect(200);
      expect(renamed.body).to.deep.equal({
        id: made.body.id,
        name: '연세대',
        emailDomains: ['yonsei.ac.kr'],
      });
      const emptied = await patch(admin, made.body.id, { emailDomains: [] }).expect(200);
      expect(emptied.body.emailDomains).to.deep.equal([]);
      expectError(await patch(admin, made.body.id, {}), 400, 'VALIDATION_FAILED');
      expectError(
        await patch(admin, made.body.id, { emailDomains: ['not a domain'] }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(await patch(admin, made.body.id, { name: 'x', id: 'y' }), 400, 'VALIDATION_FAILED');
      expectError(await patch(kim, made.body.id, { name: '해킹' }), 403, 'FORBIDDEN');
      expectError(await patch(admin, `${made.body.id}x`, { name: '없음' }), 404, 'SCHOOL_NOT_FOUND');
      const other = await api.school('고려대학교');
      expectError(await patch(admin, other.id, { name: '연세대' }), 409, 'SCHOOL_EXISTS');
      const listed = await app!.http.get(`${API}/schools`).expect(200);
      expect(listed.body.find((s: { id: string }) => s.id === made.body.id)).to.deep.equal({
        id: made.body.id,
        name: '연세대',
      });
    });

    it('given REQUIRE_VERIFICATION on, then unverified members may not write until verified, and admins always may', async function () {
      if (!(await start({ REQUIRE_VERIFICATION: 'on' }))) return this.skip();
      const board = await app!.http
        .post(`${API}/schools/${school.id}/boards`)
        .set(admin.auth)
        .send({ name: '자유게시판' })
        .expect(201);
      const post = (who: Member) =>
        app!.http
          .post(`${API}/boards/${board.body.id}/posts`)
          .set(who.auth)
          .send({ title: 't', content: 'c' });
      expectError(await post(kim), 403, 'VERIFICATION_REQUIRED');
      const adminPost = await post(admin).expect(201);
      expectError(
        await app!.http.post(`${API}/posts/${adminPost.body.id}/like`).set(kim.auth),
        403,
        'VERIFICATION_REQUIRED',
      );
      await app!.http.get(`${API}/posts/${adminPost.body.id}`).set(kim.auth).expect(200);
      await confirm(kim, await mailedCode(kim, 'kim@sogang.ac.kr')).expect(200);
      await post(kim).expect(201);
      await app!.http.post(`${API}/posts/${adminPost.body.id}/like`).set(kim.auth).expect(200);
    });

    it('given REQUIRE_VERIFICATION off (the test default), then unverified members write', async function () {
      if (!(await start())) return this.skip();
      const lee = await api.signUp(school);
      await app!.http
        .post(`${API}/friends/requests`)
        .set(kim.auth)
        .send({ username: lee.username })
        .expect(201);
    });
  });
}
