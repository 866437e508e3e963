import type { Mail, Mailer } from '@campus/domain';

/** Keeps every mail in memory, newest last: for tests and embedders who deliver mail themselves. */
export class RecordingMailer implements Mailer {
  readonly sent: Mail[] = [];

  send(mail: Mail): Promise<void> {
    this.sent.push({ ...mail });
    return Promise.resolve();
  }

  /** The newest mail to `to`, or undefined. */
  lastTo(to: string): Mail | undefined {
    return this.sent.findLast((mail) => mail.to === to);
  }
}
