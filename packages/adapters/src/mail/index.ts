export { SmtpMailer, type SmtpMailerOptions } from './smtp-mailer.js';
export { OutboxMailer, type OutboxMailerOptions } from './outbox-mailer.js';
export { RecordingMailer } from './recording-mailer.js';
