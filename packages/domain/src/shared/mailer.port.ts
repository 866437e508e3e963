import { token } from './token.js';

/**
 * One mail to one person, in plain text. What a use case mails is a one-time code or link and
 * what it is for; never a password, an access token or anything that names another member.
 */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Hands mails over for delivery. `send` resolves once the mail is accepted (by the mail server,
 * or written where the operator reads it) and rejects when it is not, so a use case can tell the
 * member that nothing was sent.
 */
export interface Mailer {
  send(mail: Mail): Promise<void>;
}
export const MAILER = token<Mailer>('Mailer');
