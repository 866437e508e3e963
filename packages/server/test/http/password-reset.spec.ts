import { RecordingMailer } from '@campus/adapters/mail';
import type { Mail, Mailer } from '@campus/domain';
import { expect } from 'chai';
import { API, ApiClient, expectError, type Member } from '../support/api.js';
import { tooFast } from '../support/limits-world.js';
import { STORAGES, startOn } from '../support/storages.js';
import type { TestApp } from '../support/test-app.js';
import { SteppingClock } from '../support/test-clock.js';

const PUBLIC_URL = 'https://campus.example';
const PASSWORD = 'correct horse battery';

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

/** Takes every mail and never answers: a mail server that hangs. */
class HangingMailer implements Mailer {
  readonly handed: Mail[] = [];
  private called!: () => void;
  readonly firstCall = new Promise<void>((resolve) => (this.called = resolve));

  send(mail: Mail): Promise<void> {
    this.handed.push(mail);
    this.called();
    return new Promise<void>(() => undefined);
  }
}

const tokenOf = (mail: Mail): string => {
  const link = /https:\/\/campus\.example\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(mail.text);
  expect(link, mail.text).to.not.equal(null);
  return link![1]!;
};

for (const storage of STORAGES) {
  describe(`Password reset over HTTP (${storage.name})`, function () {
    this.timeout(30_000);
    let app: TestApp | null = null;
    let clock: SteppingClock;
    let mails: WaitingMailer;
    let kim: Member;
    const email = 'kim@example.com';

    async function start(env: Record<string, string> = {}, mailer?: Mailer) {
      clock = new SteppingClock();
      mails = new WaitingMailer();
      app = await startOn(storage, { PUBLIC_URL, ...env }, { clock, mailer: mailer ?? mails });
      if (!app) return false;
      const api = new ApiClient(app);
      kim = await api.signUp(await api.school(), { email });
      return true;
    }
    afterEach(async () => {
      await app?.close();
      app = null;
    });

    const request = (address: string) =>
      app!.http.post(`${API}/auth/password-reset`).send({ email: address });
    const confirm = (token: string, newPassword = 'a new password 1') =>
      app!.http.post(`${API}/auth/password-reset/confirm`).send({ token, newPassword });
    const logIn = (password: string) =>
      app!.http.post(`${API}/auth/login`).send({ username: kim.username, password });

    /** Asks for a reset of kim's password and answers the token of the mail that arrives. */
    async function mailedToken(): Promise<string> {
      const mail = mails.next(email);
      await request(email).expect(202);
      return tokenOf(await mail);
    }

    it('answers 202 with the same body for a known and an unknown address, and mails a link to the known one only', async function () {
      if (!(await start())) return this.skip();
      const arrived = mails.next(email);
      const unknown = await request('nobody@example.com');
      const known = await request(email);
      expect(unknown.status).to.equal(202);
      expect(known.status).to.equal(202);
      expect(known.body).to.deep.equal(unknown.body);
      expect(known.text).to.equal(unknown.text);
      const mail = await arrived;
      expect(mail.to).to.equal(email);
      expect(tokenOf(mail)).to.have.length.of.at.least(43);
      expect(mail.text).to.not.contain(PASSWORD);
      expect(mail.text).to.not.contain(kim.accessToken);
      expect(mails.sent.map((m) => m.to)).to.deep.equal([email]);
    });

    it('sets the password once, ends every session, and answers INVALID_TOKEN for the used token', async function () {
      if (!(await start())) return this.skip();
      const token = await mailedToken();
      await confirm(token).expect(204);
      expectError(await app!.http.get(`${API}/me`).set(kim.auth), 401, 'SESSION_REVOKED');
      const refreshed = await app!.http.post(`${API}/auth/refresh`).send({ refreshToken: kim.refreshToken });
      expect(refreshed.status).to.equal(401);
      expectError(await logIn(PASSWORD), 401, 'INVALID_CREDENTIALS');
      await logIn('a new password 1').expect(200);
      expectError(await confirm(token, 'yet another one 2'), 400, 'INVALID_TOKEN');
      await logIn('a new password 1').expect(200);
    });

    it('answers INVALID_TOKEN for an unknown token and for one 30 minutes old, and changes nothing', async function () {
      if (!(await start())) return this.skip();
      expectError(await confirm('not-a-token-that-was-ever-mailed'), 400, 'INVALID_TOKEN');
      const token = await mailedToken();
      clock.advance(30 * 60_000);
      expectError(await confirm(token), 400, 'INVALID_TOKEN');
      await logIn(PASSWORD).expect(200);
    });

    it('checks the new password as signup does', async function () {
      if (!(await start())) return this.skip();
      const token = await mailedToken();
      expectError(await confirm(token, 'short'), 400, 'VALIDATION_FAILED');
      expectError(await confirm(token, '가'.repeat(25)), 400, 'VALIDATION_FAILED');
      await confirm(token).expect(204);
    });

    it('lets one request a minute through per address, known or not: 429 TOO_FAST with Retry-After', async function () {
      if (!(await start())) return this.skip();
      await mailedToken();
      await request('nobody@example.com').expect(202);
      clock.advance(20_000);
      tooFast(await request(email), 40);
      tooFast(await request('nobody@example.com'), 40);
      clock.advance(40_000);
      await mailedToken();
      await request('nobody@example.com').expect(202);
      expect(mails.sent).to.have.length(2);
    });

    it('lets WRITE_BURST requests a minute through per client address', async function () {
      if (!(await start({ WRITE_BURST: '2' }))) return this.skip();
      await request('a@example.com').expect(202);
      await request('b@example.com').expect(202);
      tooFast(await request('c@example.com'), 60);
      clock.advance(60_000);
      await request('c@example.com').expect(202);
    });

    it('answers 202 at once when the mail server never answers', async function () {
      const hanging = new HangingMailer();
      if (!(await start({}, hanging))) return this.skip();
      await request(email).expect(202);
      await hanging.firstCall;
      expect(hanging.handed.map((m) => m.to)).to.deep.equal([email]);
      await request('lee@example.com').expect(202);
    });

    it('answers 202 when the mail cannot be sent: the failure is logged, not answered', async function () {
      const failing: Mailer = { send: () => Promise.reject(new Error('connection refused')) };
      if (!(await start({}, failing))) return this.skip();
      const res = await request(email).expect(202);
      expect(res.body).to.have.property('message').that.is.a('string');
    });
  });
}
