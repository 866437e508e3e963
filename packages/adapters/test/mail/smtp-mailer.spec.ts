import { once } from 'node:events';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { expect } from 'chai';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { SmtpMailer } from '../../src/mail/index.js';
import { mailerContract } from './mailer.contract.js';

const FROM = 'campus <no-reply@campus.test>';

/** A real SMTP server on a free port of this machine, keeping what it receives. */
async function smtpServer(
  options: { rejectRecipient?: string; credentials?: { user: string; pass: string } } = {},
) {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    disabledCommands: options.credentials ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !options.credentials,
    logger: false,
    onAuth(auth, _session, callback) {
      const ok = auth.username === options.credentials?.user && auth.password === options.credentials?.pass;
      callback(ok ? null : new Error('bad credentials'), ok ? { user: auth.username } : undefined);
    },
    onRcptTo(address, _session, callback) {
      callback(address.address === options.rejectRecipient ? new Error('no such mailbox') : null);
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('SmtpMailer, against a real SMTP server', () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  mailerContract('SmtpMailer', FROM, async () => {
    const server = await smtpServer();
    const mailer = new SmtpMailer({ url: `smtp://127.0.0.1:${server.port}`, from: FROM });
    cleanups.push(server.close, () => mailer.close());
    return { mailer, delivered: () => Promise.resolve([...server.received]) };
  });

  it('given a server that asks for credentials, when the URL carries them, then the mail is accepted', async () => {
    const server = await smtpServer({ credentials: { user: 'campus', pass: 's3cret' } });
    const mailer = new SmtpMailer({ url: `smtp://campus:s3cret@127.0.0.1:${server.port}`, from: FROM });
    cleanups.push(server.close, () => mailer.close());

    await mailer.send({ to: 'kim@snu.ac.kr', subject: 'hi', text: 'hello' });

    expect(server.received.map((m) => m.subject)).to.deep.equal(['hi']);
  });

  it('given wrong credentials, when sending, then send rejects and nothing arrives', async () => {
    const server = await smtpServer({ credentials: { user: 'campus', pass: 's3cret' } });
    const mailer = new SmtpMailer({ url: `smtp://campus:wrong@127.0.0.1:${server.port}`, from: FROM });
    cleanups.push(server.close, () => mailer.close());

    let error: unknown;
    await mailer
      .send({ to: 'kim@snu.ac.kr', subject: 'hi', text: 'hello' })
      .catch((e: unknown) => (error = e));

    expect(error).to.be.instanceOf(Error);
    expect(server.received).to.have.length(0);
  });

  it('given a recipient the server refuses, when sending, then send rejects', async () => {
    const server = await smtpServer({ rejectRecipient: 'nobody@snu.ac.kr' });
    const mailer = new SmtpMailer({ url: `smtp://127.0.0.1:${server.port}`, from: FROM });
    cleanups.push(server.close, () => mailer.close());

    let error: unknown;
    await mailer
      .send({ to: 'nobody@snu.ac.kr', subject: 'hi', text: 'x' })
      .catch((e: unknown) => (error = e));

    expect(error).to.be.instanceOf(Error);
    expect(server.received).to.have.length(0);
  });

  it('given no server listening, when sending, then send rejects instead of waiting', async () => {
    const server = await smtpServer();
    await server.close();
    const mailer = new SmtpMailer({ url: `smtp://127.0.0.1:${server.port}`, from: FROM, timeoutMs: 1_000 });
    cleanups.push(() => mailer.close());

    let error: unknown;
    await mailer.send({ to: 'kim@snu.ac.kr', subject: 'hi', text: 'x' }).catch((e: unknown) => (error = e));

    expect(error).to.be.instanceOf(Error);
  });

  it('given a server that accepts the connection and never greets, when sending, then send rejects within its bound', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket)).listen(0, '127.0.0.1');
    await once(silent, 'listening');
    const { port } = silent.address() as AddressInfo;
    const mailer = new SmtpMailer({ url: `smtp://127.0.0.1:${port}`, from: FROM, timeoutMs: 300 });
    cleanups.push(
      () => new Promise((resolve) => silent.close(resolve)),
      () => sockets.forEach((s) => s.destroy()),
      () => mailer.close(),
    );

    const started = Date.now();
    let error: unknown;
    await mailer.send({ to: 'kim@snu.ac.kr', subject: 'hi', text: 'x' }).catch((e: unknown) => (error = e));

    expect(error).to.be.instanceOf(Error);
    expect(Date.now() - started).to.be.below(5_000);
  });
});
