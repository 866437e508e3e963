import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IdGenerator, Mail, Mailer } from '@campus/domain';
import { createTransport, type Transporter } from 'nodemailer';

export interface OutboxMailerOptions {
  /** Where each mail is written as `<id>.eml` (created when missing). */
  directory: string;
  from: string;
  /** Time-ordered ids, so the files sort in the order the mails were sent. */
  ids: IdGenerator;
  /** Told of every mail written, e.g. to log one line; it gets the file, never the mail's text. */
  onWritten?: (file: string, mail: { to: string; subject: string }) => void;
}

/**
 * The mail server of a machine without one: each mail is built exactly as SMTP would carry it
 * (nodemailer's stream transport) and written as an `.eml` file that any mail program opens.
 */
export class OutboxMailer implements Mailer {
  private readonly transport: Transporter;

  constructor(private readonly options: OutboxMailerOptions) {
    this.transport = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(mail: Mail): Promise<void> {
    const built = await this.transport.sendMail({
      from: this.options.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
    });
    const message: unknown = built.message;
    if (!Buffer.isBuffer(message)) throw new Error('the stream transport did not build the mail');
    await mkdir(this.options.directory, { recursive: true });
    const file = join(this.options.directory, `${this.options.ids.next()}.eml`);
    await writeFile(file, message, { flag: 'wx', mode: 0o600 });
    this.options.onWritten?.(file, { to: mail.to, subject: mail.subject });
  }
}
