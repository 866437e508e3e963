import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { simpleParser } from 'mailparser';
import { SequentialIdGenerator } from '../../src/system/index.js';
import { OutboxMailer } from '../../src/mail/index.js';
import { mailerContract } from './mailer.contract.js';

const FROM = 'campus <no-reply@localhost>';

describe('OutboxMailer', () => {
  const directories: string[] = [];
  afterEach(async () => {
    for (const directory of directories.splice(0)) await rm(directory, { recursive: true, force: true });
  });

  async function outbox(onWritten?: (file: string, mail: { to: string; subject: string }) => void) {
    const root = await mkdtemp(join(tmpdir(), 'campus-outbox-'));
    directories.push(root);
    const directory = join(root, 'data', 'outbox');
    const mailer = new OutboxMailer({ directory, from: FROM, ids: new SequentialIdGenerator(), onWritten });
    const delivered = async () => {
      const files = (await readdir(directory)).sort();
      return Promise.all(files.map(async (file) => simpleParser(await readFile(join(directory, file)))));
    };
    return { mailer, directory, delivered };
  }

  mailerContract('OutboxMailer', FROM, () => outbox());

  it('given a mail, then one .eml file is written and announced by its path, without its text', async () => {
    const announced: unknown[] = [];
    const { mailer, directory } = await outbox((file, mail) => announced.push({ file, mail }));

    await mailer.send({ to: 'kim@snu.ac.kr', subject: '비밀번호 재설정', text: 'token: do-not-log-me' });

    const files = await readdir(directory);
    expect(files).to.have.length(1);
    expect(files[0]).to.match(/\.eml$/);
    expect(announced).to.deep.equal([
      { file: join(directory, files[0] ?? ''), mail: { to: 'kim@snu.ac.kr', subject: '비밀번호 재설정' } },
    ]);
    expect(JSON.stringify(announced)).not.to.include('do-not-log-me');
  });
});
