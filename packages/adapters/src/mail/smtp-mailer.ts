import type { Mail, Mailer } from '@campus/domain';
import { createTransport, type Transporter } from 'nodemailer';

export interface SmtpMailerOptions {
  /** `smtp://user:pass@host:port` or `smtps://…` (TLS from the first byte). */
  url: string;
  /** The sender, e.g. `campus <no-reply@example.ac.kr>`. */
  from: string;
  /** How long one mail may take, in ms, from connecting to the server's answer. */
  timeoutMs?: number;
}

/**
 * Sends through an SMTP server with nodemailer, one connection per mail: mails are rare (a code, a
 * reset link), and nothing stays open to hold a shutdown. Every step (connecting, the greeting,
 * each command) is bounded, so a silent server fails a mail instead of holding the request that
 * sent it.
 */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;

  constructor(private readonly options: SmtpMailerOptions) {
    const timeout = options.timeoutMs ?? 10_000;
    this.transport = createTransport({
      url: options.url,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    });
  }

  async send(mail: Mail): Promise<void> {
    await this.transport.sendMail({
      from: this.options.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
    });
  }

  close(): void {
    this.transport.close();
  }
}
